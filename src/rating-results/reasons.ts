/**
 * The `reasons` view (a lazy chunk): for each reason, most cited first, the share of the positive
 * votes that cite it against the share of the negative votes that do, as a paired bar either side of
 * a centre line (negative striped, positive solid; mirrored right to left), each with its Wilson
 * interval as a whisker. A reason whose cell is not published is not drawn: the caption counts it as
 * held back, without any figure of it. The points are one tab stop (arrows, Home, End), each read with
 * its values as it gets focus; the table of every value is one click away, and its CSV.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Formats } from '../core/i18n/format.js';
import { msg, str } from '../core/i18n/msg.js';
import { notice } from '../core/notice.js';
import { chartStyles, onKey, tableBlock } from './points.js';
import { patterns, reasonName } from './share-text.js';
import { reasonsOf, type CitedReason, type CitedShare } from './shares.js';
import { csvOf, type Table } from './table.js';
import { formulaText, heldBackText, periodLabel, votesText } from './text.js';
import type { ResultsView } from './view.js';

const share = (format: Formats, value: number) => format.percent(Math.round(value), 0);

/** "34% of positive votes"; "no positive votes" where there are none to cite it. */
function sideText(format: Formats, side: 'positive' | 'negative', cited: CitedShare | undefined): string {
  if (side === 'positive')
    return cited
      ? msg(str`${share(format, cited.estimate)} of positive votes`, { id: 'results.reason-positive' })
      : msg('no positive votes', { id: 'results.reason-no-positive' });
  return cited
    ? msg(str`${share(format, cited.estimate)} of negative votes`, { id: 'results.reason-negative' })
    : msg('no negative votes', { id: 'results.reason-no-negative' });
}

/** An interval in words, for a screen reader and the table: "28% to 41%". */
const intervalOf = (format: Formats, cited: CitedShare | undefined) =>
  cited ? msg(str`${share(format, cited.low)} to ${share(format, cited.high)}`, { id: 'results.interval' }) : '';

/** "Reasons not shown, too few votes cite them: 2.", or nothing (a count only: no figure of theirs). */
function heldBackReasons(format: Formats, heldBack: number): string {
  if (heldBack === 0) return '';
  return msg(str`Reasons not shown, too few votes cite them: ${format.number(heldBack)}.`, { id: 'results.reasons-held-back' });
}

function caption(view: ResultsView, period: string, reasons: readonly CitedReason[], heldBack: number): string {
  const { format } = view;
  const what = msg(str`Reasons given, ${periodLabel(format, period)}, most cited first.`, { id: 'results.reasons-what' });
  const first = reasons[0]!;
  const top =
    reasons.length === 1
      ? msg(
          str`One reason: ${reasonName(first.reason, view)}, ${sideText(format, 'positive', first.positive)} and ${sideText(format, 'negative', first.negative)}.`,
          {
            id: 'results.reasons-one',
          },
        )
      : msg(
          str`${format.number(reasons.length)} reasons; the most cited, ${reasonName(first.reason, view)}: ${sideText(format, 'positive', first.positive)} and ${sideText(format, 'negative', first.negative)}.`,
          { id: 'results.reasons-range' },
        );
  const layout =
    view.locale === 'ar'
      ? msg('Negative votes right of the centre line, positive ones left of it.', { id: 'results.reasons-rtl' })
      : msg('Negative votes left of the centre line, positive ones right of it.', { id: 'results.reasons-ltr' });
  const whiskers = msg(str`Lines show the ${formulaText(format, 'wilson', view.confidence)}.`, { id: 'results.compare-whiskers' });
  return [what, top, layout, whiskers, heldBackReasons(format, heldBack)].filter(Boolean).join(' ');
}

function tableOfReasons(view: ResultsView, reasons: readonly CitedReason[]): Table {
  const { format } = view;
  const value = (cited: CitedShare | undefined) => (cited ? share(format, cited.estimate) : '');
  const bound = (cited: CitedShare | undefined, end: 'low' | 'high') => (cited ? share(format, cited[end]) : '');
  return {
    head: [
      msg('Reason', { id: 'results.column-reason' }),
      msg('Share of positive votes', { id: 'results.column-positive' }),
      msg('Lower bound', { id: 'results.column-low' }),
      msg('Upper bound', { id: 'results.column-high' }),
      msg('Share of negative votes', { id: 'results.column-negative' }),
      msg('Lower bound', { id: 'results.column-low' }),
      msg('Upper bound', { id: 'results.column-high' }),
      msg('Votes citing it', { id: 'results.column-citing' }),
    ],
    rows: reasons.map((reason) => [
      reasonName(reason.reason, view),
      value(reason.positive),
      bound(reason.positive, 'low'),
      bound(reason.positive, 'high'),
      value(reason.negative),
      bound(reason.negative, 'low'),
      bound(reason.negative, 'high'),
      format.number(reason.n),
    ]),
  };
}

