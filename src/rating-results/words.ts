import type { Words } from '../core/i18n/catalogues.js';

/** `<rating-results>`'s part of the catalogue: see core/i18n/catalogues.ts. */
export const resultsWords: Words = { ar: () => import('../generated/locales/ar-rating-results.js') };
