/**
 * The views of the card, compact and full variants, pure: an evaluation and the element's settings
 * in, a template out (no `document` or `window`), so that the same views can render on a server.
 * The loading skeleton is the same template, drawn from a placeholder evaluation.
 */
import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Locale } from '../core/config.js';
import type { Evaluation, LocalizedText } from '../core/contract.js';
import type { Formats } from '../core/i18n/format.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { msg, str } from '../core/i18n/msg.js';
import { notice } from '../core/notice.js';
import { bar, deltaIcon, modelIcon, tierIcon } from './graphics.js';
import { heading } from './heading.js';
import { historyFrame, trendAxes, trendChart } from './history-frame.js';
import { placeholderEvaluation } from './placeholder.js';
import {
  cycleLabel,
  deltaText,
  evidenceItems,
  known,
  modelName,
  programmeCycle,
  rankText,
  tierName,
  year,
  type SchemeViews,
} from './text.js';

export interface ScorecardView {
  variant: 'card' | 'compact' | 'full';
  locale: Locale;
  format: Formats;
  /** Outline level of the centre's name (`heading-level`); sections are one below. */
  level: number;
  showHistory: boolean;
  /** The cycles the switcher offers: every cycle seen for this centre, in order, as [number, year]. */
  cycles: readonly (readonly [number, number])[];
  /** The cycle being fetched, checked already. */
  switching?: number;
  /** The programme of the last evaluation shown, for the switcher's legend when none is shown now. */
  lastProgramme?: LocalizedText;
  onSelectCycle: (event: Event) => void;
  /** Rendering the loading skeleton: no ids, no switcher events. */
  placeholder?: boolean;
  /** The stars and maturity schemes' views (a lazy chunk): there whenever the evaluation needs them. */
  schemes?: SchemeViews;
  /** The history's views (a lazy chunk): there whenever an evaluation with a history is drawn with `show-history`. */
  history?: HistoryViews;
}

/** What the history chunk (./history.ts) draws. */
export interface HistoryViews {
  styles: CSSResult;
  historySection(data: Evaluation, level: number, view: ScorecardView): TemplateResult;
}

/** One cycle's evaluation: header, switcher, result, standing, criteria, history, evidence and findings. */
export function evaluationTemplate(data: Evaluation, view: ScorecardView, busy = false): TemplateResult {
  const pick = (text: LocalizedText) => localizedText(text, view.locale);
  const f = view.format;
  const level = view.level;
  const sub = Math.min(level + 1, 6);
  const { centre, cycle } = data;
  const id = (name: string) => (view.placeholder ? undefined : name);
  const previous = data.history.at(-1);
  const delta = previous ? deltaText(f, cycle.programme, data.result, previous, view.schemes) : undefined;
  const compact = view.variant === 'compact';
  // Compact: the three criteria that weigh most stay in view, the rest go behind Details.
  const byWeight = compact ? [...data.criteria].sort((a, b) => b.weight - a.weight) : data.criteria;
  const findings = html`<div class="main">${criteria(data, compact ? byWeight.slice(3) : data.criteria, sub, view, compact)}${history(data, sub, view)}</div>
    <div class="side">${evidence(data, sub, view)}${findingsSection(data.strengths, msg('Strengths', { id: 'scorecard.strengths' }), sub, 'strengths', view)}${findingsSection(data.improvements, msg('Areas to improve', { id: 'scorecard.areas-to-improve' }), sub, 'improvements', view)}</div>`;
  return html`<article class="scorecard" aria-labelledby=${ifDefined(id('centre-name'))} aria-busy=${busy ? 'true' : 'false'}>
    <header part="header">
      ${heading(level, 'name', id('centre-name'), pick(centre.name))}
      <p class="entity">${pick(centre.entity)}</p>
      <p class="meta">
        <span class="model" data-model=${centre.model}>${modelIcon(centre.model)}${modelName(centre.model)}</span>
        ${data.publishedAt ? html`<span class="published">${msg(str`Published ${f.date(data.publishedAt)}`, { id: 'scorecard.published' })}</span>` : nothing}
      </p>
    </header>
    ${compact ? nothing : switcherTemplate(data, cycle.number, view)}
    <div class="summary">
      ${result(data, view, cycleLabel(f, cycle.programme, cycle.number, cycle.year))}
      <div class="standing">
        ${delta ? html`<p class="delta" data-direction=${delta.direction}>${deltaIcon(delta.direction)}<span>${delta.text}</span></p>` : nothing}
        ${data.rank ? html`<p class="rank">${rankText(f, data.rank.position, data.rank.of)}</p>` : nothing}
      </div>
    </div>
    ${
      compact
        ? html`${criteria(data, byWeight.slice(0, 3), sub, view)}<details class="more"><summary>${msg('Details', { id: 'scorecard.details' })}</summary>${findings}</details>`
        : html`<div class="details">${findings}</div>`
    }
  </article>`;
}

/** The result as the hero: the figure, its tier (or scale) as a tag beside it, programme and period below. */
function result(data: Evaluation, view: ScorecardView, period: string): TemplateResult {
  const f = view.format;
  const result = known(data.result);
  const below = html`<p class="cycle-label">${period}</p>`;
  if (result?.scheme === 'percentage-tier') {
    return html`<div part="result" class="result" data-scheme="percentage-tier">
        <p class="result-label">${msg('Overall score', { id: 'scorecard.overall-score' })}</p>
        <p class="figure"><span class="score">${f.percent(result.percentage)}</span>${result.tier ? html` <span class="tier" data-tier=${result.tier}>${tierIcon()}${tierName(result.tier)}</span>` : nothing}</p>
        ${below}
      </div>`;
  }
  // Stars and maturity levels: their chunk is loaded before such an evaluation is shown.
  if (result && view.schemes) return view.schemes.otherResult(f, result, below);
  // The scheme's name goes to nobody: a citizen cannot act on it (the validator warns in the console).
  return html`<div part="result" class="result" data-scheme="unsupported">
        ${notice('neutral', msg("This result can't be shown on this page yet.", { id: 'scorecard.unsupported' }))}
        ${below}
      </div>`;
}

