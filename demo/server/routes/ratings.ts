/**
 * `GET {base}/services/{serviceId}/rating-summary` and `POST {base}/services/{serviceId}/ratings`.
 * A vote is stored once per submissionId (201 the first time, 200 with the same answer after), and
 * the receipt carries the summary that includes it. A vote that looks like a bot's (the honeypot
 * filled in, or sent faster than JAWDA_MIN_DWELL_MS after the question was seen) gets the very same
 * 201 and is stored marked `suspect`: left out of the public summary, never lost, countable later.
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Identifier, RatingSubmission, RatingSummary, SCORE_RANGE, type RatingReceipt } from '../../../src/core/contract.js';
import type { Db } from '../db.js';
import type { AppEnv } from '../http/app-env.js';
import { fieldIssues, notFound, problem, problemBody, type Issue } from '../http/problems.js';
import type { ServerSettings } from '../settings.js';
import { ratingSummary, type Suspect } from '../store/ratings.js';
import { SummaryReads } from '../store/summaries.js';
import { VoteBatches } from '../store/vote-batches.js';
import { routePath } from './contract-paths.js';
import { identifiers } from './params.js';
import { plainText } from '../../../src/core/plain-text.js';

/** The body as JSON, or a 415/400 answer (votes and admin writes alike). */
export async function jsonBody(c: Context): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const type = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    return {
      ok: false,
      response: problem(c, 415, 'unsupported-media-type', [
        { path: '', code: 'unsupported_media_type', message: 'Send the body as application/json' },
      ]),
    };
  }
  const parsed = parseJson(await c.req.text());
  return parsed.ok ? parsed : { ok: false, response: problem(c, 400, 'invalid-json', parsed.issues) };
}

/** A JSON media type: `application/json`, `application/problem+json`, ... */
const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b/i;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issues: Issue[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', code: 'invalid_json', message: `The body is not valid JSON: ${message}` }] };
  }
}

function scaleIssue(scale: string) {
  return { path: 'scale', code: 'invalid_value', message: `This service is rated with ${scale}` };
}

/** Largest value of the `dwell_ms` column (32-bit); the contract allows up to 2^53. */
export const MAX_STORED_DWELL_MS = 2 ** 31 - 1;

/**
 * What the server asks of a vote beyond the contract: `page` is an http(s) page (never
 * `javascript:`, `data:`, `file:`, ...), of which only the origin and path are kept, whatever the
 * client sent (parsed once, here). A dwell longer than the column holds (24.8 days) is stored as
 * that maximum: it only serves the bot check, and refusing it would lose a real vote.
 */
function storedVote(vote: RatingSubmission): RatingSubmission | undefined {
  const url = URL.parse(vote.page);
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') return undefined;
  return {
    ...vote,
    page: url.origin + url.pathname,
    dwellMs: vote.dwellMs === undefined ? undefined : Math.min(vote.dwellMs, MAX_STORED_DWELL_MS),
  };
}

const PAGE_ISSUE = { path: 'page', code: 'invalid_format', message: 'Expected an http: or https: page address' };

/** Why a vote is marked suspect, or undefined for a person. */
function botSignal(vote: RatingSubmission, minDwellMs: number): Suspect | undefined {
  if (vote.website && vote.website.trim() !== '') return 'trap';
  // A kiosk's citizen taps a face the moment it appears: that is the point of a kiosk, not a bot.
  if (vote.channel !== 'kiosk' && vote.dwellMs !== undefined && vote.dwellMs < minDwellMs) return 'too-fast';
  return undefined;
}

/** What the no-script form's redirect says, in the query of the page: `?jawda-rating=sent`. */
export const FORM_OUTCOME = 'jawda-rating';
/** ... and of which service: `&jawda-service=cr-renewal` (a page may have several ratings). */
export const FORM_SERVICE = 'jawda-service';

/**
 * Where the no-script form's answer redirects: the `return` field when it is a path of this site or
 * a page of an allowed portal origin (never an open redirect), else this site's home.
 */
