import { CertificationBadge } from './certification-badge.js';

export { CertificationBadge, VARIANTS as CERTIFICATION_BADGE_VARIANTS, type CertificationBadgeVariant } from './certification-badge.js';
export * from './events.js';

// The tag is written out (not a variable) so the custom-elements manifest can read it.
if (!customElements.get('certification-badge')) customElements.define('certification-badge', CertificationBadge);

declare global {
  interface HTMLElementTagNameMap {
    'certification-badge': CertificationBadge;
  }
}
