import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { asWholeNumber, enumProblem, wholeNumber, wholeNumberProblem } from '../core/attributes.js';
import type { Results } from '../core/contract.js';
import { ElementData, type DataState, type PageReader } from '../core/data.js';
import { JawdaElement } from '../core/element.js';
import { JawdaError } from '../core/errors.js';
import { inlineJsonText } from '../core/inline-data.js';
import { directionOf } from '../core/i18n/locale.js';
import { msg, str } from '../core/i18n/msg.js';
import { LazyModule, lazy } from '../core/lazy.js';
import { chunkFailureView, errorView, loadingLabel, type ConfigurationProblem } from '../core/messages.js';
import { notice } from '../core/notice.js';
import { base } from '../core/styles/base.js';
import { ResultsErrorEvent, ResultsLoadEvent } from './events.js';
import { BREAKDOWNS, METRICS, type Breakdown, type Metric } from './choices.js';
import type { ResultsView, ViewModule } from './view.js';
import { styles } from './rating-results.styles.js';
import type { Confidence } from './statistics.js';
import { resultsWords } from './words.js';

/** The views, each a lazy chunk of its own. */
export const VIEWS = ['overview', 'compare', 'trend', 'distribution', 'reasons'] as const;
const PERIODS = ['month', 'quarter'] as const;
const CONFIDENCES = ['90', '95', '99'];
const AUDIENCES = ['public', 'internal'] as const;
const TIME_AXES = ['ltr', 'rtl'] as const;
const WORDS = [resultsWords];
/** The shortest refresh: a public answer is cached for minutes, and the cube rebuilt once a minute at most. */
export const MIN_REFRESH_S = 60;

/** Each view's templates, words and styles: a lazy chunk of its own, loaded when a page shows it. */
export const resultsViews: Record<(typeof VIEWS)[number], LazyModule<ViewModule>> = {
  overview: new LazyModule(() => import('./overview.js')),
  compare: new LazyModule(() => import('./compare.js')),
  trend: new LazyModule(() => import('./trend.js')),
  distribution: new LazyModule(() => import('./distribution.js')),
  reasons: new LazyModule(() => import('./reasons.js')),
};

const loadSource = lazy(() => import('./source.js'));

let schema: typeof import('./schema.js') | undefined;
const loadSchema = lazy(() => import('./schema.js').then((module) => (schema = module)));

/** Inline JSON read with the results' own schema: at once when its chunk is here, else once it has come. */
const resultsReader: PageReader<readonly unknown[], Results> = {
  now: (payload) => {
    try {
      return schema?.parseResults(payload);
    } catch {
      return undefined; // invalid: the later read names the fields
    }
  },
  later: (payload) =>
    loadSchema().then(
      (module) => module.parseResults(payload),
      () => {
        throw new JawdaError('offline', 'The contract could not be loaded');
      },
    ),
};

/** The identity of what is shown: API base, the query (filters and period) and the audience. */
type ResultsArgs = readonly [apiBase: string | undefined, query: string, audience: string];

/**
 * What citizens said, for the ministry and the public: the share of satisfied votes (or the net
 * score, or the mean on 0-100) per period, centre, service and channel, from the portal's
 * `GET {api-base}/results`, each figure with its confidence interval and the formula behind it.
 * Groups under the server's minimum are never shown: the answer holds no figure of them, and the
 * element says how many cells were held back.
 *
 * Views (`view`): `overview` (tiles: the latest period's figure with its interval, the votes, the
 * change since the period before, "no clear change" when its interval holds 0), `compare` (groups
 * by centre, service or channel as dots and whiskers, with a table of every value and a CSV) and
 * `trend` (a line with its interval band, a gap where a period is held back), `distribution` (the
 * groups' votes per score as 100% diverging stacked bars, textured as well as coloured) and
 * `reasons` (per reason, the share of positive votes citing it against the share of negative ones).
 *
 * Credentials are never in the page: `audience="public"` reads `{api-base}/results` with none;
 * `internal` reads the analysts' report v2, `{api-base}/admin/reports/results` (a smaller minimum
 * group), with a bearer token from the `tokenProvider` property (the portal's server gets it from
 * `POST /admin/tokens/results` with its key; the page gets only the token), or else with the
 * page's same-origin cookie, through a route of the portal's own that adds its key. An `api-key`
 * attribute is refused.
 *
 * @fires results-load - {ResultsLoadEvent} Results are shown. `detail`: `{ period, rows, suppressedCells }`.
 * @fires results-error - {ResultsErrorEvent} Loading failed, the inline JSON is invalid or an attribute is wrong. `detail`: the `JawdaError`.
 *
 * @slot - Optional `<script type="application/json">` with a results answer (the API's schema); never displayed.
 *
 * @csspart message - A configuration, empty, privacy or error message.
 */
