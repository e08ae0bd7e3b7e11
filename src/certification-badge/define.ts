import { defineElement } from '../core/define.js';
import { CertificationBadge } from './certification-badge.js';

export { CertificationBadge, VARIANTS as CERTIFICATION_BADGE_VARIANTS, type CertificationBadgeVariant } from './certification-badge.js';
export * from './events.js';

// The tag is written out (not a variable): the manifest's analyzer reads it (custom-elements-manifest.config.mjs).
defineElement('certification-badge', CertificationBadge);

declare global {
  interface HTMLElementTagNameMap {
    'certification-badge': CertificationBadge;
  }
}
