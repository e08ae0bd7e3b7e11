import type { Results } from '../core/contract.js';
import type { JawdaError } from '../core/errors.js';
import { JawdaEvent } from '../core/events.js';

export interface ResultsLoadDetail {
  /** The period kind of the answer shown. */
  period: Results['period'];
  /** Published cells shown, and cells held back to protect privacy. */
  rows: number;
  suppressedCells: number;
}

/** Results are shown (first load, a refresh with new figures, or inline JSON). */
export class ResultsLoadEvent extends JawdaEvent<ResultsLoadDetail> {
  static override readonly type = 'results-load';
}

/** Loading failed, the inline JSON is invalid, or an attribute is wrong; `detail` is the `JawdaError`. */
export class ResultsErrorEvent extends JawdaEvent<JawdaError> {
  static override readonly type = 'results-error';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'results-load': ResultsLoadEvent;
    'results-error': ResultsErrorEvent;
  }
}
