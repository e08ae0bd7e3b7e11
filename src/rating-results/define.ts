import { defineElement } from '../core/define.js';
import { RatingResults } from './rating-results.js';

export { RatingResults } from './rating-results.js';
export * from './events.js';

// The tag is written out (not a variable): the manifest's analyzer reads it (custom-elements-manifest.config.mjs).
defineElement('rating-results', RatingResults);

declare global {
  interface HTMLElementTagNameMap {
    'rating-results': RatingResults;
  }
}
