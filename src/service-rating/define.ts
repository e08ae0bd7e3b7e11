import { defineElement } from '../core/define.js';
import { ServiceRating } from './service-rating.js';

export { ServiceRating, type ServiceRatingState } from './service-rating.js';
export * from './events.js';

// The tag is written out (not a variable): the manifest's analyzer reads it (custom-elements-manifest.config.mjs).
defineElement('service-rating', ServiceRating);

declare global {
  interface HTMLElementTagNameMap {
    'service-rating': ServiceRating;
  }
}
