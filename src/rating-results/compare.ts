/**
 * The `compare` view (a lazy chunk): the latest period's groups by centre, service or channel as
 * dots and whiskers, sorted, each with its value, interval and votes written beside it (nothing only
 * on hover). The chart is a `<figure>` whose caption summarises it; the same values are in a table
 * one click away (the disclosure button), and in a CSV of that table. The points are one tab stop:
 * the arrows move between them, Home and End go to the first and the last, and each is read as it
 * gets focus. Marks are drawn in the text colour (well over 3:1), and mirrored right to left.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '../core/i18n/msg.js';
import { compareOf, type Compared, type Metric } from './figures.js';
import {
  breakdownName,
  formulaText,
  groupName,
  heldBackText,
  intervalText,
  metricName,
  periodLabel,
  valueText,
  votesText,
} from './text.js';
import type { ResultsView } from './view.js';
import { csvOf, tableOf } from './table.js';
import { chartStyles, onKey, rowChartStyles, tableBlock } from './points.js';

/** The axis of a metric: shares and means on 0..100, the net score on -100..100. */
const domainOf = (metric: Metric): [number, number] => (metric === 'net' ? [-100, 100] : [0, 100]);
const TICKS: Record<'share' | 'net', number[]> = { share: [0, 25, 50, 75, 100], net: [-100, -50, 0, 50, 100] };

/** The chart's summary: what is compared, when, how many groups and the highest and lowest. */
function caption(view: ResultsView, period: string, groups: Compared[]): string {
  const { format, metric, by } = view;
  const what = msg(str`${metricName(metric)} by ${breakdownName(by).toLowerCase()}, ${periodLabel(format, period)}.`, {
    id: 'results.compare-what',
  });
  const first = groups[0]!;
  const last = groups.at(-1)!;
  const range =
    groups.length === 1
      ? msg(str`One group: ${groupName(by, first.key, view)}, ${valueText(format, metric, first.figure.estimate)}.`, {
          id: 'results.compare-one',
        })
      : msg(
          str`${format.number(groups.length)} groups, from ${groupName(by, first.key, view)} (${valueText(format, metric, first.figure.estimate)}) to ${groupName(by, last.key, view)} (${valueText(format, metric, last.figure.estimate)}).`,
          { id: 'results.compare-range' },
        );
  const whiskers = msg(str`Lines show the ${formulaText(format, first.figure.formula, view.confidence)}.`, {
    id: 'results.compare-whiskers',
  });
  return `${what} ${range} ${whiskers}`;
}

/** One group's dot and whisker, on the shared axis (mirrored right to left). */
function mark(view: ResultsView, compared: Compared): TemplateResult {
  const [min, max] = domainOf(view.metric);
  const { rtl } = view;
  const x = (value: number) => `${(rtl ? (max - value) / (max - min) : (value - min) / (max - min)) * 100}%`;
  const { figure } = compared;
  return html`<svg class="mark" aria-hidden="true" focusable="false">
    ${
      figure.low === undefined || figure.high === undefined
        ? nothing
        : svg`<line class="whisker" x1=${x(figure.low)} x2=${x(figure.high)} y1="50%" y2="50%" />
          <line class="cap" x1=${x(figure.low)} x2=${x(figure.low)} y1="25%" y2="75%" />
          <line class="cap" x1=${x(figure.high)} x2=${x(figure.high)} y1="25%" y2="75%" />`
    }
    <circle class="dot" cx=${x(figure.estimate)} cy="50%" r="6" />
  </svg>`;
}

/** The axis above the marks: ticks and their values, in the reader's digits. */
function axis(view: ResultsView): TemplateResult {
  const [min, max] = domainOf(view.metric);
  const { rtl } = view;
  const ticks = TICKS[view.metric === 'net' ? 'net' : 'share'];
  return html`<div class="axis" aria-hidden="true">
    ${ticks.map((tick) => {
      const at = ((rtl ? max - tick : tick - min) / (max - min)) * 100;
      // Placed through the CSSOM (`.style`), which a strict CSP allows; a style attribute it blocks.
      return html`<span class="tick" .style=${`left: ${at}%`}>${valueText(view.format, view.metric, tick)}</span>`;
    })}
  </div>`;
}

export function render(view: ResultsView): TemplateResult {
  const { format, metric, results } = view;
  const compared = compareOf(results, view.filters, view.by, metric, view.confidence);
  if (!compared || compared.groups.length === 0) return html``;
  const { period, groups } = compared;
  const table = tableOf(view, period, groups);
  return html`<figure class="compare">
    <figcaption>${caption(view, period, groups)}</figcaption>
    <div class="chart">
      ${axis(view)}
      <ol class="points" aria-label=${msg(str`${metricName(metric)}, highest first`, { id: 'results.points-label' })} @keydown=${onKey}>
        ${groups.map(
          (group, i) =>
            html`<li class="point" tabindex=${i === 0 ? '0' : '-1'}>
              <span class="name">${groupName(view.by, group.key, view)}</span>
              <span class="value"
                ><strong>${valueText(format, metric, group.figure.estimate)}</strong>
                <span class="range">${intervalText(format, metric, group.figure)}</span>
                <span class="votes">${votesText(format, group.figure.n)}</span></span
              >
              ${mark(view, group)}
            </li>`,
        )}
      </ol>
    </div>
    ${results.suppressedCells > 0 ? html`<p class="note">${heldBackText(format, results.minGroup)}</p>` : nothing}
    ${tableBlock(table, csvOf(view, table), `results-${period}.csv`, caption(view, period, groups))}
  </figure>`;
}

export const styles = css`
  ${chartStyles}
  ${rowChartStyles}
  .compare {
    margin: 0;
  }
  figcaption {
    margin-block-end: calc(var(--_space) * 2);
  }
  .range {
    color: var(--_muted);
  }
  .whisker,
  .cap {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .dot {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  @media (forced-colors: active) {
    .whisker,
    .cap {
      stroke: CanvasText;
    }
    .dot {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
