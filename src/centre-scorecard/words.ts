import type { Words } from '../core/i18n/catalogues.js';

/** `<centre-scorecard>`'s part of the catalogue (a ranking shows some of it too): see core/i18n/catalogues.ts. */
export const scorecardWords: Words = { ar: () => import('../generated/locales/ar-centre-scorecard.js') };

/** The ranking's own words, loaded only where a scorecard shows a ranking. */
export const rankingWords: Words = { ar: () => import('../generated/locales/ar-ranking.js') };
