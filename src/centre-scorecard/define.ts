import { CentreScorecard } from './centre-scorecard.js';

export { CentreScorecard } from './centre-scorecard.js';
export * from './events.js';

const tag = 'centre-scorecard';
if (!customElements.get(tag)) customElements.define(tag, CentreScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'centre-scorecard': CentreScorecard;
  }
}
