import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../core/i18n/msg.js';
import { apiClient, validateNow, validatePayload } from '../core/api.js';
import { asWholeNumber, enumProblem, wholeNumber, wholeNumberProblem } from '../core/attributes.js';
import type { Evaluation, LocalizedText } from '../core/contract.js';
import { DataController, type DataState } from '../core/data.js';
import { JawdaElement } from '../core/element.js';
import type { JawdaError } from '../core/errors.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { inlineJsonText, parseInlineJson, serverData } from '../core/inline-data.js';
import { errorView, loadingLabel, type ConfigurationProblem } from '../core/messages.js';
import { CENTRE_MODELS, RESULT_SCHEMES } from '../core/vocabulary.js';
import { base } from '../core/styles/base.js';
import { CycleChangeEvent, ScorecardErrorEvent, ScorecardLoadEvent } from './events.js';
import { bar, deltaIcon, modelIcon, starRow, tierIcon, trendLine } from './graphics.js';
import { placeholderEvaluation } from './placeholder.js';
import type { RankingController } from './ranking.js';
import { loadRanking, rankingModule } from './ranking-loader.js';
import { styles } from './centre-scorecard.styles.js';
import {
  cycleLabel,
  cycleName,
  cycleProblemText,
  deltaText,
  evidenceItems,
  known,
  maturityText,
  modelName,
  notFoundText,
  rankText,
  resultMax,
  resultText,
  resultValue,
  starsText,
  tierName,
  year,
} from './text.js';

export const VARIANTS = ['card', 'compact', 'full', 'ranking'] as const;
export type ScorecardVariant = (typeof VARIANTS)[number];
const LEVELS = ['1', '2', '3', '4', '5', '6'];

/** The identity of what is shown: inline JSON text, or centre, cycle and API base. */
type EvaluationArgs = readonly [inline: string | undefined, centreId: string | undefined, cycle: number | undefined, apiBase: string | undefined];

interface View {
  variant: ScorecardVariant;
  /** Rendering the loading skeleton: no ids, no switcher events. */
  placeholder?: boolean;
}

/** A heading of the host page's outline level (`heading-level`), without a static-html directive. */
function heading(level: number, className: string, headingId: string | undefined, content: unknown): TemplateResult {
  const id = ifDefined(headingId);
  switch (level) {
    case 1:
      return html`<h1 class=${className} id=${id}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${id}>${content}</h5>`;
    default:
      return html`<h6 class=${className} id=${id}>${content}</h6>`;
  }
}

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
 * @cssprop --jawda-tier-platinum - Medal colour of the Platinum tier (decoration only).
 * @cssprop --jawda-tier-gold - Medal colour of the Gold tier.
 * @cssprop --jawda-tier-silver - Medal colour of the Silver tier.
 * @cssprop --jawda-tier-bronze - Medal colour of the Bronze tier.
 * @cssprop --jawda-scorecard-bar - Colour of the criterion bars and the trend line.
 */
export class CentreScorecard extends JawdaElement {
  static override styles = [base, styles];

  /** The centre's identifier in the portal's API, e.g. `isa-town`. Not needed with inline JSON. */
  @property({ attribute: 'centre-id' }) centreId?: string;

  /** The evaluation cycle (a positive whole number); without it, the latest. The switcher sets it too. */
  @property({ converter: wholeNumber }) cycle?: number;

  /**
   * `card` (default), `compact` (findings collapsed), `full` (two columns when wide), or `ranking`: a
   * cycle's results as a sortable table (`cycle`, `entity`, `model`, `scheme`, `page-size`; no `centre-id`).
   */
  @property() variant: ScorecardVariant = 'card';

  /** Ranking: only the centres of this entity (its id, `centre.entity.id` in the API). */
  @property() entity?: string;

  /** Ranking: only `on-premise`, `remote` or `digital` centres. */
  @property() model?: string;

  /** Ranking: only results of the `percentage-tier`, `stars` or `maturity` scheme. */
  @property() scheme?: string;

  /** Ranking: rows per page (a positive whole number; default 25). */
  @property({ attribute: 'page-size', converter: wholeNumber }) pageSize?: number;

  /** Outline level of the centre's name, 1-6 (default 3); section headings are one level below. */
  @property({ attribute: 'heading-level', converter: wholeNumber }) headingLevel?: number;

  /** Shows the trend across cycles, with a table of the same figures. */
  @property({ type: Boolean, attribute: 'show-history' }) showHistory = false;

  /** The cycle being fetched while the one before stays on screen, dimmed. */
  @state() private switching?: number;

