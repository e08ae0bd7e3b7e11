/**
 * The wire contract: zod/mini schemas of every payload that crosses between an element and the
 * portal's API. Types are inferred from them, and the reference server validates with the very same
 * schemas, so there is one contract and one source.
 */
import * as z from 'zod/mini';
import { CENTRE_MODELS, RATING_CHANNELS, RATING_SCALES, RESULT_SCHEMES, TIERS, COMMENT_LIMIT_MAX } from './vocabulary.js';

export * from './vocabulary.js';

// Strict CSP: zod must never compile validators with `new Function`.
z.config({ jitless: true });

const MAX_ID = 128;
const MAX_TEXT = 4000;

/** An identifier that goes into a URL path segment: no slashes, no spaces, no control characters. */
export const Identifier = z.string().check(z.minLength(1), z.maxLength(MAX_ID), z.regex(/^[\p{L}\p{N}._~:-]+$/u));

/** Text a citizen reads, in both languages. */
export const LocalizedText = z.object({
  ar: z.string().check(z.maxLength(MAX_TEXT)),
  en: z.string().check(z.maxLength(MAX_TEXT)),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'Expected an ISO 8601 date'));
const Count = z.int().check(z.minimum(0));

/* ------------------------------------------------------------------ ratings */

/**
 * Text from a citizen or a host page, stored as sent: no control characters other than tab and line
 * breaks, i.e. none of C0 but those three, DEL or C1 (PostgreSQL refuses U+0000). The element sends
 * `plainText` (`plain-text.ts`, whose CONTROL_CHARACTER is this class: kept apart so that the
 * initial load, which needs plainText, does not share a chunk with the lazy contract).
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it refuses
const noControls = z.refine<string>((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u.test(text), {
  error: 'Control characters are not allowed',
});

export const RatingScale = z.enum(RATING_SCALES);
export type RatingScale = z.infer<typeof RatingScale>;

export const RatingChannel = z.enum(RATING_CHANNELS);

/** `GET {base}/services/{serviceId}/rating-summary` */
export const RatingSummary = z.object({
  serviceId: Identifier,
  scale: RatingScale,
  count: Count,
  average: z.number().check(z.minimum(0), z.maximum(5)),
  /** Votes per score, keyed by the score as a string ("1".."5"). */
  distribution: z.record(z.string(), Count),
});
export type RatingSummary = z.infer<typeof RatingSummary>;

/** `POST {base}/services/{serviceId}/ratings` body. */
export const RatingSubmission = z.object({
  /** A fresh UUID per vote: the idempotency key. */
  submissionId: z.uuid(),
  score: z.int().check(z.minimum(0), z.maximum(5)),
  scale: RatingScale,
  reasons: z.array(z.string().check(z.minLength(1), z.maxLength(64), noControls)).check(z.maxLength(12)),
  comment: z.optional(z.string().check(z.maxLength(COMMENT_LIMIT_MAX), noControls)),
  channel: RatingChannel,
  centreId: z.optional(Identifier),
  transactionId: z.optional(Identifier),
  locale: z.enum(['ar', 'en']),
  /** Origin and path of the page only: query and hash never leave the device. */
  page: z.url().check(z.maxLength(2048)),
  clientTime: IsoDate,
  /** Milliseconds between the element being shown and the vote being sent (a bot check). */
  dwellMs: z.optional(Count),
  /** The honeypot: people never see it, so it is always empty from a person. */
  website: z.optional(z.string().check(z.maxLength(200))),
  /** Extra fields a host page added in its `rating-submit` listener. */
  context: z.optional(
    z.record(
      z.string().check(z.maxLength(64), noControls),
      z.union([z.string().check(z.maxLength(500), noControls), z.number(), z.boolean()]),
    ),
  ),
});
export type RatingSubmission = z.infer<typeof RatingSubmission>;

/** 201 (stored) or 200 (that submissionId was stored before: nothing counted twice). */
export const RatingReceipt = z.object({
  submissionId: z.uuid(),
  stored: z.boolean(),
  summary: z.optional(RatingSummary),
});
export type RatingReceipt = z.infer<typeof RatingReceipt>;

/** The body of every 400 answer: which field is wrong and why. */
export const ValidationProblem = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
});
export type ValidationProblem = z.infer<typeof ValidationProblem>;

/* ------------------------------------------------------------- evaluations */

export const PercentageTierResult = z.object({
  scheme: z.literal('percentage-tier'),
  percentage: z.number().check(z.minimum(0), z.maximum(100)),
  tier: z.optional(z.enum(TIERS)),
});
export const StarsResult = z.object({
  scheme: z.literal('stars'),
  stars: z.int().check(z.minimum(0), z.maximum(7)),
  maxStars: z._default(z.int().check(z.minimum(1), z.maximum(7)), 7),
});
export const MaturityResult = z
  .object({
    scheme: z.literal('maturity'),
    /** 1-based position of `levels`. */
    level: z.int().check(z.minimum(1)),
    levels: z.array(LocalizedText).check(z.minLength(2), z.maxLength(10)),
  })
  .check(z.refine((r) => r.level <= r.levels.length, { message: 'level must not exceed the number of levels', path: ['level'] }));
