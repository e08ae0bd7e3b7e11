import type { Words } from '../core/i18n/catalogues.js';

/** `<certification-badge>`'s part of the catalogue: see core/i18n/catalogues.ts. */
export const badgeWords: Words = { ar: () => import('../generated/locales/ar-certification-badge.js') };