/** The reach of each side of the axis: the highest bound, rounded up to a quarter (25% at least). */
const reachOf = (reasons: readonly CitedReason[]) =>
  Math.min(
    100,
    Math.max(25, Math.ceil(Math.max(...reasons.flatMap(({ positive, negative }) => [positive?.high ?? 0, negative?.high ?? 0])) / 25) * 25),
  );

/** Where a share sits on `side` of the centre line, in per cent of the width (negative left, mirrored right to left). */
function at(view: ResultsView, reach: number, side: 'positive' | 'negative', value: number): number {
  const signed = side === 'positive' ? value : -value;
  const rtl = view.locale === 'ar';
  return (((rtl ? -signed : signed) + reach) / (2 * reach)) * 100;
}

function mark(view: ResultsView, reach: number, reason: CitedReason): TemplateResult {
  const sides = (['negative', 'positive'] as const).map((side) => {
    const cited = reason[side];
    if (!cited) return nothing;
    const [a, b] = [at(view, reach, side, 0), at(view, reach, side, cited.estimate)];
    const [low, high] = [at(view, reach, side, cited.low), at(view, reach, side, cited.high)];
    return svg`<rect class="segment" data-side=${side} x=${`${Math.min(a, b)}%`} width=${`${Math.abs(b - a)}%`} y="15%" height="70%" />
      ${side === 'negative' ? svg`<rect class="overlay" fill="url(#texture-stripes)" x=${`${Math.min(a, b)}%`} width=${`${Math.abs(b - a)}%`} y="15%" height="70%" />` : nothing}
      <line class="whisker" x1=${`${low}%`} x2=${`${high}%`} y1="50%" y2="50%" />
      <line class="cap" x1=${`${low}%`} x2=${`${low}%`} y1="30%" y2="70%" />
      <line class="cap" x1=${`${high}%`} x2=${`${high}%`} y1="30%" y2="70%" />`;
  });
  return html`<svg class="mark" aria-hidden="true" focusable="false">
    ${sides}
    <line class="centre" x1="50%" x2="50%" y1="-15%" y2="115%" />
  </svg>`;
}

function axis(view: ResultsView, reach: number): TemplateResult {
  const ticks = [
    ['negative', reach],
    ['negative', reach / 2],
    ['positive', 0],
    ['positive', reach / 2],
    ['positive', reach],
  ] as const;
  return html`<div class="axis" aria-hidden="true">
    ${ticks.map(
      // Placed through the CSSOM (`.style`), which a strict CSP allows; a style attribute it blocks.
      ([side, value]) => html`<span class="tick" .style=${`left: ${at(view, reach, side, value)}%`}>${share(view.format, value)}</span>`,
    )}
  </div>`;
}

/** No reason to draw: none given, or every one held back. */
function noReasons(view: ResultsView, heldBack: number): TemplateResult {
  if (heldBack === 0)
    return notice(
      'neutral',
      msg('No reasons given', { id: 'results.reasons-empty' }),
      msg('No one chose a reason with their vote in this period.', { id: 'results.reasons-empty-text' }),
    );
  const minimum = view.format.number(view.results.minGroup);
  return notice(
    'neutral',
    msg('Not shown, to protect privacy', { id: 'results.suppressed' }),
    msg(str`Each reason here was cited by fewer than ${minimum} votes, so it is not shown.`, { id: 'results.reasons-suppressed-text' }),
  );
}

