/**
 * The stars and maturity schemes (UAE stars, maturity levels): the result's figure, words, drawing
 * and styles, and the change between two results in stars or levels. A lazy chunk, loaded when an
 * evaluation, or an earlier cycle in its history, is in one of them (and with the ranking): a
 * Taqyeem percentage and tier, the common case, needs none of it.
 */
import { css, html, svg, type TemplateResult } from 'lit';
import { selectPlural, type Formats } from '../core/i18n/format.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { msg, str } from '../core/i18n/msg.js';
import type * as z from 'zod/mini';
import type { LocalizedText, MaturityResult, StarsResult } from '../core/contract.js';

/** A result of the schemes this chunk draws. */
export type OtherResult = z.infer<typeof StarsResult> | z.infer<typeof MaturityResult>;

/** "6 of 7 stars" / "٦ من ٧ نجوم". */
export function starsText(format: Formats, stars: number, max: number): string {
  const n = format.number(stars);
  const of = format.number(max);
  return selectPlural(format, max, {
    zero: () => msg(str`${n} of ${of} stars`, { id: 'scorecard.stars.zero' }),
    one: () => msg(str`${n} of one star`, { id: 'scorecard.stars.one' }),
    two: () => msg(str`${n} of two stars`, { id: 'scorecard.stars.two' }),
    few: () => msg(str`${n} of ${of} stars`, { id: 'scorecard.stars.few' }),
    many: () => msg(str`${n} of ${of} stars`, { id: 'scorecard.stars.many' }),
    other: () => msg(str`${n} of ${of} stars`, { id: 'scorecard.stars.other' }),
  });
}

/** "Level 3 of 5: Competent". */
export function maturityText(format: Formats, level: number, levels: LocalizedText[]): string {
  const name = localizedText(levels[level - 1], format.locale);
  return msg(str`Level ${format.number(level)} of ${format.number(levels.length)}: ${name}`, { id: 'scorecard.level-of' });
}

/** A result of these schemes in one line ("6 of 7 stars", "Level 3 of 5: Competent"). */
export function otherResultText(format: Formats, result: OtherResult): string {
  return result.scheme === 'stars' ? starsText(format, result.stars, result.maxStars) : maturityText(format, result.level, result.levels);
}

/** An amount of change in this scheme's unit: "one star", "2 stars", "3 levels". */
export function changeAmount(format: Formats, scheme: OtherResult['scheme'], amount: number): string {
  const n = format.number(amount);
  return scheme === 'stars'
    ? selectPlural(format, amount, {
        zero: () => msg(str`${n} stars`, { id: 'scorecard.star-count.zero' }),
        one: () => msg('one star', { id: 'scorecard.star-count.one' }),
        two: () => msg('two stars', { id: 'scorecard.star-count.two' }),
        few: () => msg(str`${n} stars`, { id: 'scorecard.star-count.few' }),
        many: () => msg(str`${n} stars`, { id: 'scorecard.star-count.many' }),
        other: () => msg(str`${n} stars`, { id: 'scorecard.star-count.other' }),
      })
    : selectPlural(format, amount, {
        zero: () => msg(str`${n} levels`, { id: 'scorecard.levels.zero' }),
        one: () => msg('one level', { id: 'scorecard.levels.one' }),
        two: () => msg('two levels', { id: 'scorecard.levels.two' }),
        few: () => msg(str`${n} levels`, { id: 'scorecard.levels.few' }),
        many: () => msg(str`${n} levels`, { id: 'scorecard.levels.many' }),
        other: () => msg(str`${n} levels`, { id: 'scorecard.levels.other' }),
      });
}

/** Five-pointed star with its top at (x + 12, 1), 24 units wide. */
function starPoints(x: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 ? 4.8 : 11;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    points.push(`${(x + 12 + radius * Math.cos(angle)).toFixed(1)},${(12.5 + radius * Math.sin(angle)).toFixed(1)}`);
  }
  return points.join(' ');
}

/** The stars drawn (aria-hidden: the same figure is written beside them). */
const starRow = (stars: number, max: number) =>
  svg`<svg class="stars" viewBox=${`0 0 ${max * 26} 24`} aria-hidden="true" focusable="false">${Array.from(
    { length: max },
    (_, i) => svg`<polygon class=${i < stars ? 'star filled' : 'star'} points=${starPoints(i * 26)}></polygon>`,
  )}</svg>`;

/** The result as the hero, in these schemes: the stars and their count, or the level on its scale; `below`: programme and period. */
export function otherResult(format: Formats, result: OtherResult, below: TemplateResult): TemplateResult {
  if (result.scheme === 'stars') {
    return html`<div part="result" class="result" data-scheme="stars">
        <p class="result-label">${msg('Star rating', { id: 'scorecard.star-rating' })}</p>
        ${starRow(result.stars, result.maxStars)}
        <p class="score stars-text">${starsText(format, result.stars, result.maxStars)}</p>
        ${below}
      </div>`;
  }
  return html`<div part="result" class="result" data-scheme="maturity">
        <p class="result-label">${msg('Maturity level', { id: 'scorecard.maturity-level' })}</p>
        <p class="score maturity-text">${maturityText(format, result.level, result.levels)}</p>
        <ol class="scale" aria-label=${msg('Maturity scale', { id: 'scorecard.maturity-scale' })}>
          ${result.levels.map((name, i) =>
            i + 1 === result.level
              ? html`<li class="current">${localizedText(name, format.locale)}<span class="visually-hidden"> ${msg('(current level)', { id: 'scorecard.current-level' })}</span></li>`
              : html`<li>${localizedText(name, format.locale)}</li>`,
          )}
        </ol>
        ${below}
      </div>`;
}

/** The stars' and the scale's styles, adopted by the element with this chunk. */
export const styles = css`
  .stars-text,
  .maturity-text {
    font-size: 1.25em;
    line-height: 1.35;
  }
  .stars {
    display: block;
    inline-size: min(100%, 14rem);
    block-size: auto;
  }
  .star {
    fill: none;
    stroke: var(--_star);
    stroke-width: 1.5;
  }
  .star.filled {
    fill: var(--_star);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-start: 0.25rem;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .scale li {
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .scale .current {
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  @media print {
    .stars {
      print-color-adjust: exact;
    }
  }
  @media (forced-colors: active) {
    .star.filled {
      fill: CanvasText;
    }
  }
`;
