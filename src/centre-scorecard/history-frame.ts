/**
 * What the history section and its skeleton share: the section with its heading, the trend chart
 * and the table's disclosure. The history chunk (./history.ts) fills it with an evaluation's figures
 * and table; the skeleton, from the first load, with the placeholder's: the same boxes before the
 * chunk has come and after.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/i18n/msg.js';
import { trendLine } from './graphics.js';
import { heading } from './heading.js';
import { programmeCycle } from './text.js';

/** The chart's axes: their titles carry the unit and the programme, so each label stays short. */
export interface TrendAxes {
  /** "Result (%)" for percentages, else "Result". */
  result: string;
  /** "Taqyeem cycle". */
  cycle: string;
}

/**
 * The trend across cycles, aria-hidden (the table says the same): the results above the line and
 * the cycles below it, one equal column each; `values` are 0..1 (undefined leaves a gap). Labels are
 * figures only ("82.5", "1"): five "82.5%" or "Taqyeem 1" were wider than their columns on a phone,
 * and ran into each other.
 */
export function trendChart(results: string[], values: (number | undefined)[], cycles: string[], axes: TrendAxes): TemplateResult {
  return html`<div class="trend" aria-hidden="true">
    <p class="axis-title">${axes.result}</p>
    <div class="trend-row">${results.map((label) => html`<span>${label}</span>`)}</div>
    ${trendLine(values)}
    <div class="trend-row">${cycles.map((label) => html`<span>${label}</span>`)}</div>
    <p class="axis-title">${axes.cycle}</p>
  </div>`;
}

/** The axes of a chart of `programme`'s cycles, in percent or on another scale. */
export const trendAxes = (programme: string, percent: boolean): TrendAxes => ({
  result: percent ? msg('Result (%)', { id: 'scorecard.result-percent' }) : msg('Result', { id: 'scorecard.result' }),
  cycle: programmeCycle(programme),
});

/** The history section: its heading (`headingId` names it, not in the skeleton), the chart, and the table behind a disclosure. */
export function historyFrame(
  level: number,
  headingId: string | undefined,
  chart: TemplateResult | typeof nothing,
  table: TemplateResult | typeof nothing,
): TemplateResult {
  return html`<section part="history" class="history">
    ${heading(level, 'section-heading', headingId, msg('Results across cycles', { id: 'scorecard.results-across-cycles' }))} ${chart}
    <details class="history-table">
      <summary>${msg('Results by cycle, as a table', { id: 'scorecard.history-table' })}</summary>
      ${table}
    </details>
  </section>`;
}
