/**
 * The `distribution` view (a lazy chunk): the latest period's groups by centre, service or channel as
 * 100% diverging stacked bars, in the order compare sorts them: each group's votes per score, the
 * negative scores on one side of a centre line, the positive ones on the other and the middle score
 * across it (mirrored right to left). Each score has a texture as well as a colour (solid, striped,
 * dotted), kept in forced colours. Every share is written in the point's text, read as it gets
 * focus (one tab stop; arrows, Home, End), and in the table one click away, and its CSV.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Formats } from '../core/i18n/format.js';
import { msg, str } from '../core/i18n/msg.js';
import { onKey, tableBlock } from './points.js';
import { categoryName, divergingStyles, patterns, sideName, textureOf } from './share-text.js';
import { distributionOf, divergingAxis, onAxis, type Category, type Distributed, type Side } from './shares.js';
import { csvOf, type Table } from './table.js';
import { breakdownName, groupName, heldBackText, metricName, periodLabel, votesText } from './text.js';
import type { ResultsView } from './view.js';

const share = (format: Formats, value: number) => format.percent(Math.round(value), 0);

/** The shares of each side: what the bar shows either side of the centre line. */
function sides(categories: readonly Category[], shares: readonly number[]): Record<Side, number> {
  const total: Record<Side, number> = { negative: 0, neutral: 0, positive: 0 };
  categories.forEach((category, i) => (total[category.side] += shares[i]!));
  return total;
}

/** A group's sides in words: "Negative 23% · Neutral 15% · Positive 62%" (no neutral where the scale has none), each kept on one line. */
function sidesText(format: Formats, categories: readonly Category[], shares: readonly number[]): TemplateResult[] {
  const total = sides(categories, shares);
  const hasNeutral = categories.some((category) => category.side === 'neutral');
  return (['negative', 'neutral', 'positive'] as const)
    .filter((side) => side !== 'neutral' || hasNeutral)
    .map((side, i) => html`${i > 0 ? ' · ' : ''}<span class="side">${sideName(side)} ${share(format, total[side])}</span>`);
}

/** Every score's share in words, for a screen reader (the table has them too): "1 star 5%, 2 stars 4%, ...". */
function scoresText(format: Formats, categories: readonly Category[], shares: readonly number[]): string {
  return format.list(
    categories.map((category, i) => `${categoryName(format, category)} ${share(format, shares[i]!)}`),
    'unit',
  );
}

function caption(view: ResultsView, period: string, categories: readonly Category[], groups: readonly Distributed[]): string {
  const { format, metric, by } = view;
  const what = msg(
    str`Votes per score by ${breakdownName(by).toLowerCase()}, ${periodLabel(format, period)}; sorted by ${metricName(metric).toLowerCase()}, highest first.`,
    {
      id: 'results.distribution-what',
    },
  );
  const positive = (group: Distributed) => share(format, sides(categories, group.shares).positive);
  const first = groups[0]!;
  const last = groups.at(-1)!;
  const range =
    groups.length === 1
      ? msg(str`One group: ${groupName(by, first.key, view)}, ${positive(first)} positive.`, { id: 'results.distribution-one' })
      : msg(
          str`${format.number(groups.length)} groups, from ${groupName(by, first.key, view)} (${positive(first)} positive) to ${groupName(by, last.key, view)} (${positive(last)} positive).`,
          { id: 'results.distribution-range' },
        );
  const layout = view.rtl
    ? msg('Each bar is a group’s votes: negative scores right of the centre line, positive ones left of it, the middle score across it.', {
        id: 'results.distribution-rtl',
      })
    : msg('Each bar is a group’s votes: negative scores left of the centre line, positive ones right of it, the middle score across it.', {
        id: 'results.distribution-ltr',
      });
  return `${what} ${range} ${layout}`;
}

/** The formula of the CSV's first line: shares, not estimates with an interval. */
export const distributionFormula = () => msg('share of the group’s votes per score, no interval', { id: 'results.distribution-formula' });

function tableOfDistribution(view: ResultsView, categories: readonly Category[], groups: readonly Distributed[]): Table {
  const { format } = view;
  return {
    head: [
      breakdownName(view.by),
      ...categories.map((category) => categoryName(format, category)),
      msg('Votes', { id: 'results.votes-heading' }),
    ],
    rows: groups.map((group) => [
      groupName(view.by, group.key, view),
      ...group.shares.map((value) => share(format, value)),
      format.number(group.figure.n),
    ]),
  };
}

type Axis = ReturnType<typeof divergingAxis>;

/** The axis of the bars: as far as the farthest bar reaches on each side of the centre line. */
function axisOf(categories: readonly Category[], groups: readonly Distributed[]): Axis {
  const reach = groups.map((group) => sides(categories, group.shares));
  return divergingAxis(
    Math.max(...reach.map((side) => side.negative + side.neutral / 2)),
    Math.max(...reach.map((side) => side.positive + side.neutral / 2)),
  );
}