export class RatingResults extends JawdaElement {
  static override styles = [base, styles];

  static override properties: PropertyDeclarations = {
    viewName: { attribute: 'view' },
    services: {},
    centres: {},
    channels: {},
    period: {},
    from: {},
    to: {},
    by: {},
    metric: {},
    confidence: { converter: wholeNumber },
    audience: {},
    timeAxis: { attribute: 'time-axis' },
    refresh: { converter: wholeNumber },
    apiKey: { attribute: 'api-key' },
    fresh: { state: true, attribute: false },
  };

  /** The `view` attribute: `overview` (default), `compare`, `trend`, `distribution` or `reasons`. (Not `view`: that is the element contract's render method.) */
  viewName = 'overview';

  /** Comma-separated service ids: only their results. */
  services?: string;

  /** Comma-separated centre ids: only their results. */
  centres?: string;

  /** Comma-separated channels (`web`, `app`, `centre`, `kiosk`, ...): only their results. */
  channels?: string;

  /** `month` (default) or `quarter`. */
  period?: string;

  /** The first whole period shown: `2026-03`, or `2026-Q1` with `period="quarter"`. */
  from?: string;

  /** The last whole period shown, included. */
  to?: string;

  /** Compare and distribution: groups by `centre` (default), `service` or `channel`. */
  by?: string;

  /** `satisfied` (default: the share of 4-5 stars, happy faces, thumbs up), `net` (% positive − % negative) or `mean` (on 0-100). */
  metric?: string;

  /** The confidence level of every interval, in per cent: 90, 95 (default) or 99. */
  confidence?: number;

  /** `public` (default: no credentials) or `internal` (a `tokenProvider`, or the portal's same-origin cookie). */
  audience?: string;

  /**
   * The trend's time axis: `ltr` (default: earliest on the left, in Arabic too, as charts in the
   * region's official statistics run) or `rtl` (earliest on the right; the arrow keys follow it).
   */
  timeAxis?: string;

  /** Seconds between refreshes (at least 60); without it, no refresh. Paused while the page is hidden; an unchanged answer (304) changes nothing. */
  refresh?: number;

  /** Refused: an API key written in a page is a key for anyone who reads the page. */
  apiKey?: string;

  /** An internal reader's short-lived read-only token, asked for before each request (`audience="internal"`). */
  tokenProvider?: () => Promise<string>;

  /** A refresh's newer answer, for the arguments it was asked with. */
  private fresh?: { key: string; results: Results };
  #etag?: { key: string; value: string };
  #timer?: ReturnType<typeof setInterval>;

  readonly #results = new ElementData<ResultsArgs, Results>(this, {
    args: () => [this.config.apiBase?.href, this.#query(), this.audience ?? 'public'],
    read: resultsReader,
    fetch: ([, apiBase, query], signal) =>
      loadSource().then(async ({ fetchResults }) => {
        const fetched = await fetchResults(this.config, this.#url(apiBase!, query), this.#reader(), signal);
        if ('unchanged' in fetched) throw new Error('304 without If-None-Match'); // never: the first request sends no validator
        this.#etag = fetched.etag ? { key: query, value: fetched.etag } : undefined;
        return fetched.results;
      }),
    onSettled: (settled) => this.#settled(settled),
  });

  protected override problemHeading(): string {
    return msg("These results can't be shown", { id: 'results.cannot-show' });
  }

