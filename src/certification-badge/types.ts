/**
 * The names `<certification-badge>` and its views share, below both: the element (certification-
 * badge.ts) and the views (views.ts) import them from here, so that imports run one way.
 */

export const VARIANTS = ['pill', 'card', 'list'] as const;
export type CertificationBadgeVariant = (typeof VARIANTS)[number];
