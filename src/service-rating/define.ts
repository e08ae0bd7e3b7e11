import { ServiceRating } from './service-rating.js';

export { ServiceRating, type ServiceRatingState } from './service-rating.js';
export * from './events.js';

// The tag is written out (not a variable) so that the custom-elements manifest finds it.
if (!customElements.get('service-rating')) customElements.define('service-rating', ServiceRating);

declare global {
  interface HTMLElementTagNameMap {
    'service-rating': ServiceRating;
  }
}
