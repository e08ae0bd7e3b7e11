/**
 * Jawda: registers all three elements and exports the page-wide configuration.
 * Per-element entry points (`jawda/service-rating`, ...) register one element each.
 */
export { configure, resetConfiguration, type JawdaOptions, type Locale, type Numerals, type Calendar } from './core/config.js';
export { JawdaError, type JawdaErrorKind, type FieldIssue } from './core/errors.js';
export type * from './core/contract.js';
export * from './core/vocabulary.js';

// <service-rating>
export * from './service-rating/define.js';

// <centre-scorecard>
export * from './centre-scorecard/define.js';

// <certification-badge>
export * from './certification-badge/define.js';

// <rating-results>: its types only. Its code is not in this entry (nor in jawda.min.js): import
// `jawda/rating-results`, or load jawda.results.min.js, on the pages that show results.
export type { RatingResults } from './rating-results/rating-results.js';
export type * from './rating-results/events.js';
