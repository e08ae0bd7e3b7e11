import type { Evaluation } from '../core/contract.js';
import type { JawdaError } from '../core/errors.js';
import { JawdaEvent } from '../core/events.js';

export interface ScorecardLoadDetail {
  centre: Evaluation['centre'];
  cycle: Evaluation['cycle'];
}

/** An evaluation is shown (first load, a cycle switch, or inline JSON). */
export class ScorecardLoadEvent extends JawdaEvent<ScorecardLoadDetail> {
  static override readonly type = 'scorecard-load';
}

/** Loading failed, the inline JSON is invalid, or an attribute is wrong; `detail` is the `JawdaError`. */
export class ScorecardErrorEvent extends JawdaEvent<JawdaError> {
  static override readonly type = 'scorecard-error';
}

export interface CycleChangeDetail {
  /** The cycle the reader chose. */
  cycle: number;
  /** The cycle shown before. */
  previous?: number;
}

/** The reader chose another cycle in the switcher (not fired when the host sets `cycle`). */
export class CycleChangeEvent extends JawdaEvent<CycleChangeDetail> {
  static override readonly type = 'cycle-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'scorecard-load': ScorecardLoadEvent;
    'scorecard-error': ScorecardErrorEvent;
    'cycle-change': CycleChangeEvent;
  }
}
