import { html, type PropertyDeclarations, type PropertyValues, type ReactiveElement, type TemplateResult } from 'lit';
import { msg, str } from '../core/i18n/msg.js';
import { catalogueReady, loadCatalogue } from '../core/i18n/catalogues.js';
import { apiClient } from '../core/api.js';
import { asWholeNumber, enumProblem, wholeNumber, wholeNumberProblem } from '../core/attributes.js';
import type { Evaluation } from '../core/contract.js';
import { ElementData, contractReader, type DataState } from '../core/data.js';
import { JawdaElement, warnOnce } from '../core/element.js';
import type { JawdaError } from '../core/errors.js';
import { inlineJsonText, serverData } from '../core/inline-data.js';
import { chunkFailureView, errorView, loadingLabel, type ConfigurationProblem } from '../core/messages.js';
import { CENTRE_MODELS, RESULT_SCHEMES } from '../core/vocabulary.js';
import { base } from '../core/styles/base.js';
import { LazyModule } from '../core/lazy.js';
import { CycleChangeEvent, ScorecardErrorEvent, ScorecardLoadEvent } from './events.js';
import { placeholderEvaluation } from './placeholder.js';
import type { RankingController } from './ranking.js';
import { loadRanking, rankingModule } from './ranking-loader.js';
import { styles } from './centre-scorecard.styles.js';
import { evaluationTemplate, switcherTemplate, type HistoryViews, type ScorecardView } from './evaluation-view.js';
import { cycleLabel, cycleProblemText, notFoundText, usesOtherSchemes } from './text.js';
import { rankingWords, scorecardWords } from './words.js';

export const VARIANTS = ['card', 'compact', 'full', 'ranking'] as const;
export type ScorecardVariant = (typeof VARIANTS)[number];
const LEVELS = ['1', '2', '3', '4', '5', '6'];
const CARD_WORDS = [scorecardWords];
const RANKING_WORDS = [scorecardWords, rankingWords];

/**
 * The stars and maturity schemes' views, words and styles: a lazy chunk, loaded once per page when
 * an evaluation needs them (the loading skeleton shows meanwhile). Module-level, so that a server
 * renderer, or a page taking server-rendered markup over, can load it ahead.
 */
export const schemeViews = new LazyModule(() => import('./schemes.js'));

/** The trend across cycles and its table (`show-history`): a lazy chunk, asked for from the first render, beside the data. */
export const historyViews = new LazyModule<HistoryViews>(() => import('./history.js'));
/** Both asked again when one could not be fetched (Try again). */
const SCORECARD_VIEWS = { retry: (host: ReactiveElement) => [historyViews, schemeViews].forEach((views) => views.retry(host)) };

/** The identity of what is shown: centre, cycle and API base (after the inline JSON's text). */
type EvaluationArgs = readonly [centreId: string | undefined, cycle: number | undefined, apiBase: string | undefined];

/**
 * Shows a government service centre's evaluation for one cycle: the result in its national scheme
 * (Bahrain's Taqyeem percentage and tier, UAE stars, maturity levels), the criteria, the change
 * against the previous cycle, the rank, the evidence and the evaluators' findings, with a switcher
 * for earlier cycles. Data comes from the portal's API (`centre-id`, `cycle`) or from
 * `<script type="application/json">` inside the element, validated the same way.
 *
 * With `variant="ranking"` it shows a cycle's results instead, as a table (`GET {base}/evaluations`,
 * filtered by `entity`, `model` and `scheme`, or inline JSON of that shape): rank (ties shared),
 * centre, entity, model, result and change, a summary by tier, sorting by any column, tier and model
 * filters and pages of `page-size` rows. Its code is a separate module, loaded only for that variant.
 * A ranking fires `scorecard-error` (not `scorecard-load` nor `cycle-change`).
 *
 * Attribute mistakes (a missing `centre-id` without inline JSON, a `cycle` that is not a positive
 * whole number, an unknown `variant`, a `heading-level` outside 1-6, a ranking's `model`, `scheme` or
 * `page-size` outside its values) are shown in the element, in words, naming the attribute and
 * value; nothing loads until they are fixed.
 *
 * @fires scorecard-load - {ScorecardLoadEvent} An evaluation is shown. `detail`: `{ centre, cycle }`.
 * @fires scorecard-error - {ScorecardErrorEvent} Loading failed, the inline JSON is invalid or an attribute is wrong. `detail`: the `JawdaError`.
 * @fires cycle-change - {CycleChangeEvent} The reader chose another cycle in the switcher. `detail`: `{ cycle, previous }`.
 *
 * @slot - Optional `<script type="application/json">` with an evaluation (the API's schema); never displayed.
 *
 * @csspart header - Centre name, entity, model, cycle and publication date.
 * @csspart result - The overall result.
 * @csspart criteria - The criteria section.
 * @csspart criterion - One criterion (name, score, bar, weight).
 * @csspart history - The trend across cycles and its table.
 * @csspart evidence - Mystery-shopper visits, field visits and survey responses.
 * @csspart cycles - The cycle switcher.
 * @csspart message - A configuration, not-found or error message.
 *
 * @cssprop [--jawda-tier-platinum=#2e3a4b] - Text and medal of the Platinum tag (each tier has a `-bg` tint, #e6eaf0 here; the dark theme derives its pair from the same hue).
 * @cssprop [--jawda-tier-gold=#6c4527] - Text and medal of the Gold tag (tint #f2eccf).
 * @cssprop [--jawda-tier-silver=#3e4046] - Text and medal of the Silver tag (tint #e1e3e5).
 * @cssprop [--jawda-tier-bronze=#7a3a12] - Text and medal of the Bronze tag (tint #fce9d8).
 * @cssprop [--jawda-tier-platinum-bg=#e6eaf0] - Tint behind the Platinum tag.
 * @cssprop [--jawda-tier-gold-bg=#f2eccf] - Tint behind the Gold tag.
 * @cssprop [--jawda-tier-silver-bg=#e1e3e5] - Tint behind the Silver tag.
 * @cssprop [--jawda-tier-bronze-bg=#fce9d8] - Tint behind the Bronze tag.
 * @cssprop --jawda-scorecard-bar - One colour for every criterion bar instead of the performance bands (e.g. the neutral ink); never the brand colour.
 */
