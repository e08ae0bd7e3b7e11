import type { Evaluation } from '../core/contract.js';
import type { JawdaError } from '../core/errors.js';

export interface ScorecardLoadDetail {
  centre: Evaluation['centre'];
  cycle: Evaluation['cycle'];
}

/** An evaluation is shown (first load, a cycle switch, or inline JSON). */
export class ScorecardLoadEvent extends CustomEvent<ScorecardLoadDetail> {
  static readonly eventName = 'scorecard-load';
  constructor(detail: ScorecardLoadDetail) {
    super(ScorecardLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Loading failed, the inline JSON is invalid, or an attribute is wrong; `detail` is the `JawdaError`. */
export class ScorecardErrorEvent extends CustomEvent<JawdaError> {
  static readonly eventName = 'scorecard-error';
  constructor(error: JawdaError) {
    super(ScorecardErrorEvent.eventName, { detail: error, bubbles: true, composed: true });
  }
}

export interface CycleChangeDetail {
  /** The cycle the reader chose. */
  cycle: number;
  /** The cycle shown before. */
  previous?: number;
}

/** The reader chose another cycle in the switcher (not fired when the host sets `cycle`). */
export class CycleChangeEvent extends CustomEvent<CycleChangeDetail> {
  static readonly eventName = 'cycle-change';
  constructor(detail: CycleChangeDetail) {
    super(CycleChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'scorecard-load': ScorecardLoadEvent;
    'scorecard-error': ScorecardErrorEvent;
    'cycle-change': CycleChangeEvent;
  }
}