  protected override words() {
    return WORDS;
  }

  protected override problems(): (ConfigurationProblem | undefined)[] {
    const api = this.#results.needsApi();
    const refresh = asWholeNumber(this.refresh);
    return [
      // Never echoed (not even to the console): the value is a secret.
      this.apiKey !== undefined && this.apiKey !== null
        ? {
            attribute: 'api-key',
            value: '',
            reason: 'malformed',
            text: () =>
              msg(
                'Remove the api-key attribute: anyone who reads the page can read a key in it. Internal results use a tokenProvider or the portal’s sign-in.',
                {
                  id: 'results.api-key',
                },
              ),
          }
        : undefined,
      enumProblem('view', this.viewName, VIEWS),
      enumProblem('period', this.period || undefined, PERIODS),
      enumProblem('by', this.by || undefined, BREAKDOWNS),
      enumProblem('metric', this.metric || undefined, METRICS),
      enumProblem('audience', this.audience || undefined, AUDIENCES),
      enumProblem('time-axis', this.timeAxis || undefined, TIME_AXES),
      this.confidence === undefined || CONFIDENCES.includes(String(this.confidence))
        ? undefined
        : {
            attribute: 'confidence',
            value: this.getAttribute('confidence') ?? String(this.confidence),
            reason: 'unknown-value',
            allowed: CONFIDENCES,
          },
      wholeNumberProblem(this, 'refresh', this.refresh) ??
        (refresh !== undefined && refresh < MIN_REFRESH_S
          ? {
              attribute: 'refresh',
              value: this.getAttribute('refresh') ?? String(refresh),
              reason: 'not-a-number',
              text: () =>
                msg(str`refresh is set to ${this.getAttribute('refresh') ?? String(refresh)}. Write ${MIN_REFRESH_S} seconds or more.`, {
                  id: 'results.refresh-too-short',
                }),
            }
          : undefined),
      api ? this.config.apiBaseProblem : undefined,
    ];
  }

  protected errorEvent(error: JawdaError): Event {
    return new ResultsErrorEvent(error);
  }