export function render(view: ResultsView): TemplateResult {
  const { format, results } = view;
  const cited = reasonsOf(results, view.filters, view.confidence);
  if (!cited) return html``;
  const { period, reasons, heldBack } = cited;
  if (reasons.length === 0) return noReasons(view, heldBack);
  const reach = reachOf(reasons);
  const summary = caption(view, period, reasons, heldBack);
  const table = tableOfReasons(view, reasons);
  return html`<figure class="reasons">
    <figcaption>${summary}</figcaption>
    <svg class="defs" aria-hidden="true" focusable="false">${patterns()}</svg>
    <ul class="legend" aria-label=${msg('Sides', { id: 'results.legend-sides' })}>
      ${(['negative', 'positive'] as const).map(
        (side) =>
          html`<li>
            <svg class="swatch" aria-hidden="true" focusable="false">
              <rect class="segment" data-side=${side} width="100%" height="100%" />
              ${side === 'negative' ? svg`<rect class="overlay" fill="url(#texture-stripes)" width="100%" height="100%" />` : nothing}</svg
            >${
              side === 'negative'
                ? msg(str`Negative votes (${format.number(cited.votes.negative)})`, { id: 'results.legend-negative' })
                : msg(str`Positive votes (${format.number(cited.votes.positive)})`, { id: 'results.legend-positive' })
            }
          </li>`,
      )}
    </ul>
    <div class="chart">
      ${axis(view, reach)}
      <ol class="points" aria-label=${msg('Reasons, most cited first', { id: 'results.reasons-points' })} @keydown=${onKey}>
        ${reasons.map(
          (reason, i) =>
            html`<li class="point" tabindex=${i === 0 ? '0' : '-1'}>
              <span class="name">${reasonName(reason.reason, view)}</span>
              <span class="value"
                ><span>${sideText(format, 'positive', reason.positive)}</span>
                <span class="visually-hidden">${intervalOf(format, reason.positive)}</span>
                <span>${sideText(format, 'negative', reason.negative)}</span>
                <span class="visually-hidden">${intervalOf(format, reason.negative)}</span>
                <span class="votes">${votesText(format, reason.n)}</span></span
              >
              ${mark(view, reach, reason)}
            </li>`,
        )}
      </ol>
    </div>
    ${results.suppressedCells > 0 ? html`<p class="note">${heldBackText(format, results.minGroup)}</p>` : nothing}
    ${tableBlock(table, csvOf(view, table), `results-reasons-${period}.csv`, summary)}
  </figure>`;
}

export const styles = css`
  ${chartStyles}
  .reasons {
    margin: 0;
  }
  figcaption {
    margin-block-end: calc(var(--_space) * 2);
  }
  .defs {
    position: absolute;
    inline-size: 0;
    block-size: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    font-size: 0.875rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
  }
  .swatch {
    inline-size: 1.5rem;
    block-size: 1rem;
  }
  .chart {
    position: relative;
    --_label: min(40%, 16rem);
    --_gap: calc(var(--_space) * 2);
    --_inset: 1.25rem;
  }
  .axis {
    position: relative;
    block-size: 1.5rem;
    margin-inline: calc(var(--_label) + var(--_gap) + var(--_inset)) var(--_inset);
    font-size: 0.8125rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .tick {
    position: absolute;
    transform: translateX(-50%);
  }
  .points {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .point {
    display: grid;
    grid-template-columns: var(--_label) 1fr;
    grid-template-areas: 'name mark' 'value mark';
    align-items: center;
    column-gap: var(--_gap);
    padding-block: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
  }
  .point:focus-visible {
    outline-offset: 0;
  }
  .name {
    grid-area: name;
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .value {
    grid-area: value;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  .votes {
    color: var(--_muted);
  }
  .mark {
    grid-area: mark;
    inline-size: calc(100% - 2 * var(--_inset));
    margin-inline: var(--_inset);
    block-size: 1.75rem;
    overflow: visible;
  }
  .segment[data-side='negative'] {
    fill: var(--_danger);
  }
  .segment[data-side='positive'] {
    fill: var(--_success);
  }
  .texture {
    fill: var(--_surface);
  }
  .whisker,
  .cap,
  .centre {
    stroke: var(--_text);
    stroke-width: 2;
  }
  @container (max-width: 32rem) {
    .chart {
      --_label: 0px;
      --_gap: 0px;
    }
    .point {
      grid-template-columns: 1fr;
      grid-template-areas: 'name' 'value' 'mark';
    }
  }
  @media (forced-colors: active) {
    .segment[data-side='negative'] {
      fill: Canvas;
      stroke: CanvasText;
    }
    .segment[data-side='positive'],
    .texture {
      fill: CanvasText;
    }
    .whisker,
    .cap,
    .centre {
      stroke: CanvasText;
    }
  }
`;
