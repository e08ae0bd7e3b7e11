import type { Words } from '../core/i18n/catalogues.js';

/** `<service-rating>`'s part of the catalogue (its dialog, kiosk and follow-up included): see core/i18n/catalogues.ts. */
export const ratingWords: Words = { ar: () => import('../generated/locales/ar-service-rating.js') };