/** A scheme this version does not know: shown as "unsupported result", never as a blank. */
export const UnsupportedResult = z.object({
  scheme: z.string().check(z.refine((s) => !(RESULT_SCHEMES as readonly string[]).includes(s), 'Known scheme with invalid fields')),
});
export const EvaluationResult = z.union([PercentageTierResult, StarsResult, MaturityResult, UnsupportedResult]);
export type EvaluationResult = z.infer<typeof EvaluationResult>;

export const Criterion = z.object({
  name: LocalizedText,
  /** Weight in percent of the overall result. */
  weight: z.number().check(z.minimum(0), z.maximum(100)),
  /** Score in percent. */
  score: z.number().check(z.minimum(0), z.maximum(100)),
});
export type Criterion = z.infer<typeof Criterion>;

/**
 * The government entity a centre belongs to: its names, and optionally the id the ranking's `entity`
 * filter takes. (Written out rather than `z.extend(LocalizedText, ...)`, which costs a third of a kB.)
 */
export const Entity = z.object({ id: z.optional(Identifier), ar: LocalizedText.shape.ar, en: LocalizedText.shape.en });
export type Entity = z.infer<typeof Entity>;

export const Centre = z.object({
  id: Identifier,
  name: LocalizedText,
  entity: Entity,
  model: z.enum(CENTRE_MODELS),
});

export const EvaluationCycle = z.object({
  number: z.int().check(z.minimum(1)),
  year: z.int().check(z.minimum(1990), z.maximum(2100)),
  /** The programme's name, e.g. {en: "Taqyeem", ar: "تقييم"}. */
  programme: LocalizedText,
});

export const Evaluation = z.object({
  centre: Centre,
  cycle: EvaluationCycle,
  result: EvaluationResult,
  criteria: z._default(z.array(Criterion), []),
  /** Earlier cycles, oldest first. */
  history: z._default(z.array(z.object({ cycle: z.int().check(z.minimum(1)), year: z.int(), result: EvaluationResult })), []),
  evidence: z.optional(
    z.object({
      mysteryShopperVisits: z.optional(Count),
      fieldVisits: z.optional(Count),
      surveyResponses: z.optional(Count),
    }),
  ),
  rank: z.optional(
    z
      .object({ position: z.int().check(z.minimum(1)), of: z.int().check(z.minimum(1)) })
      .check(z.refine((r) => r.position <= r.of, { message: 'position must not exceed of', path: ['position'] })),
  ),
  strengths: z._default(z.array(LocalizedText), []),
  improvements: z._default(z.array(LocalizedText), []),
  publishedAt: z.optional(IsoDate),
});
export type Evaluation = z.infer<typeof Evaluation>;

/** One centre's result in a ranking: `GET {base}/evaluations` items. */
export const RankingEntry = z.object({
  centre: Centre,
  cycle: EvaluationCycle,
  result: EvaluationResult,
  /** The centre's result in the cycle before (for the change column). */
  previous: z.optional(z.object({ cycle: z.int().check(z.minimum(1)), year: z.int(), result: EvaluationResult })),
  /** Position among the results of the same scheme; equal results share it (1, 2, 2, 4). Computed by the element when absent. */
  rank: z.optional(z.int().check(z.minimum(1))),
  /** The centre's page; linked only when it is an https: URL. */
  url: z.optional(z.string().check(z.maxLength(2048))),
});
export type RankingEntry = z.infer<typeof RankingEntry>;

/** `GET {base}/evaluations?cycle=N&entity=&model=&scheme=&cursor=`: one page of a cycle's results. */
export const Ranking = z.object({
  /** The cycle answered (the latest of the filtered results when none was asked for). */
  cycle: z.optional(z.int().check(z.minimum(1))),
  items: z.array(RankingEntry).check(z.maxLength(500)),
  /** Where the next page starts (`?cursor=`); absent on the last page. */
  nextCursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
});
export type Ranking = z.infer<typeof Ranking>;

/* ---------------------------------------------------------- certifications */

