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

/**
 * The trend across cycles, aria-hidden (the table says the same): the results above the line and
 * the cycles below it, one equal column each; `values` are 0..1 (undefined leaves a gap).
 */
export function trendChart(results: string[], values: (number | undefined)[], cycles: string[]): TemplateResult {
  return html`<div class="trend" aria-hidden="true">
    <p class="axis-title">${msg('Result', { id: 'scorecard.result' })}</p>
    <div class="trend-row">${results.map((label) => html`<span>${label}</span>`)}</div>
    ${trendLine(values)}
    <div class="trend-row">${cycles.map((label) => html`<span>${label}</span>`)}</div>
    <p class="axis-title">${msg('Cycle', { id: 'scorecard.cycle-column' })}</p>
  </div>`;
}

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