/** One group's bar: its segments either side of the centre line, each coloured and textured. */
function bar(view: ResultsView, scale: Axis, categories: readonly Category[], group: Distributed): TemplateResult {
  const { rtl } = view;
  const at = (value: number) => onAxis(scale, rtl, value);
  const total = sides(categories, group.shares);
  const farthest = Math.max(...categories.map((category) => category.distance));
  let from = -(total.negative + total.neutral / 2);
  const segments = categories.map((category, i) => {
    const width = group.shares[i]!;
    const [a, b] = [at(from), at(from + width)];
    from += width;
    if (width === 0) return nothing;
    const x = `${Math.min(a, b)}%`;
    const w = `${Math.abs(b - a)}%`;
    const texture = textureOf(category, farthest);
    return svg`<rect class="segment" data-side=${category.side} data-texture=${texture} data-category=${category.id} x=${x} width=${w} y="0" height="100%" />
      ${texture === 'solid' ? nothing : svg`<rect class="overlay" fill=${`url(#texture-${texture})`} x=${x} width=${w} y="0" height="100%" />`}`;
  });
  return html`<svg class="mark" aria-hidden="true" focusable="false">
    ${segments}
    <line class="centre" x1=${`${at(0)}%`} x2=${`${at(0)}%`} y1="-15%" y2="115%" />
  </svg>`;
}

/** A category's swatch for the legend: its colour and texture. */
function swatch(category: Category, farthest: number): TemplateResult {
  const texture = textureOf(category, farthest);
  return html`<svg class="swatch" aria-hidden="true" focusable="false">
    <rect class="segment" data-side=${category.side} data-texture=${texture} width="100%" height="100%" />
    ${texture === 'solid' ? nothing : svg`<rect class="overlay" fill=${`url(#texture-${texture})`} width="100%" height="100%" />`}
  </svg>`;
}

function axis(view: ResultsView, scale: Axis): TemplateResult {
  const { rtl } = view;
  return html`<div class="axis" aria-hidden="true">
    ${scale.ticks.map(
      // Placed through the CSSOM (`.style`), which a strict CSP allows; a style attribute it blocks.
      (tick) => html`<span class="tick" .style=${`left: ${onAxis(scale, rtl, tick)}%`}>${share(view.format, Math.abs(tick))}</span>`,
    )}
  </div>`;
}

export function render(view: ResultsView): TemplateResult {
  const { format, results } = view;
  const distribution = distributionOf(results, view.filters, view.by, view.metric, view.confidence);
  if (!distribution || distribution.groups.length === 0) return html``;
  const { period, categories, groups } = distribution;
  const farthest = Math.max(...categories.map((category) => category.distance));
  const scale = axisOf(categories, groups);
  const summary = caption(view, period, categories, groups);
  const table = tableOfDistribution(view, categories, groups);
  return html`<figure class="distribution">
    <figcaption>${summary}</figcaption>
    <svg class="defs" aria-hidden="true" focusable="false">${patterns()}</svg>
    <ul class="legend" aria-label=${msg('Scores', { id: 'results.legend' })}>
      ${categories.map((category) => html`<li>${swatch(category, farthest)}${categoryName(format, category)}</li>`)}
    </ul>
    <div class="chart">
      ${axis(view, scale)}
      <ol class="points" aria-label=${msg(str`Votes per score; sorted by ${metricName(view.metric).toLowerCase()}, highest first`, { id: 'results.distribution-points' })} @keydown=${onKey}>
        ${groups.map(
          (group, i) =>
            html`<li class="point" tabindex=${i === 0 ? '0' : '-1'}>
              <span class="name">${groupName(view.by, group.key, view)}</span>
              <span class="value"
                ><span class="sides">${sidesText(format, categories, group.shares)}</span>
                <span class="votes">${votesText(format, group.figure.n)}</span>
                <span class="visually-hidden">${scoresText(format, categories, group.shares)}</span></span
              >
              ${bar(view, scale, categories, group)}
            </li>`,
        )}
      </ol>
    </div>
    ${results.suppressedCells > 0 ? html`<p class="note">${heldBackText(format, results.minGroup)}</p>` : nothing}
    ${tableBlock(table, csvOf(view, table, distributionFormula()), `results-${period}.csv`, summary)}
  </figure>`;
}

export const styles = css`
  ${divergingStyles}
  .side {
    white-space: nowrap;
  }
  .segment {
    stroke: var(--_surface);
    stroke-width: 1;
  }
  @media (forced-colors: active) {
    .segment,
    .segment[data-side] {
      fill: Canvas;
      stroke: CanvasText;
    }
    .segment[data-texture='solid'] {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