export class CentreScorecard extends JawdaElement {
  static override styles = [base, styles];

  static override properties: PropertyDeclarations = {
    centreId: { attribute: 'centre-id' },
    cycle: { converter: wholeNumber },
    variant: {},
    entity: {},
    model: {},
    scheme: {},
    pageSize: { attribute: 'page-size', converter: wholeNumber },
    headingLevel: { attribute: 'heading-level', converter: wholeNumber },
    showHistory: { type: Boolean, attribute: 'show-history' },
    switching: { state: true, attribute: false },
    announced: { state: true, attribute: false },
  };

  /** The centre's identifier in the portal's API, e.g. `isa-town`. Not needed with inline JSON. */
  centreId?: string;

  /** The evaluation cycle (a positive whole number); without it, the latest. The switcher sets it too. */
  cycle?: number;

  /**
   * `card` (default), `compact` (findings collapsed), `full` (two columns when wide), or `ranking`: a
   * cycle's results as a sortable table (`cycle`, `entity`, `model`, `scheme`, `page-size`; no `centre-id`).
   */
  variant: ScorecardVariant = 'card';

  /** Ranking: only the centres of this entity (its id, `centre.entity.id` in the API). */
  entity?: string;

  /** Ranking: only `on-premise`, `remote` or `digital` centres. */
  model?: string;

  /** Ranking: only results of the `percentage-tier`, `stars` or `maturity` scheme. */
  scheme?: string;

  /** Ranking: rows per page (a positive whole number; default 25). */
  pageSize?: number;

  /** Outline level of the centre's name, 1-6 (default 3); section headings are one level below. */
  headingLevel?: number;

  /** Shows the trend across cycles, with a table of the same figures. */
  showHistory = false;

  /** The cycle being fetched while the one before stays on screen, dimmed. */
  private switching?: number;

  /** The cycle a switch has just shown, for the live region. */
  private announced?: number;

  /** Evaluations already shown, by cycle: switching back never asks the API again. */
  readonly #shown = new Map<number, Evaluation>();
  /** Every cycle seen for this centre (number -> year): the current one and its history. */
  readonly #cycles = new Map<number, number>();

  /** The ranking variant, once its module has loaded. */
  #ranking?: RankingController;