  /** The query string of the filters, in a fixed order (part of the data's identity). */
  #query(): string {
    const params = new URLSearchParams();
    for (const name of ['services', 'centres', 'channels', 'period', 'from', 'to'] as const) {
      const value = this[name]?.trim();
      if (value) params.set(name, value);
    }
    return params.toString();
  }

  /** Public results at `{api-base}/results`; internal ones are the analysts' report v2, `{api-base}/admin/reports/results`. */
  #url(apiBase: string, query: string): string {
    const path = this.audience === 'internal' ? '/admin/reports/results' : '/results';
    return `${apiBase.replace(/\/?$/, '')}${path}${query ? `?${query}` : ''}`;
  }

  #reader() {
    return { audience: this.audience === 'internal' ? ('internal' as const) : ('public' as const), tokenProvider: this.tokenProvider };
  }

  #settled(settled: DataState<Results>): void {
    if (settled.status === 'error') this.dispatchEvent(new ResultsErrorEvent(settled.error));
    if (settled.status === 'ready') this.#announce(settled.data);
  }

  #announce(results: Results): void {
    this.dispatchEvent(
      new ResultsLoadEvent({ period: results.period, rows: results.rows.length, suppressedCells: results.suppressedCells }),
    );
  }

  /* ------------------------------------------------------------ refresh */

  override connectedCallback(): void {
    super.connectedCallback();
    this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('refresh')) this.#schedule();
  }

  #schedule(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    const seconds = asWholeNumber(this.refresh);
    if (seconds === undefined || !(seconds >= MIN_REFRESH_S) || !this.isConnected) return;
    this.#timer = setInterval(() => void this.refreshNow(), seconds * 1000);
  }

  /**
   * Asks again with the last answer's validator (paused while the page is hidden; nothing while a
   * setup problem stands or the data is in the page). A 304 changes nothing; a new answer is shown.
   */
  async refreshNow(): Promise<void> {
    if (document.visibilityState === 'hidden' || this.setupBlocked || !this.#results.needsApi() || !this.config.apiBase) return;
    if (this.#results.state.status !== 'ready') return;
    const query = this.#query();
    const apiBase = this.config.apiBase.href;
    const { fetchResults } = await loadSource();
    const etag = this.#etag?.key === query ? this.#etag.value : undefined;
    try {
      const fetched = await fetchResults(this.config, this.#url(apiBase, query), this.#reader(), new AbortController().signal, etag);
      if ('unchanged' in fetched || this.#query() !== query) return;
      this.#etag = fetched.etag ? { key: query, value: fetched.etag } : undefined;
      this.fresh = { key: query, results: fetched.results };
      this.#announce(fetched.results);
    } catch {
      // A failed refresh keeps the figures shown; the next one tries again.
    }
  }

  /* ------------------------------------------------------------ render */

  /** The answer shown: a refresh's newer one for the same query, else the data controller's. */
  get #shown(): Results | undefined {
    const loaded = this.#results.value;
    return this.fresh && this.fresh.key === this.#query() && loaded ? this.fresh.results : loaded;
  }

  protected override problemView(problem: ConfigurationProblem): TemplateResult {
    return html`<div class="frame">${super.problemView(problem)}</div>`;
  }

  protected view(): TemplateResult {
    const state = this.#results.state;
    const results = this.#shown;
    const name = this.viewName as ResultsView['view'];
    let body: unknown;
    if (results && results.rows.length === 0) body = this.#nothingToShow(results);
    else if (state.status === 'error') body = this.#errorMessage(state.error);
    else {
      const views = resultsViews[name];
      const module = results && views.use(this);
      // A view's chunk that could not be fetched: the failure with Try again, never a skeleton that stays.
      body = module
        ? module.render(this.#viewSettings(results))
        : results && views.failed.has(this)
          ? chunkFailureView(views, this)
          : this.#skeleton();
    }
    return html`<div class="frame" data-view=${name}>${body}</div>`;
  }

  #viewSettings(results: Results): ResultsView {
    return {
      view: this.viewName as ResultsView['view'],
      results,
      filters: { services: this.services?.trim(), centres: this.centres?.trim(), channels: this.channels?.trim() },
      by: (this.by || 'centre') as Breakdown,
      from: this.from?.trim() || undefined,
      to: this.to?.trim() || undefined,
      metric: (this.metric || 'satisfied') as Metric,
      confidence: (asWholeNumber(this.confidence) ?? 95) as Confidence,
      timeAxis: this.timeAxis === 'rtl' ? 'rtl' : 'ltr',
      format: this.format,
      locale: this.locale,
      rtl: directionOf(this.locale) === 'rtl',
    };
  }

  /** No figure at all: no votes in the periods asked for, or every group under the minimum. */
  #nothingToShow(results: Results): TemplateResult {
    if (results.suppressedCells === 0)
      return notice(
        'neutral',
        msg('No votes yet', { id: 'results.empty' }),
        msg('No one has rated these services in this period.', { id: 'results.empty-text' }),
      );
    const minimum = this.format.number(results.minGroup);
    return notice(
      'neutral',
      msg('Not shown, to protect privacy', { id: 'results.suppressed' }),
      msg(str`Each group here has fewer than ${minimum} votes, so its results are not shown.`, { id: 'results.suppressed-text' }),
    );
  }

  /** The loading skeleton, the size of the view it stands for. */
  #skeleton(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${loadingLabel()}</p>
      <div class="skeleton pending" data-for=${this.viewName} aria-hidden="true"></div>`;
  }

  #errorMessage(error: JawdaError): TemplateResult {
    if (inlineJsonText(this) !== undefined)
      return errorView(error, {
        text: msg('The results written in this page are not valid.', { id: 'results.inline-invalid' }),
      });
    return errorView(error, { onRetry: () => this.#results.reload() });
  }

  /** `updateComplete` also waits for the view's chunk and the render that draws with it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await Promise.all(Object.values(resultsViews).map((views) => views.arrival(this)));
    return super.getUpdateComplete();
  }
}
