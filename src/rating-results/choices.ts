/**
 * The values of `<rating-results>`' attributes that choose what is shown: apart from the figures
 * (figures.ts, with the statistics), so that the element's first load checks them without carrying
 * the arithmetic its lazy views do.
 */

/** `metric`: the share satisfied, the net score, or the mean on 0-100. */
export const METRICS = ['satisfied', 'net', 'mean'] as const;
export type Metric = (typeof METRICS)[number];

/** `by`: what the compare view groups by. */
export const BREAKDOWNS = ['centre', 'service', 'channel'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
