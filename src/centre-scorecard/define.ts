import { defineElement } from '../core/define.js';
import { CentreScorecard } from './centre-scorecard.js';

export { CentreScorecard } from './centre-scorecard.js';
export * from './events.js';

// The tag is written out (not a variable): the manifest's analyzer reads it (custom-elements-manifest.config.mjs).
defineElement('centre-scorecard', CentreScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'centre-scorecard': CentreScorecard;
  }
}
