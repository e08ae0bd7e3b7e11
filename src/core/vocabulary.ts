/**
 * The contract's vocabulary: the values elements render and check against, without zod. Elements
 * import these at start-up; the schemas in `contract.ts` (and zod with them) load only when an answer
 * is validated.
 */

export const RATING_SCALES = ['stars', 'faces', 'thumbs'] as const;

/** Scores per scale: stars 1-5, faces 1 (dissatisfied) to 3 (satisfied), thumbs 0 (not useful) or 1 (useful). */
export const SCORE_RANGE: Record<(typeof RATING_SCALES)[number], { min: number; max: number }> = {
  stars: { min: 1, max: 5 },
  faces: { min: 1, max: 3 },
  thumbs: { min: 0, max: 1 },
};

export const RATING_CHANNELS = ['web', 'app', 'centre', 'kiosk', 'phone', 'chat', 'sms', 'email', 'other'] as const;

export const COMMENT_LIMIT_MAX = 2000;

export const CENTRE_MODELS = ['on-premise', 'remote', 'digital'] as const;
export const TIERS = ['platinum', 'gold', 'silver', 'bronze'] as const;
export const RESULT_SCHEMES = ['percentage-tier', 'stars', 'maturity'] as const;

/** The IAF CertSearch status vocabulary. Anything else is shown as "unknown status", never as valid. */
export const CERTIFICATE_STATUSES = ['active', 'inactive', 'suspended', 'withdrawn', 'cancelled', 'expired', 'draft', 'pending'] as const;

/**
 * URL templates of the default API, relative to the API base. A portal whose API differs overrides
 * them with `configure({ endpoints })`.
 */
export const DEFAULT_ENDPOINTS = {
  ratingSummary: '/services/{serviceId}/rating-summary',
  ratings: '/services/{serviceId}/ratings',
  /** The no-script form's target (a form-encoded POST answered with a redirect), see `jawda/ssr`. */
  ratingForm: '/services/{serviceId}/rating-form',
  evaluation: '/centres/{centreId}/evaluation?cycle={cycle}',
  ranking: '/evaluations?cycle={cycle}&entity={entity}&model={model}&scheme={scheme}&cursor={cursor}',
  organisationCertifications: '/organisations/{organisationId}/certifications',
  certification: '/certifications/{certificateId}',
} as const;
export type EndpointName = keyof typeof DEFAULT_ENDPOINTS;