  /** The cycle a switch has just shown, for the live region. */
  @state() private announced?: number;

  /** Upgraded while the parser is still inside the element: its inline JSON may not be there yet. */
  private parsing = false;
  /** Evaluations already shown, by cycle: switching back never asks the API again. */
  private readonly shown = new Map<number, Evaluation>();
  /** Every cycle seen for this centre (number -> year): the current one and its history. */
  private readonly cycles = new Map<number, number>();

  /** The ranking variant, once its module has loaded. */
  private ranking?: RankingController;

  private readonly evaluation = new DataController<EvaluationArgs, Evaluation>(this, {
    args: () => (this.parsing || this.variant === 'ranking' ? undefined : [inlineJsonText(this), this.centreId?.trim() || undefined, asWholeNumber(this.cycle), this.config.apiBase?.href]),
    initial: ([inline, , cycle]) => (inline !== undefined ? validateNow(parseInlineJson(inline, false), 'Evaluation') : cycle === undefined ? undefined : this.shown.get(cycle)),
    load: ([inline, centreId, cycle], signal) =>
      inline !== undefined
        ? validatePayload(parseInlineJson(inline), 'Evaluation')
        : apiClient().get(this.config, 'evaluation', { centreId, cycle }, 'Evaluation', signal),
    seed: () => validateNow(serverData(this), 'Evaluation'),
    keepData: () => this.switching !== undefined,
    onSettled: (settled) => this.settled(settled),
  });

