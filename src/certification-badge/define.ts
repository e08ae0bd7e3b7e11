import { CertificationBadge } from './certification-badge.js';

export { CertificationBadge, VARIANTS as CERTIFICATION_BADGE_VARIANTS, type CertificationBadgeVariant } from './certification-badge.js';
export * from './events.js';

const tag = 'certification-badge';
if (!customElements.get(tag)) customElements.define(tag, CertificationBadge);

declare global {
  interface HTMLElementTagNameMap {
    'certification-badge': CertificationBadge;
  }
}
