import { CentreScorecard } from './centre-scorecard.js';

export { CentreScorecard } from './centre-scorecard.js';
export * from './events.js';

// The tag is written out in full so that the custom-elements manifest records it.
if (!customElements.get('centre-scorecard')) customElements.define('centre-scorecard', CentreScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'centre-scorecard': CentreScorecard;
  }
}
