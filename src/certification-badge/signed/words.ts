import type { Words } from '../../core/i18n/catalogues.js';

/** The words of signed records' checks (./seals.ts): their own part of the catalogue, loaded only where a badge shows one. */
export const signedRecordsWords: Words = { ar: () => import('../../generated/locales/ar-signed-records.js') };
