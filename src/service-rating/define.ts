import { ServiceRating } from './service-rating.js';

export { ServiceRating, type ServiceRatingState } from './service-rating.js';
export * from './events.js';
export type { ReasonOption, ReasonOptions } from './reasons.js';

const tag = 'service-rating';
if (!customElements.get(tag)) customElements.define(tag, ServiceRating);

declare global {
  interface HTMLElementTagNameMap {
    'service-rating': ServiceRating;
  }
}
