/**
 * The `trend` view (a lazy chunk): the figure per period as a line with its interval as a band
 * (dashed edges: not colour alone), time left to right in either language (`time-axis="rtl"`: right to left). A period with no
 * published votes (held back, or none) is a gap in the line, never a zero, and the line also breaks
 * where the formula changes. The points are one tab stop (arrows, Home, End), each read with its
 * value as it gets focus and written below the chart; the table of every period is one click away,
 * and its CSV.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '../core/i18n/msg.js';
import { trendOf, type Metric, type TrendPoint } from './figures.js';
import { chartStyles, onKey, tableBlock } from './points.js';
import { csvOf, type Table } from './table.js';
import { formulaText, heldBackText, intervalText, metricName, periodLabel, valueText, votesText } from './text.js';
import type { ResultsView } from './view.js';

const domainOf = (metric: Metric): [number, number] => (metric === 'net' ? [-100, 100] : [0, 100]);
const TICKS: Record<'share' | 'net', number[]> = { share: [0, 25, 50, 75, 100], net: [-100, -50, 0, 50, 100] };

/** A point in words: "March 2026: 75%, 68% to 81%, 160 votes"; a gap: "April 2026: not shown". */
function pointText(view: ResultsView, point: TrendPoint): string {
  const { format, metric } = view;
  const period = periodLabel(format, point.period);
  if (!point.figure) return msg(str`${period}: not shown (no votes, or too few to show)`, { id: 'results.trend-gap' });
  const interval = intervalText(format, metric, point.figure);
  const value = valueText(format, metric, point.figure.estimate);
  const votes = votesText(format, point.figure.n);
  return interval ? msg(str`${period}: ${value}, ${interval}, ${votes}`, { id: 'results.trend-point' }) : `${period}: ${value}, ${votes}`;
}

/** Runs of consecutive points with a figure and the same formula: each is drawn on its own. */
function segments(points: readonly TrendPoint[]): { i: number; point: TrendPoint }[][] {
  const runs: { i: number; point: TrendPoint }[][] = [];
  let run: { i: number; point: TrendPoint }[] = [];
  points.forEach((point, i) => {
    const last = run.at(-1)?.point.figure;
    if (!point.figure || (last && last.formula !== point.figure.formula)) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (point.figure) run.push({ i, point });
  });
  if (run.length) runs.push(run);
  return runs;
}

function caption(view: ResultsView, points: readonly TrendPoint[]): string {
  const { format, metric } = view;
  const shown = points.filter((point) => point.figure);
  const first = shown[0]!;
  const last = shown.at(-1)!;
  const gaps = points.filter((point) => !point.figure).map((point) => periodLabel(format, point.period));
  const what = msg(
    str`${metricName(metric)} per period, ${periodLabel(format, points[0]!.period)} to ${periodLabel(format, points.at(-1)!.period)}: from ${valueText(format, metric, first.figure!.estimate)} to ${valueText(format, metric, last.figure!.estimate)}.`,
    { id: 'results.trend-what' },
  );
  const gapText = gaps.length ? msg(str`Not shown: ${format.list(gaps)}.`, { id: 'results.trend-gaps' }) : '';
  const band = msg(str`The band shows the ${formulaText(format, first.figure!.formula, view.confidence)}.`, { id: 'results.trend-band' });
  return [what, gapText, band].filter(Boolean).join(' ');
}

function tableOfTrend(view: ResultsView, points: readonly TrendPoint[]): Table {
  const { format, metric } = view;
  const bound = (value: number | undefined) => (value === undefined ? '' : valueText(format, metric, value));
  return {
    head: [
      msg('Period', { id: 'results.column-period' }),
      metricName(metric),
      msg('Lower bound', { id: 'results.column-low' }),
      msg('Upper bound', { id: 'results.column-high' }),
      msg('Votes', { id: 'results.votes-heading' }),
    ],
    rows: points.map(({ period, figure }) =>
      figure
        ? [
            periodLabel(format, period),
            valueText(format, metric, figure.estimate),
            bound(figure.low),
            bound(figure.high),
            format.number(figure.n),
          ]
        : [periodLabel(format, period), msg('Not shown', { id: 'results.not-shown' }), '', '', ''],
    ),
  };
}

/** A period on the time axis, short: "Mar 2026", "Q1 2026". */
function shortPeriod(view: ResultsView, period: string): string {
  return /Q/.test(period) ? periodLabel(view.format, period) : view.format.date(`${period}-15`, { month: 'short', year: 'numeric' });
}

/** Writes the focused point's words below the chart (seen, not only heard). */
function onFocus(event: FocusEvent): void {
  const point = (event.target as HTMLElement).closest('li');
  const readout = point?.closest('figure')?.querySelector('.readout');
  if (point && readout) readout.textContent = point.textContent!.trim();
}