  private get inline(): boolean {
    return inlineJsonText(this) !== undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.centreId && !this.inline && document.readyState === 'loading') {
      this.parsing = true;
      document.addEventListener('DOMContentLoaded', () => ((this.parsing = false), this.requestUpdate()), { once: true });
    }
  }

  protected override problems(): (ConfigurationProblem | undefined)[] {
    const level = asWholeNumber(this.headingLevel);
    // Inline or server-rendered data is enough to show: no API needed for it.
    const api = !this.inline && !this.parsing && serverData(this) === undefined;
    const ranking = this.variant === 'ranking';
    return [
      enumProblem('variant', this.variant, VARIANTS),
      level === undefined || LEVELS.includes(String(level)) ? undefined : { attribute: 'heading-level', value: this.getAttribute('heading-level') ?? String(level), reason: 'unknown-value', allowed: LEVELS },
      ranking ? enumProblem('model', this.model || undefined, CENTRE_MODELS) : undefined,
      ranking ? enumProblem('scheme', this.scheme || undefined, RESULT_SCHEMES) : undefined,
      ranking ? wholeNumberProblem(this, 'page-size', this.pageSize, 1) : undefined,
      api && !ranking && !this.centreId?.trim() ? { attribute: 'centre-id', value: '', reason: 'missing' } : undefined,
      api ? wholeNumberProblem(this, 'cycle', this.cycle, 1) && { attribute: 'cycle', value: this.getAttribute('cycle') ?? String(this.cycle), reason: 'not-a-number', text: () => cycleProblemText(this.getAttribute('cycle') ?? String(this.cycle)) } : undefined,
      api ? this.config.apiBaseProblem : undefined,
    ];
  }

  protected errorEvent(error: JawdaError): Event {
    return new ScorecardErrorEvent(error);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another centre: nothing of the last one is kept, not even its cycles.
    if (changed.has('centreId') && changed.get('centreId') !== undefined) {
      this.shown.clear();
      this.cycles.clear();
      this.switching = undefined;
    }
  }

  private settled(settled: DataState<Evaluation>): void {
    const switched = this.switching;
    this.switching = undefined;
    if (settled.status === 'error') {
      this.dispatchEvent(new ScorecardErrorEvent(settled.error));
      return;
    }
    if (settled.status !== 'ready') return;
    const { centre, cycle, history } = settled.data;
    if (!this.inline) {
      this.shown.set(cycle.number, settled.data);
      this.cycles.set(cycle.number, cycle.year);
      for (const earlier of history) this.cycles.set(earlier.cycle, earlier.year);
    }
    this.announced = switched;
    this.dispatchEvent(new ScorecardLoadEvent({ centre, cycle }));
  }

  private selectCycle(event: Event): void {
    const next = Number((event.target as HTMLInputElement).value);
    const previous = this.evaluation.value?.cycle.number ?? asWholeNumber(this.cycle);
    if (next === (this.switching ?? previous)) return;
    this.switching = next;
    this.cycle = next;
    this.dispatchEvent(new CycleChangeEvent({ cycle: next, previous }));
  }

  private level(): number {
    return asWholeNumber(this.headingLevel) ?? 3;
  }

  protected override problemView(problem: ConfigurationProblem): TemplateResult {
    return html`<div class="frame">${super.problemView(problem)}</div>`;
  }

  /** The ranking, from its own module (loaded on first use; the skeleton shows meanwhile). */
  private rankingView(): TemplateResult {
    const module = rankingModule();
    if (module && !this.ranking) {
      this.ranking = new module.RankingController(this, () => ({ locale: this.locale, format: this.format, config: this.config, parsing: this.parsing }));
    }
    if (this.ranking) return html`<div class="frame" data-variant="ranking">${this.ranking.view()}</div>`;
    loadRanking().then(() => this.requestUpdate());
    return html`<div class="frame" data-variant="ranking"><p class="visually-hidden" role="status">${loadingLabel()}</p><div class="placeholder ranking-pending" aria-hidden="true"></div></div>`;
  }

  protected override hydrationNeeds(): Promise<unknown>[] {
    return [...super.hydrationNeeds(), this.variant === 'ranking' ? loadRanking() : Promise.resolve()];
  }

  protected view() {
    if (this.variant === 'ranking') return this.rankingView();
    const view: View = { variant: this.variant };
    const state = this.evaluation.state;
    const data = this.evaluation.value;
    let body: unknown;
    if (data) {
      body = this.evaluationView(data, view, state.status === 'loading');
    } else if (state.status === 'error') {
      body = html`${this.switcher(undefined, asWholeNumber(this.cycle))}${this.errorMessage(state.error)}`;
    } else {
      body = html`<p class="visually-hidden" role="status">${loadingLabel()}</p>
        <div class="placeholder" aria-hidden="true" inert>${this.evaluationView(placeholderEvaluation, { ...view, placeholder: true })}</div>`;
    }
    const shownCycle = state.status === 'ready' && state.data.cycle.number === this.announced ? state.data.cycle : undefined;
    const announcement = shownCycle ? msg(str`Showing ${cycleLabel(this.format, shownCycle.programme, shownCycle.number, shownCycle.year)}`, { id: 'scorecard.showing' }) : '';
    return html`<div class="frame" data-variant=${view.variant}>${body}<p class="visually-hidden" role="status">${announcement}</p></div>`;
  }

  private errorMessage(error: JawdaError): TemplateResult {
    const f = this.format;
    if (this.inline) return errorView(error, f, { text: msg('The evaluation data written in this page is not valid.', { id: 'scorecard.inline-invalid' }) });
    if (error.kind === 'not-found') return errorView(error, f, { text: notFoundText(f, this.centreId!.trim(), asWholeNumber(this.cycle)) });
    return errorView(error, f, { onRetry: () => this.evaluation.reload() });
  }

  private evaluationView(data: Evaluation, view: View, busy = false): TemplateResult {
    const pick = (text: LocalizedText) => localizedText(text, this.locale);
    const f = this.format;
    const level = this.level();
    const sub = Math.min(level + 1, 6);
    const { centre, cycle } = data;
    const id = (name: string) => (view.placeholder ? undefined : name);
    const previous = data.history.at(-1);
    const delta = previous ? deltaText(f, cycle.programme, data.result, previous) : undefined;
    const findings = html`<div class="main">${this.criteria(data, sub, view)}${this.history(data, sub, view)}</div>
      <div class="side">${this.evidence(data, sub)}${this.findings(data.strengths, msg('Strengths', { id: 'scorecard.strengths' }), sub, 'strengths')}${this.findings(data.improvements, msg('Areas to improve', { id: 'scorecard.areas-to-improve' }), sub, 'improvements')}</div>`;
    return html`<article class="scorecard" aria-labelledby=${ifDefined(id('centre-name'))} aria-busy=${busy ? 'true' : 'false'}>
      <header part="header">
        ${heading(level, 'name', id('centre-name'), pick(centre.name))}
        <p class="entity">${pick(centre.entity)}</p>
        <p class="meta">
          <span class="model" data-model=${centre.model}>${modelIcon(centre.model)}${modelName(centre.model)}</span>
          <span class="cycle-label">${cycleLabel(f, cycle.programme, cycle.number, cycle.year)}</span>
          ${data.publishedAt ? html`<span class="published">${msg(str`Published ${f.date(data.publishedAt)}`, { id: 'scorecard.published' })}</span>` : nothing}
        </p>
      </header>
      ${this.switcher(data, cycle.number, view)}
      <div class="summary">
        ${this.result(data)}
        <div class="standing">
          ${delta ? html`<p class="delta" data-direction=${delta.direction}>${deltaIcon(delta.direction)}<span>${delta.text}</span></p>` : nothing}
          ${data.rank ? html`<p class="rank">${rankText(f, data.rank.position, data.rank.of)}</p>` : nothing}
        </div>
      </div>
      ${view.variant === 'compact'
        ? html`<details class="more"><summary>${msg('Criteria and findings', { id: 'scorecard.criteria-and-findings' })}</summary>${findings}</details>`
        : html`<div class="details">${findings}</div>`}
    </article>`;
  }

  private result(data: Evaluation): TemplateResult {
    const f = this.format;
    const result = known(data.result);
    switch (result?.scheme) {
      case 'percentage-tier':
        return html`<div part="result" class="result" data-scheme="percentage-tier">
          <p class="result-label">${msg('Overall score', { id: 'scorecard.overall-score' })}</p>
          <p class="score">${f.percent(result.percentage)}</p>
          ${result.tier
            ? html`<p class="tier" data-tier=${result.tier}>${tierIcon(result.tier)}<span>${msg(str`Classification: ${tierName(result.tier)}`, { id: 'scorecard.classification' })}</span></p>`
            : nothing}
        </div>`;
      case 'stars':
        return html`<div part="result" class="result" data-scheme="stars">
          <p class="result-label">${msg('Star rating', { id: 'scorecard.star-rating' })}</p>
          ${starRow(result.stars, result.maxStars)}
          <p class="score stars-text">${starsText(f, result.stars, result.maxStars)}</p>
        </div>`;
      case 'maturity':
        return html`<div part="result" class="result" data-scheme="maturity">
          <p class="result-label">${msg('Maturity level', { id: 'scorecard.maturity-level' })}</p>
          <p class="score maturity-text">${maturityText(f, result.level, result.levels)}</p>
          <ol class="scale" aria-label=${msg('Maturity scale', { id: 'scorecard.maturity-scale' })}>
            ${result.levels.map((name, i) =>
              i + 1 === result.level
                ? html`<li class="current">${localizedText(name, this.locale)}<span class="visually-hidden"> ${msg('(current level)', { id: 'scorecard.current-level' })}</span></li>`
                : html`<li>${localizedText(name, this.locale)}</li>`,
            )}
          </ol>
        </div>`;
      default:
        return html`<div part="result" class="result" data-scheme="unsupported">
          <p class="unsupported" role="note">${msg(str`Unsupported result: this page cannot show results of the "${data.result.scheme}" scheme.`, { id: 'scorecard.unsupported-scheme' })}</p>
        </div>`;
    }
  }

  /** The cycle switcher: native radios, so arrow keys move between cycles. "5 (2024)": a middle dot reads as an Arabic zero. */
  private switcher(data: Evaluation | undefined, current: number | undefined, view?: View): TemplateResult | typeof nothing {
    const cycles = view?.placeholder
      ? [...placeholderEvaluation.history.map((h) => [h.cycle, h.year] as const), [5, 2024] as const]
      : this.inline
        ? []
        : [...this.cycles].sort(([a], [b]) => a - b);
    if (cycles.length < 2) return nothing;
    const programme: LocalizedText | undefined = data?.cycle.programme ?? this.lastProgramme();
    const checked = this.switching ?? current;
    return html`<fieldset class="cycles" part="cycles">
      <legend>${programme ? msg(str`${localizedText(programme, this.locale)} cycle`, { id: 'scorecard.programme-cycle' }) : msg('Evaluation cycle', { id: 'scorecard.evaluation-cycle' })}</legend>
      ${cycles.map(
        ([number, cycleYear]) => html`<label class="cycle-option">
          <input type="radio" name="cycle" .value=${String(number)} .checked=${number === checked} @change=${this.selectCycle} />
          <span>${this.format.number(number)} (${year(this.format, cycleYear)})</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private lastProgramme(): LocalizedText | undefined {
    return [...this.shown.values()].at(-1)?.cycle.programme;
  }

  private criteria(data: Evaluation, level: number, view: View): TemplateResult | typeof nothing {
    const { criteria } = data;
    if (!criteria.length) return nothing;
    const f = this.format;
    const scores = criteria.map((c) => c.score);
    const best = Math.max(...scores);
    const worst = Math.min(...scores);
    const marked = criteria.length > 1 && best !== worst;
    const id = view.placeholder ? undefined : 'criteria-heading';
    return html`<section part="criteria" class="criteria">
      ${heading(level, 'section-heading', id, msg('Criteria', { id: 'scorecard.criteria' }))}
      <ul>
        ${criteria.map((criterion) => {
          const mark = !marked ? undefined : criterion.score === best ? 'strongest' : criterion.score === worst ? 'weakest' : undefined;
          return html`<li part="criterion" class="criterion" data-mark=${mark ?? 'none'}>
            <span class="criterion-name">${localizedText(criterion.name, this.locale)}</span>
            <span class="criterion-score">${f.percent(criterion.score)}</span>
            ${bar(criterion.score)}
            <span class="criterion-weight">${msg(str`Weight ${f.percent(criterion.weight)}`, { id: 'scorecard.weight' })}</span>
            ${mark ? html`<span class="mark">${mark === 'strongest' ? msg('Strongest criterion', { id: 'scorecard.strongest-criterion' }) : msg('Weakest criterion', { id: 'scorecard.weakest-criterion' })}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private history(data: Evaluation, level: number, view: View): TemplateResult | typeof nothing {
    if (!this.showHistory || !data.history.length) return nothing;
    const f = this.format;
    const entries = [...data.history, { cycle: data.cycle.number, year: data.cycle.year, result: data.result }];
    const current = known(data.result);
    // The line joins results on the current result's scale; others appear in the table only.
    const scale = current ? resultMax(current) : undefined;
    const comparable = entries.map((entry) => {
      const result = known(entry.result);
      return result && current && result.scheme === current.scheme && resultMax(result) === scale ? resultValue(result) : undefined;
    });
    const values = comparable.filter((value): value is number => value !== undefined);
    // Percentages start near the lowest result, so a few points of change stay visible.
    const floor = current?.scheme === 'percentage-tier' ? Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10) : 0;
    const top = scale ?? 1;
    const id = view.placeholder ? undefined : 'history-heading';
    return html`<section part="history" class="history">
      ${heading(level, 'section-heading', id, msg('Results across cycles', { id: 'scorecard.results-across-cycles' }))}
      ${values.length > 1
        ? html`<div class="trend" aria-hidden="true">
            <div class="trend-row">${entries.map((entry, i) => html`<span>${comparable[i] === undefined ? '' : this.shortResult(entry.result)}</span>`)}</div>
            ${trendLine(comparable.map((value) => (value === undefined ? undefined : (value - floor) / (top - floor))))}
            <div class="trend-row">${entries.map((entry) => html`<span>${cycleName(f, data.cycle.programme, entry.cycle)}</span>`)}</div>
          </div>`
        : nothing}
      <details class="history-table">
        <summary>${msg('Results by cycle, as a table', { id: 'scorecard.history-table' })}</summary>
        <table>
          <thead>
            <tr><th scope="col">${msg('Cycle', { id: 'scorecard.cycle-column' })}</th><th scope="col">${msg('Year', { id: 'scorecard.year' })}</th><th scope="col">${msg('Result', { id: 'scorecard.result' })}</th></tr>
          </thead>
          <tbody>
            ${entries.map(
              (entry) => html`<tr>
                <th scope="row">${cycleName(f, data.cycle.programme, entry.cycle)}</th>
                <td>${year(f, entry.year)}</td>
                <td>${resultText(f, entry.result)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </section>`;
  }

  /** A result in a few characters, for the labels of the trend line ("91.4%", "6/7"). */
  private shortResult(result: Evaluation['result']): string {
    const f = this.format;
    const shown = known(result);
    if (shown?.scheme === 'percentage-tier') return f.percent(shown.percentage);
    return shown ? `${f.number(resultValue(shown)!)}/${f.number(resultMax(shown))}` : '';
  }

  private evidence(data: Evaluation, level: number): TemplateResult | typeof nothing {
    const items = data.evidence ? evidenceItems(this.format, data.evidence) : [];
    if (!items.length) return nothing;
    return html`<section part="evidence" class="evidence">
      ${heading(level, 'section-heading', undefined, msg('Evidence', { id: 'scorecard.evidence' }))}
      <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
    </section>`;
  }

  private findings(items: LocalizedText[], title: string, level: number, className: string): TemplateResult | typeof nothing {
    if (!items.length) return nothing;
    return html`<section class="findings ${className}">
      ${heading(level, 'section-heading', undefined, title)}
      <ul>${items.map((item) => html`<li>${localizedText(item, this.locale)}</li>`)}</ul>
    </section>`;
  }
}
