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
import { onKey, tableBlock } from './points.js';
import { divergingStyles, patterns, reasonName } from './share-text.js';
import { divergingAxis, onAxis, reasonsOf, type CitedReason, type CitedShare } from './shares.js';
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
  const layout = view.rtl
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
    // Negative first, as drawn; each heading once, so that a screen reader names the column it reads.
    head: [
      msg('Reason', { id: 'results.column-reason' }),
      msg('Share of negative votes', { id: 'results.column-negative' }),
      msg('Negative, lower bound', { id: 'results.column-negative-low' }),
      msg('Negative, upper bound', { id: 'results.column-negative-high' }),
      msg('Share of positive votes', { id: 'results.column-positive' }),
      msg('Positive, lower bound', { id: 'results.column-positive-low' }),
      msg('Positive, upper bound', { id: 'results.column-positive-high' }),
      msg('Votes citing it', { id: 'results.column-citing' }),
    ],
    rows: reasons.map((reason) => [
      reasonName(reason.reason, view),
      value(reason.negative),
      bound(reason.negative, 'low'),
      bound(reason.negative, 'high'),
      value(reason.positive),
      bound(reason.positive, 'low'),
      bound(reason.positive, 'high'),
      format.number(reason.n),
    ]),
  };
}

type Axis = ReturnType<typeof divergingAxis>;

/** The axis: each side as far as its highest bound (negative votes one side of the centre line, positive the other). */
const axisOf = (reasons: readonly CitedReason[]): Axis =>
  divergingAxis(
    Math.max(...reasons.map(({ negative }) => negative?.high ?? 0)),
    Math.max(...reasons.map(({ positive }) => positive?.high ?? 0)),
  );

/** Where a share sits on `side` of the centre line, in per cent of the width (negative at the inline start). */
const at = (view: ResultsView, scale: Axis, side: 'positive' | 'negative', value: number) =>
  onAxis(scale, view.rtl, side === 'positive' ? value : -value);

function mark(view: ResultsView, scale: Axis, reason: CitedReason): TemplateResult {
  const sides = (['negative', 'positive'] as const).map((side) => {
    const cited = reason[side];
    if (!cited) return nothing;
    const [a, b] = [at(view, scale, side, 0), at(view, scale, side, cited.estimate)];
    const [low, high] = [at(view, scale, side, cited.low), at(view, scale, side, cited.high)];
    return svg`<rect class="segment" data-side=${side} x=${`${Math.min(a, b)}%`} width=${`${Math.abs(b - a)}%`} y="15%" height="70%" />
      ${side === 'negative' ? svg`<rect class="overlay" fill="url(#texture-stripes)" x=${`${Math.min(a, b)}%`} width=${`${Math.abs(b - a)}%`} y="15%" height="70%" />` : nothing}
      <line class="halo" x1=${`${low}%`} x2=${`${high}%`} y1="50%" y2="50%" />
      <line class="whisker" x1=${`${low}%`} x2=${`${high}%`} y1="50%" y2="50%" />
      <line class="cap" x1=${`${low}%`} x2=${`${low}%`} y1="30%" y2="70%" />
      <line class="cap" x1=${`${high}%`} x2=${`${high}%`} y1="30%" y2="70%" />`;
  });
  return html`<svg class="mark" aria-hidden="true" focusable="false">
    ${sides}
    <line class="centre" x1=${`${at(view, scale, 'positive', 0)}%`} x2=${`${at(view, scale, 'positive', 0)}%`} y1="-15%" y2="115%" />
  </svg>`;
}

function axis(view: ResultsView, scale: Axis): TemplateResult {
  return html`<div class="axis" aria-hidden="true">
    ${scale.ticks.map(
      // Placed through the CSSOM (`.style`), which a strict CSP allows; a style attribute it blocks.
      (tick) => html`<span class="tick" .style=${`left: ${onAxis(scale, view.rtl, tick)}%`}>${share(view.format, Math.abs(tick))}</span>`,
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
  const scale = axisOf(reasons);
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
      ${axis(view, scale)}
      <ol class="points" aria-label=${msg('Reasons, most cited first', { id: 'results.reasons-points' })} @keydown=${onKey}>
        ${reasons.map(
          (reason, i) =>
            html`<li class="point" tabindex=${i === 0 ? '0' : '-1'}>
              <span class="name">${reasonName(reason.reason, view)}</span>
              <span class="value"
                ><span>${sideText(format, 'negative', reason.negative)}</span>
                <span class="visually-hidden">${intervalOf(format, reason.negative)}</span>
                <span>${sideText(format, 'positive', reason.positive)}</span>
                <span class="visually-hidden">${intervalOf(format, reason.positive)}</span>
                <span class="votes">${votesText(format, reason.n)}</span></span
              >
              ${mark(view, scale, reason)}
            </li>`,
        )}
      </ol>
    </div>
    ${results.suppressedCells > 0 ? html`<p class="note">${heldBackText(format, results.minGroup)}</p>` : nothing}
    ${tableBlock(table, csvOf(view, table), `results-reasons-${period}.csv`, summary)}
  </figure>`;
}

export const styles = css`
  ${divergingStyles}
  .mark {
    block-size: 1.75rem;
  }
  .whisker,
  .cap {
    stroke: var(--_text);
    stroke-width: 2;
  }
  /* Under the whisker, where it crosses its bar: the surface colour, so the line stands out on any fill. */
  .halo {
    stroke: var(--_surface);
    stroke-width: 5;
  }
  @media (forced-colors: active) {
    .segment[data-side='negative'] {
      fill: Canvas;
      stroke: CanvasText;
    }
    .segment[data-side='positive'] {
      fill: CanvasText;
    }
    .whisker,
    .cap {
      stroke: CanvasText;
    }
    .halo {
      stroke: Canvas;
    }
  }
`;