export const Certification = z.object({
  id: Identifier,
  certificateNumber: z.string().check(z.minLength(1), z.maxLength(60)),
  standard: z.object({
    /** "ISO 9001", "ISO/IEC 20000-1", "IQNet". */
    code: z.string().check(z.minLength(1), z.maxLength(60)),
    /** "2015", "2018". */
    version: z.optional(z.string().check(z.maxLength(20))),
    title: LocalizedText,
  }),
  certifiedEntity: LocalizedText,
  scope: LocalizedText,
  sites: z._default(z.array(LocalizedText), []),
  certificationBody: z.object({
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    url: z.optional(z.string().check(z.maxLength(2048))),
    logo: z.optional(z.string().check(z.maxLength(2048))),
  }),
  accreditationBody: z.optional(
    z.object({
      name: z.string().check(z.minLength(1), z.maxLength(200)),
      status: z.string().check(z.maxLength(45)),
    }),
  ),
  originalIssueDate: z.optional(IsoDate),
  issueDate: IsoDate,
  expiryDate: IsoDate,
  /** As the API reports it (IAF vocabulary); combined with the dates at view time. */
  status: z.string().check(z.maxLength(45)),
  /** Kept only when it is an https: URL (checked by the element, which warns otherwise). */
  verifyUrl: z.optional(z.string().check(z.maxLength(2048))),
  lastVerifiedAt: z.optional(IsoDate),
  /**
   * The record signed by its issuer: a compact JWS (`typ: vc+jwt`) of a W3C Verifiable Credential
   * whose subject is this certification. When present, the badge shows what the verified payload
   * says, never the unsigned fields beside it.
   */
  signed: z.optional(z.string().check(z.minLength(1), z.maxLength(65_536))),
});
export type Certification = z.infer<typeof Certification>;

export const OrganisationCertifications = z.object({
  organisation: z.object({ id: Identifier, name: LocalizedText }),
  certifications: z.array(Certification),
});
export type OrganisationCertifications = z.infer<typeof OrganisationCertifications>;

/* -------------------------------------------------------------- results */

/**
 * `GET {base}/results` (`<rating-results>`, which validates with it in a chunk of its own, not
 * through `SCHEMAS`: no other element's validation carries it): one published cell of the answer: enough for a Wilson interval (positive of n) and a t interval (distribution). */
export const ResultsRow = z.object({
  period: z.string(),
  dimensions: z.object({
    serviceId: z.optional(z.string()),
    centreId: z.optional(z.nullable(z.string())),
    channel: z.optional(z.string()),
  }),
  scale: RatingScale,
  n: Count,
  distribution: z.record(z.string(), Count),
  positive: Count,
  negative: Count,
  formula: z.literal('wilson'),
  /** The cell's votes that cite each reason, where that group is published too (same minimum, same complements). */
  reasons: z.array(
    z.object({
      reason: z.string(),
      n: Count,
      distribution: z.record(z.string(), Count),
      positive: Count,
      negative: Count,
    }),
  ),
});

export const Results = z.object({
  generatedAt: z.string(),
  minGroup: Count,
  period: z.enum(['month', 'quarter']),
  rows: z.array(ResultsRow),
  /** Cells the filters selected that are held back (under the minimum, or complements): no figure of them anywhere. */
  suppressedCells: Count,
  /** The names of the services and centres in `rows`, by id, in Arabic and English (the ids are shown where none is given). */
  names: z.optional(
    z.object({
      services: z.record(z.string(), LocalizedText),
      centres: z.record(z.string(), LocalizedText),
      /** The reasons `rows` cite that a service names in its own chips, by id (the built-in reasons of `<service-rating>` are named by the element). */
      reasons: z.optional(z.record(z.string(), LocalizedText)),
    }),
  ),
});
export type Results = z.infer<typeof Results>;
export type ResultsRow = z.infer<typeof ResultsRow>;

/* ---------------------------------------------------------- attributes */

/** A service's own reason chips (`<service-rating reason-options>`), as JSON. */
export const ReasonOptions = z.object({
  high: z.array(z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)), label: LocalizedText })).check(z.maxLength(12)),
  low: z.array(z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)), label: LocalizedText })).check(z.maxLength(12)),
});
export type ReasonOptions = z.infer<typeof ReasonOptions>;

/* ------------------------------------------------------------- registry */

/** What each named schema gives after validation. */
export interface Payloads {
  RatingSummary: RatingSummary;
  RatingReceipt: RatingReceipt;
  ValidationProblem: ValidationProblem;
  Evaluation: Evaluation;
  Ranking: Ranking;
  Certification: Certification;
  OrganisationCertifications: OrganisationCertifications;
  ReasonOptions: ReasonOptions;
}
export type SchemaName = keyof Payloads;
export type Payload<N extends SchemaName> = Payloads[N];

/** The schemas elements validate with, by name: the API client loads this module on first use. */
export const SCHEMAS: { [N in SchemaName]: z.ZodMiniType<Payloads[N]> } = {
  RatingSummary,
  RatingReceipt,
  ValidationProblem,
  Evaluation,
  Ranking,
  Certification,
  OrganisationCertifications,
  ReasonOptions,
};