function returnUrl(c: Context, value: unknown, allowedOrigins: readonly string[]): URL {
  const here = new URL(c.req.url);
  const text = typeof value === 'string' ? value : '';
  const url = URL.canParse(text, here) ? new URL(text, here) : undefined;
  const safe =
    url && (url.protocol === 'http:' || url.protocol === 'https:') && (url.origin === here.origin || allowedOrigins.includes(url.origin));
  return safe ? url : new URL('/', here);
}

const field = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);

/** The form's fields as the JSON vote the element would have sent (the dwell is unknown without script). */
function formVote(form: Record<string, unknown>, page: URL): Record<string, unknown> {
  const reasons = ([] as unknown[]).concat(form.reasons ?? []).filter((reason): reason is string => typeof reason === 'string');
  const score = field(form, 'score');
  const comment = plainText(field(form, 'comment') ?? '').trim();
  return {
    submissionId: field(form, 'submissionId'),
    score: score === undefined || score === '' ? undefined : Number(score),
    scale: field(form, 'scale'),
    reasons: [...new Set(reasons)],
    ...(comment ? { comment } : {}),
    channel: field(form, 'channel') ?? 'web',
    locale: field(form, 'locale') === 'en' ? 'en' : 'ar',
    page: page.origin + page.pathname,
    clientTime: new Date().toISOString(),
    website: field(form, 'website') ?? '',
  };
}

/** An answer to a vote, before it is written on the wire (by Hono, or by the node:http route). */
export interface VoteAnswer {
  status: ContentfulStatusCode;
  body: unknown;
  /** `Cache-Control: no-store`: set once the vote is valid, as on every answer about storing it. */
  noStore: boolean;
  /** For the request's log line. */
  logFields?: Record<string, unknown>;
}

const answer = (status: ContentfulStatusCode, body: unknown, noStore = false, logFields?: Record<string, unknown>): VoteAnswer => ({
  status,
  body,
  noStore,
  logFields,
});
const problemAnswer = (status: ContentfulStatusCode, error: string, issues: Issue[], noStore = false) =>
  answer(status, problemBody(error, issues), noStore);

/**
 * `POST {base}/services/{serviceId}/ratings`, whichever way the request came in: the body is read
 * only once the path and media type are right, validated once (the contract's schema, then the
 * server's own rules), and stored through the batches; the receipt is built, not re-parsed.
 */
export class VoteIntake {
  readonly batches: VoteBatches;

  constructor(
    private readonly db: Db,
    private readonly settings: ServerSettings,
  ) {
    this.batches = new VoteBatches(db, Math.min(settings.voteWriters, db.concurrency));
  }

  /** `serviceId` as decoded from the path; `text` reads the body. */
  async receive(serviceId: string | undefined, contentType: string | undefined, text: () => Promise<string>): Promise<VoteAnswer> {
    const id = Identifier.safeParse(serviceId);
    if (!id.success) return problemAnswer(400, 'invalid-request', fieldIssues(id.error.issues, 'serviceId'));
    if (!JSON_TYPE.test(contentType ?? ''))
      return problemAnswer(415, 'unsupported-media-type', [
        { path: '', code: 'unsupported_media_type', message: 'Send the body as application/json' },
      ]);
    const body = parseJson(await text());
    if (!body.ok) return problemAnswer(400, 'invalid-json', body.issues);
    const parsed = RatingSubmission.safeParse(body.value);
    if (!parsed.success) return problemAnswer(400, 'invalid-request', fieldIssues(parsed.error.issues));
    const vote = storedVote(parsed.data);
    if (!vote) return problemAnswer(400, 'invalid-request', [PAGE_ISSUE]);
    return this.store(id.data, vote);
  }

