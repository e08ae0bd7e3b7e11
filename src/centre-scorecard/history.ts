/**
 * The trend across cycles and its table (`show-history`), with their styles: a lazy chunk, loaded
 * from the first render of a scorecard with `show-history`, beside its data (the skeleton draws the
 * same boxes meanwhile, with ./history-frame.ts).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Evaluation } from '../core/contract.js';
import type { Formats } from '../core/i18n/format.js';
import { msg } from '../core/i18n/msg.js';
import type { ScorecardView } from './evaluation-view.js';
import { historyFrame, trendAxes, trendChart } from './history-frame.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { cycleName, known, resultMax, resultText, resultValue, year } from './text.js';

/** The history section of an evaluation that has one (`show-history`). */
export function historySection(data: Evaluation, level: number, view: ScorecardView): TemplateResult {
  const f = view.format;
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
  const chart =
    values.length > 1
      ? trendChart(
          entries.map((entry, i) => (comparable[i] === undefined ? '' : shortResult(f, entry.result))),
          comparable.map((value) => (value === undefined ? undefined : (value - floor) / (top - floor))),
          entries.map((entry) => f.number(entry.cycle)),
          trendAxes(localizedText(data.cycle.programme, view.locale), current?.scheme === 'percentage-tier'),
        )
      : nothing;
  return historyFrame(
    level,
    'history-heading',
    chart,
    html`<table>
      <thead>
        <tr><th scope="col">${msg('Cycle', { id: 'scorecard.cycle-column' })}</th><th scope="col">${msg('Year', { id: 'scorecard.year' })}</th><th scope="col">${msg('Result', { id: 'scorecard.result' })}</th></tr>
      </thead>
      <tbody>
        ${entries.map(
          (entry) => html`<tr>
            <th scope="row">${cycleName(f, data.cycle.programme, entry.cycle)}</th>
            <td>${year(f, entry.year)}</td>
            <td>${resultText(f, entry.result, view.schemes)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

/** A result in a few characters, for the labels of the trend line ("91.4", its axis says %; "6/7"). */
function shortResult(f: Formats, result: Evaluation['result']): string {
  const shown = known(result);
  if (shown?.scheme === 'percentage-tier') return f.number(shown.percentage, { maximumFractionDigits: 1 });
  return shown ? `${f.number(resultValue(shown)!)}/${f.number(resultMax(shown))}` : '';
}

/** The chart's labels and the table; the chart's geometry is the skeleton's too (centre-scorecard.styles.ts). */
export const styles = css`
  .trend-row,
  .axis-title {
    color: var(--_muted);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  @media print {
    .history-table > summary {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .trend-line polyline,
    .trend-line .dot {
      stroke: CanvasText;
    }
  }
`;