/**
 * The cycle switcher, a segmented control: native radios (visually hidden), so arrow keys move
 * between cycles and a screen reader hears a radio group; the labels are the segments. "5 (2024)":
 * a middle dot reads as an Arabic zero.
 */
export function switcherTemplate(
  data: Evaluation | undefined,
  current: number | undefined,
  view: ScorecardView,
): TemplateResult | typeof nothing {
  const cycles = view.placeholder
    ? [...placeholderEvaluation.history.map((h) => [h.cycle, h.year] as const), [5, 2024] as const]
    : view.cycles;
  if (cycles.length < 2) return nothing;
  const programme: LocalizedText | undefined = data?.cycle.programme ?? view.lastProgramme;
  const checked = view.switching ?? current;
  const f = view.format;
  return html`<fieldset class="cycles" part="cycles">
    <legend>${programme ? programmeCycle(localizedText(programme, view.locale)) : msg('Evaluation cycle', { id: 'scorecard.evaluation-cycle' })}</legend>
    ${cycles.map(
      ([number, cycleYear]) => html`<label class="cycle-option">
        <input class="visually-hidden" type="radio" name="cycle" .value=${String(number)} .checked=${number === checked} @change=${view.onSelectCycle} />
        <span>${f.number(number)} (${year(f, cycleYear)})</span>
      </label>`,
    )}
  </fieldset>`;
}

/** Performance bands of a criterion's bar: never the portal's brand, never danger for a high score. */
const band = (score: number) => (score >= 90 ? 'success' : score >= 75 ? 'info' : score >= 60 ? 'warning' : 'danger');

/** `shown` of the evaluation's criteria; strongest and weakest are marked over all of them. `more`: the rest of a compact card, under the same heading. */
function criteria(
  data: Evaluation,
  shown: Evaluation['criteria'],
  level: number,
  view: ScorecardView,
  more = false,
): TemplateResult | typeof nothing {
  if (!shown.length) return nothing;
  const f = view.format;
  const scores = data.criteria.map((c) => c.score);
  const best = Math.max(...scores);
  const worst = Math.min(...scores);
  const marked = scores.length > 1 && best !== worst;
  const id = view.placeholder || more ? undefined : 'criteria-heading';
  return html`<section part="criteria" class="criteria">
    ${more ? nothing : heading(level, 'section-heading', id, msg('Criteria', { id: 'scorecard.criteria' }))}
    <ul>
      ${shown.map((criterion) => {
        const mark = !marked ? undefined : criterion.score === best ? 'strongest' : criterion.score === worst ? 'weakest' : undefined;
        return html`<li part="criterion" class="criterion" data-mark=${mark ?? 'none'}>
          <span class="criterion-name">${localizedText(criterion.name, view.locale)}</span>
          <span class="criterion-score">${f.percent(criterion.score)}</span>
          ${bar(criterion.score, band(criterion.score))}
          <span class="criterion-weight">${msg(str`Weight ${f.percent(criterion.weight)}`, { id: 'scorecard.weight' })}</span>
          ${
            mark
              ? html`<span class="mark" data-tone=${mark === 'strongest' ? 'success' : 'warning'}>${mark === 'strongest' ? msg('Strongest', { id: 'scorecard.strongest' }) : msg('Needs improvement', { id: 'scorecard.needs-improvement' })}</span>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </section>`;
}

/**
 * The trend across cycles and its table (`show-history`): the history chunk's (./history.ts), there
 * whenever data with a history is drawn. The skeleton draws the same boxes from the first load, so
 * that it stays as it is when the chunk comes: the placeholder's results (percentages: 85.5 four
 * times, then 90.5) on the 80-100 scale the history gives them, and the table's summary.
 */
function history(data: Evaluation, level: number, view: ScorecardView): TemplateResult | typeof nothing {
  if (!view.showHistory || !data.history.length) return nothing;
  if (!view.placeholder) return view.history?.historySection(data, level, view) ?? nothing;
  const f = view.format;
  const entries = [...data.history, { cycle: data.cycle.number, result: data.result }];
  const percentages = entries.map(({ result }) => (result as { percentage: number }).percentage);
  const chart = trendChart(
    percentages.map((percentage) => f.number(percentage, { maximumFractionDigits: 1 })),
    percentages.map((percentage) => (percentage - 80) / 20),
    entries.map((entry) => f.number(entry.cycle)),
    trendAxes(localizedText(data.cycle.programme, view.locale), true),
  );
  return historyFrame(level, undefined, chart, nothing);
}

function evidence(data: Evaluation, level: number, view: ScorecardView): TemplateResult | typeof nothing {
  const items = data.evidence ? evidenceItems(view.format, data.evidence) : [];
  if (!items.length) return nothing;
  return html`<section part="evidence" class="evidence">
    ${heading(level, 'section-heading', undefined, msg('Evidence', { id: 'scorecard.evidence' }))}
    <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
  </section>`;
}

function findingsSection(
  items: LocalizedText[],
  title: string,
  level: number,
  className: string,
  view: ScorecardView,
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<section class="findings ${className}">
    ${heading(level, 'section-heading', undefined, title)}
    <ul>${items.map((item) => html`<li>${localizedText(item, view.locale)}</li>`)}</ul>
  </section>`;
}