  readonly #evaluation = new ElementData<EvaluationArgs, Evaluation>(this, {
    named: () => !!this.centreId?.trim(),
    args: () =>
      this.variant === 'ranking' ? undefined : [this.centreId?.trim() || undefined, asWholeNumber(this.cycle), this.config.apiBase?.href],
    read: contractReader('Evaluation'),
    fetch: ([, centreId, cycle], signal) => apiClient().get(this.config, 'evaluation', { centreId, cycle }, 'Evaluation', signal),
    known: ([, , cycle]) => (cycle === undefined ? undefined : this.#shown.get(cycle)),
    keepData: () => this.switching !== undefined,
    onSettled: (settled) => this.#settled(settled),
  });

  get #inline(): boolean {
    return inlineJsonText(this) !== undefined;
  }

  protected override problemHeading(): string {
    return msg("This scorecard can't be shown", { id: 'scorecard.cannot-show' });
  }

  protected override problems(): (ConfigurationProblem | undefined)[] {
    const level = asWholeNumber(this.headingLevel);
    // Inline or server-rendered data is enough to show: no API needed for it.
    const api = this.#evaluation.needsApi();
    const ranking = this.variant === 'ranking';
    return [
      enumProblem('variant', this.variant, VARIANTS),
      level === undefined || LEVELS.includes(String(level))
        ? undefined
        : {
            attribute: 'heading-level',
            value: this.getAttribute('heading-level') ?? String(level),
            reason: 'unknown-value',
            allowed: LEVELS,
          },
      ranking ? enumProblem('model', this.model || undefined, CENTRE_MODELS) : undefined,
      ranking ? enumProblem('scheme', this.scheme || undefined, RESULT_SCHEMES) : undefined,
      ranking ? wholeNumberProblem(this, 'page-size', this.pageSize, 1) : undefined,
      api && !ranking && !this.centreId?.trim() ? { attribute: 'centre-id', value: '', reason: 'missing' } : undefined,
      // A cycle is counted from 1: "a whole number" would not tell the editor why 0 is wrong.
      api
        ? wholeNumberProblem(this, 'cycle', this.cycle, 1) && {
            attribute: 'cycle',
            value: this.getAttribute('cycle') ?? String(this.cycle),
            reason: 'not-a-number',
            text: () => cycleProblemText(this.getAttribute('cycle') ?? String(this.cycle)),
          }
        : undefined,
      api ? this.config.apiBaseProblem : undefined,
    ];
  }

  protected errorEvent(error: JawdaError): Event {
    return new ScorecardErrorEvent(error);
  }

  /** A ranking shows some of the scorecard's words and its own (loaded only where a page shows a ranking). */
  protected override words() {
    return this.variant === 'ranking' ? RANKING_WORDS : CARD_WORDS;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another centre: nothing of the last one is kept, not even its cycles.
    if (changed.has('centreId') && changed.get('centreId') !== undefined) {
      this.#shown.clear();
      this.#cycles.clear();
      this.switching = undefined;
    }
  }

  #settled(settled: DataState<Evaluation>): void {
    const switched = this.switching;
    this.switching = undefined;
    if (settled.status === 'error') {
      this.dispatchEvent(new ScorecardErrorEvent(settled.error));
      return;
    }
    if (settled.status !== 'ready') return;
    const { centre, cycle, history } = settled.data;
    if (!this.#inline) {
      this.#shown.set(cycle.number, settled.data);
      this.#cycles.set(cycle.number, cycle.year);
      for (const earlier of history) this.#cycles.set(earlier.cycle, earlier.year);
    }
    this.announced = switched;
    this.dispatchEvent(new ScorecardLoadEvent({ centre, cycle }));
  }

  #selectCycle = (event: Event): void => {
    const next = Number((event.target as HTMLInputElement).value);
    const previous = this.#evaluation.value?.cycle.number ?? asWholeNumber(this.cycle);
    if (next === (this.switching ?? previous)) return;
    this.switching = next;
    this.cycle = next;
    this.dispatchEvent(new CycleChangeEvent({ cycle: next, previous }));
  };

  /** What the views need to know: the variant, locale, formatters, outline level and the cycles to offer. */
  #viewSettings(): ScorecardView {
    return {
      variant: this.variant as ScorecardView['variant'],
      locale: this.locale,
      format: this.format,
      level: asWholeNumber(this.headingLevel) ?? 3,
      showHistory: this.showHistory,
      cycles: this.#inline ? [] : [...this.#cycles].sort(([a], [b]) => a - b),
      switching: this.switching,
      lastProgramme: [...this.#shown.values()].at(-1)?.cycle.programme,
      onSelectCycle: this.#selectCycle,
    };
  }

  protected override problemView(problem: ConfigurationProblem): TemplateResult {
    return html`<div class="frame">${super.problemView(problem)}</div>`;
  }

  /** The ranking, from its own module (loaded on first use; the skeleton shows meanwhile). */
  #rankingView(): TemplateResult {
    // A card switched to a ranking: the ranking's words too (the base loads them on connection and language changes).
    if (!catalogueReady(this.locale, RANKING_WORDS)) void loadCatalogue(this.locale, RANKING_WORDS).then(() => this.requestUpdate());
    const module = rankingModule();
    if (module && !this.#ranking) {
      this.#ranking = new module.RankingController(this, () => ({
        locale: this.locale,
        format: this.format,
        config: this.config,
      }));
    }
    if (this.#ranking) return html`<div class="frame" data-variant="ranking">${this.#ranking.view()}</div>`;
    loadRanking().then(
      () => this.requestUpdate(),
      () => undefined,
    ); // offline: tried again at the next render
    return html`<div class="frame" data-variant="ranking"><p class="visually-hidden" role="status">${loadingLabel()}</p><div class="placeholder ranking-pending" aria-hidden="true"></div></div>`;
  }

  protected override hydrationNeeds(): (Promise<unknown> | undefined)[] {
    // The chunks the server's markup was drawn with come first (the ranking's, the stars' or levels',
    // the history's), so the first render on the client is the server's and hydration matches it.
    if (this.variant === 'ranking') return [...super.hydrationNeeds(), loadRanking()];
    const data = serverData(this) as Evaluation | undefined;
    return [
      ...super.hydrationNeeds(),
      usesOtherSchemes(data) ? schemeViews.load() : undefined,
      this.showHistory && data?.history.length ? historyViews.load() : undefined,
    ];
  }

  protected view() {
    if (this.variant === 'ranking') return this.#rankingView();
    const view = this.#viewSettings();
    const state = this.#evaluation.state;
    const data = this.#evaluation.value;
    let body: unknown;
    const history = this.showHistory ? historyViews.use(this) : undefined;
    // The data waits for the chunks it needs (the history's, stars' or levels'): the skeleton stays
    // until it can be drawn whole.
    if (data && (history || !this.showHistory || !data.history.length) && (!usesOtherSchemes(data) || schemeViews.use(this))) {
      body = evaluationTemplate(data, { ...view, history, schemes: schemeViews.module }, state.status === 'loading');
    } else if (state.status === 'error') {
      body = html`${switcherTemplate(undefined, asWholeNumber(this.cycle), view)}${this.#errorMessage(state.error)}`;
    } else if (data && (historyViews.failed.has(this) || schemeViews.failed.has(this))) {
      body = chunkFailureView(SCORECARD_VIEWS, this);
    } else {
      body = html`<p class="visually-hidden" role="status">${loadingLabel()}</p>
        <div class="placeholder" aria-hidden="true" inert>${evaluationTemplate(placeholderEvaluation, { ...view, placeholder: true })}</div>`;
    }
    const shownCycle = state.status === 'ready' && state.data.cycle.number === this.announced ? state.data.cycle : undefined;
    const announcement = shownCycle
      ? msg(str`Showing ${cycleLabel(this.format, shownCycle.programme, shownCycle.number, shownCycle.year)}`, { id: 'scorecard.showing' })
      : '';
    return html`<div class="frame" data-variant=${view.variant}>${body}<p class="visually-hidden" role="status">${announcement}</p></div>`;
  }

  /** The chosen cycle's segment last brought into its row's view (see `updated`); a new row has new segments. */
  #cycleInView?: Element;

  /**
   * On a phone the cycles scroll inside their row, and the latest, the one shown first, comes last:
   * each newly chosen cycle is scrolled into the row's view. The row alone moves: `scrollIntoView`
   * would scroll the page too. Layout is read only when another segment is the chosen one.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const chosen = this.renderRoot.querySelector('.cycles :checked')?.parentElement;
    if (!chosen || chosen === this.#cycleInView) return;
    this.#cycleInView = chosen;
    const row = chosen.parentElement!;
    const [outer, inner] = [row, chosen].map((box) => box.getBoundingClientRect());
    row.scrollLeft += Math.max(0, inner!.right - outer!.right) + Math.min(0, inner!.left - outer!.left);
  }

  /** `updateComplete` also waits for the chunks the view asked for, and the render that draws with them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await Promise.all([historyViews.arrival(this), schemeViews.arrival(this)]);
    return super.getUpdateComplete();
  }

  #errorMessage(error: JawdaError): TemplateResult {
    const f = this.format;
    if (this.#inline)
      return errorView(error, {
        text: msg('The evaluation data written in this page is not valid.', { id: 'scorecard.inline-invalid' }),
      });
    if (error.kind === 'not-found') {
      const cycle = asWholeNumber(this.cycle);
      warnOnce(
        `<centre-scorecard>: no evaluation for centre-id ${this.centreId!.trim()}${cycle === undefined ? '' : ` in cycle ${cycle}`}: check the id and the cycle.`,
      );
      return errorView(error, { text: notFoundText(f, cycle) });
    }
    return errorView(error, { onRetry: () => this.#evaluation.reload() });
  }
}