export function render(view: ResultsView): TemplateResult {
  const { format, metric, results } = view;
  const points = trendOf(results, view.filters, metric, view.confidence, view.from, view.to);
  if (!points.some((point) => point.figure)) return html``;
  const [min, max] = domainOf(metric);
  // Time runs as `time-axis` says: the plot takes that direction (its y-axis, and the arrow keys, follow it).
  const rtl = view.timeAxis === 'rtl';
  const x = (i: number) => (points.length === 1 ? 50 : ((rtl ? points.length - 1 - i : i) / (points.length - 1)) * 100);
  const y = (value: number) => ((max - value) / (max - min)) * 100;
  const runs = segments(points);
  const table = tableOfTrend(view, points);
  const latest = [...points].reverse().find((point) => point.figure)!;
  const summary = caption(view, points);
  return html`<figure class="trend">
    <figcaption>${summary}</figcaption>
    <div class="plot" dir=${view.timeAxis}>
      <div class="y-axis" aria-hidden="true">
        ${TICKS[metric === 'net' ? 'net' : 'share'].map(
          // Placed through the CSSOM (`.style`), which a strict CSP allows; a style attribute it blocks.
          (tick) => html`<span class="tick" .style=${`top: ${y(tick)}%`}>${valueText(format, metric, tick)}</span>`,
        )}
      </div>
      <div class="area">
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          ${TICKS.share.map((_, k) => svg`<line class="grid" x1="0" x2="100" y1=${k * 25} y2=${k * 25} vector-effect="non-scaling-stroke" />`)}
          ${runs.map((run) => {
            if (run.length === 1) {
              // A period alone between gaps: its interval as a whisker (a band needs two periods).
              const [{ i, point }] = run as [{ i: number; point: TrendPoint }];
              const { low, high, estimate } = point.figure!;
              return svg`<line class="whisker" x1=${x(i)} x2=${x(i)} y1=${y(high ?? estimate)} y2=${y(low ?? estimate)} vector-effect="non-scaling-stroke" />`;
            }
            const upper = run.map(({ i, point }) => `${x(i)},${y(point.figure!.high ?? point.figure!.estimate)}`);
            const lower = run.map(({ i, point }) => `${x(i)},${y(point.figure!.low ?? point.figure!.estimate)}`).reverse();
            const line = run.map(({ i, point }) => `${x(i)},${y(point.figure!.estimate)}`).join(' ');
            return svg`<polygon class="band" points=${[...upper, ...lower].join(' ')} />
              <polyline class="edge" points=${upper.join(' ')} vector-effect="non-scaling-stroke" />
              <polyline class="edge" points=${lower.join(' ')} vector-effect="non-scaling-stroke" />
              <polyline class="line" points=${line} vector-effect="non-scaling-stroke" />`;
          })}
          ${points.map((point, i) =>
            point.figure ? nothing : svg`<line class="gap" x1=${x(i)} x2=${x(i)} y1="0" y2="100" vector-effect="non-scaling-stroke" />`,
          )}
        </svg>
        <ol class="points" aria-label=${msg(str`${metricName(metric)} per period`, { id: 'results.trend-points' })} @keydown=${onKey} @focusin=${onFocus}>
          ${points.map(
            (point, i) =>
              html`<li
                class=${point.figure ? 'dot' : 'dot missing'}
                .style=${`left: ${x(i)}%; top: ${point.figure ? y(point.figure.estimate) : 100}%`}
                tabindex=${point === latest ? '0' : '-1'}
              >
                <span class="visually-hidden">${pointText(view, point)}</span>
              </li>`,
          )}
        </ol>
      </div>
      <div class="x-axis" aria-hidden="true">
        ${points.map((point, i) => {
          // Six labels at most; on a phone three (the others are "minor"), so that none overlaps.
          const every = (most: number) => i % Math.ceil(points.length / most) === 0;
          return every(6)
            ? html`<span class="tick" ?data-minor=${!every(3)} .style=${`left: ${x(i)}%`}>${shortPeriod(view, point.period)}</span>`
            : nothing;
        })}
      </div>
    </div>
    <p class="readout" aria-hidden="true">${pointText(view, latest)}</p>
    ${results.suppressedCells > 0 ? html`<p class="note">${heldBackText(format, results.minGroup)}</p>` : nothing}
    ${tableBlock(table, csvOf(view, table), `results-${points[0]!.period}-${points.at(-1)!.period}.csv`, summary)}
  </figure>`;
}

export const styles = css`
  ${chartStyles}
  .trend {
    margin: 0;
  }
  figcaption {
    margin-block-end: calc(var(--_space) * 2);
  }
  .plot {
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-rows: 14rem auto;
    column-gap: var(--_space);
    /* The ends stand in: a dot at the first or last period, and its label, stay inside. */
    padding-inline-end: 2.5rem;
  }
  .y-axis,
  .x-axis {
    position: relative;
    font-size: 0.8125rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .y-axis {
    inline-size: 3rem;
  }
  .y-axis .tick {
    position: absolute;
    inset-inline-end: 0;
    transform: translateY(-50%);
  }
  .x-axis {
    grid-column: 2;
    block-size: 2.5rem;
    margin-inline: 2.5rem 0;
  }
  .x-axis .tick {
    position: absolute;
    top: 0.5rem;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  .area {
    position: relative;
    margin-inline-start: 2.5rem;
  }
  svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .band {
    fill: color-mix(in srgb, var(--_text) 12%, transparent);
  }
  .edge {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .whisker {
    stroke: var(--_text);
    stroke-width: 2;
  }
  @container (max-width: 32rem) {
    .x-axis .tick[data-minor] {
      display: none;
    }
  }
  .line {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .gap {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 2 4;
  }
  .points {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .dot {
    position: absolute;
    inline-size: 0.875rem;
    block-size: 0.875rem;
    transform: translate(-50%, -50%);
    border: 2px solid var(--_surface);
    border-radius: 50%;
    background: var(--_text);
  }
  .dot.missing {
    background: var(--_surface);
    border: 2px dashed var(--_muted);
  }
  .readout {
    margin: var(--_space) 0 0;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .line,
    .edge,
    .gap,
    .whisker {
      stroke: CanvasText;
    }
    .band {
      fill: none;
    }
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: Canvas;
    }
    .dot.missing {
      background: Canvas;
      border-color: CanvasText;
    }
  }
`;