  private async store(serviceId: string, vote: RatingSubmission): Promise<VoteAnswer> {
    const range = SCORE_RANGE[vote.scale];
    if (vote.score < range.min || vote.score > range.max) {
      // The rare path: read the service, to name every problem of the vote, and store nothing.
      const summary = await ratingSummary(this.db, serviceId);
      if (!summary)
        return problemAnswer(404, 'not-found', [{ path: 'serviceId', code: 'not_found', message: `No service '${serviceId}'` }], true);
      return problemAnswer(
        400,
        'invalid-request',
        [
          ...(summary.scale !== vote.scale ? [scaleIssue(summary.scale)] : []),
          { path: 'score', code: 'out_of_range', message: `A ${vote.scale} score is from ${range.min} to ${range.max}` },
        ],
        true,
      );
    }
    const suspect = botSignal(vote, this.settings.minDwellMs);
    const submission = await this.batches.store({ serviceId, vote, suspect });
    if (!submission.serviceScale)
      return problemAnswer(404, 'not-found', [{ path: 'serviceId', code: 'not_found', message: `No service '${serviceId}'` }], true);
    if (submission.serviceScale !== vote.scale) return problemAnswer(400, 'invalid-request', [scaleIssue(submission.serviceScale)], true);
    // 200 for a vote stored before: the same receipt, and the vote counted once.
    const receipt: RatingReceipt = {
      submissionId: vote.submissionId,
      stored: true,
      ...(submission.summary ? { summary: submission.summary } : {}),
    };
    return answer(submission.stored ? 201 : 200, receipt, true, {
      service: serviceId,
      stored: submission.stored,
      ...(suspect ? { suspect } : {}),
    });
  }
}

export function ratingRoutes(db: Db, settings: ServerSettings, intake = new VoteIntake(db, settings)): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const summaries = new SummaryReads(db);

  routes.get(routePath('ratingSummary'), async (c) => {
    const params = identifiers(c, ['serviceId'] as const);
    if (!params.ok) return params.response;
    const summary = await summaries.read(params.value.serviceId);
    if (!summary) return notFound(c, 'serviceId', `No service '${params.value.serviceId}'`);
    c.header('Cache-Control', 'no-cache'); // revalidate each time: a 304 is cheap and a count is never stale
    return c.json(RatingSummary.parse(summary));
  });

  routes.post(routePath('ratings'), async (c) => {
    const answer = await intake.receive(c.req.param('serviceId'), c.req.header('content-type'), () => c.req.text());
    if (answer.logFields) c.set('logFields', { ...c.get('logFields'), ...answer.logFields });
    if (answer.noStore) c.header('Cache-Control', 'no-store');
    return c.json(answer.body, answer.status);
  });

  /**
   * The no-script form (`jawda/ssr`): a form-encoded POST, stored once per submissionId like the
   * JSON route, answered with 303 back to the page it came from (Post/Redirect/Get), whose query
   * says `sent`, `score-missing` or `invalid` for the page's server render to show.
   */
  routes.post(routePath('ratingForm'), async (c) => {
    const params = identifiers(c, ['serviceId'] as const);
    if (!params.ok) return params.response;
    const type = c.req.header('content-type') ?? '';
    if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
      return problem(c, 415, 'unsupported-media-type', [
        { path: '', code: 'unsupported_media_type', message: 'Send the form as application/x-www-form-urlencoded' },
      ]);
    }
    const form = await c.req.parseBody({ all: true });
    const back = returnUrl(c, form.return, settings.allowedOrigins);
    const answer = (outcome: 'sent' | 'score-missing' | 'invalid') => {
      back.searchParams.set(FORM_OUTCOME, outcome);
      back.searchParams.set(FORM_SERVICE, params.value.serviceId);
      c.header('Cache-Control', 'no-store');
      return c.redirect(back.href, 303);
    };
    const parsed = RatingSubmission.safeParse(formVote(form, back));
    if (!parsed.success) return answer(parsed.error.issues.some((issue) => issue.path[0] === 'score') ? 'score-missing' : 'invalid');
    const vote = parsed.data;
    const range = SCORE_RANGE[vote.scale];
    if (vote.score < range.min || vote.score > range.max) return answer('score-missing');
    const suspect = botSignal(vote, 0);
    const submission = await intake.batches.store({ serviceId: params.value.serviceId, vote: storedVote(vote) ?? vote, suspect });
    if (!submission.serviceScale || submission.serviceScale !== vote.scale) return answer('invalid');
    c.set('logFields', {
      ...c.get('logFields'),
      service: params.value.serviceId,
      stored: submission.stored,
      form: true,
      ...(suspect ? { suspect } : {}),
    });
    return answer('sent');
  });

  return routes;
}
