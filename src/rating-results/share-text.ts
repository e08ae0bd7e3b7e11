/**
 * The words of the `distribution` and `reasons` views: the names of scores and sides, of reasons,
 * and the patterns that tell the categories apart without colour. Called during render, so `msg()`
 * answers in the element's locale.
 */
import { css, svg, type TemplateResult } from 'lit';
import type { Formats } from '../core/i18n/format.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { msg, str } from '../core/i18n/msg.js';
import { chartStyles, rowChartStyles } from './points.js';
import type { Category, Side } from './shares.js';
import type { ResultsView } from './view.js';

/** A category's name: "4 stars", "Unhappy", "Thumb up"; or a side: "Negative". */
export function categoryName(format: Formats, category: Category): string {
  const [scale, value] = category.id.split(':') as [string, string];
  if (scale === 'stars') {
    const count = format.number(Number(value));
    return Number(value) === 1 ? msg(str`${count} star`, { id: 'results.star' }) : msg(str`${count} stars`, { id: 'results.stars' });
  }
  if (scale === 'faces')
    return value === '1'
      ? msg('Unhappy', { id: 'results.face-unhappy' })
      : value === '2'
        ? msg('Neutral', { id: 'results.face-neutral' })
        : msg('Happy', { id: 'results.face-happy' });
  if (scale === 'thumbs')
    return value === '0' ? msg('Thumb down', { id: 'results.thumb-down' }) : msg('Thumb up', { id: 'results.thumb-up' });
  return sideName(category.side);
}

/** "Negative", "Neutral", "Positive". */
export function sideName(side: Side): string {
  if (side === 'negative') return msg('Negative', { id: 'results.side-negative' });
  if (side === 'positive') return msg('Positive', { id: 'results.side-positive' });
  return msg('Neutral', { id: 'results.side-neutral' });
}

/**
 * A reason's name: the built-in reasons of `<service-rating>` (the same id for a good and a poor
 * score, "It was quick" and "It took too long", so named by what they are about), a portal's own
 * reason by the answer's `names.reasons` where given, else its id.
 */
export function reasonName(reason: string, view: Pick<ResultsView, 'results' | 'locale'>): string {
  const named = view.results.names?.reasons?.[reason];
  if (named) return localizedText(named, view.locale);
  switch (reason) {
    case 'effectiveness':
      return msg('Getting what was needed', { id: 'results.reason-effectiveness' });
    case 'ease':
      return msg('Ease', { id: 'results.reason-ease' });
    case 'efficiency':
      return msg('Speed', { id: 'results.reason-efficiency' });
    case 'transparency':
      return msg('Clear steps', { id: 'results.reason-transparency' });
    case 'employee':
      return msg('Staff', { id: 'results.reason-employee' });
    case 'other':
      return msg('Something else', { id: 'results.reason-other' });
    default:
      return reason;
  }
}

/**
 * How a category is filled besides its colour: the farthest scores solid, the nearer ones striped,
 * the middle dotted (the reasons' negative side striped too). The patterns are drawn in the surface
 * colour over the category's colour, and in forced colours in the text colour over the canvas.
 */
export type Texture = 'solid' | 'stripes' | 'dots';

export function textureOf(category: Category, farthest: number): Texture {
  return category.distance === 0 ? 'dots' : category.distance === farthest ? 'solid' : 'stripes';
}

/** The patterns, once per view (ids are unique in the element's shadow root). */
export const patterns = (): TemplateResult =>
  svg`<defs>
    <pattern id="texture-stripes" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect class="texture" x="0" y="0" width="2.5" height="6" />
    </pattern>
    <pattern id="texture-dots" patternUnits="userSpaceOnUse" width="6" height="6">
      <circle class="texture" cx="3" cy="3" r="1.4" />
    </pattern>
  </defs>`;

/**
 * The styles the diverging views share (distribution, reasons): the legend, the axis above the
 * bars, a row per group or reason (its name and values beside its bar; under it when narrow), the
 * colours of the sides (3:1 or more on the surface), the textures and the centre line.
 */
export const divergingStyles = css`
  ${chartStyles}
  ${rowChartStyles}
  figure {
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
  .segment[data-side='negative'] {
    fill: var(--_danger);
  }
  .segment[data-side='neutral'] {
    fill: var(--_neutral);
  }
  .segment[data-side='positive'] {
    fill: var(--_success);
  }
  .texture {
    fill: var(--_surface);
  }
  .centre {
    stroke: var(--_text);
    stroke-width: 2;
  }
  @media (forced-colors: active) {
    .texture {
      fill: CanvasText;
    }
    .centre {
      stroke: CanvasText;
    }
  }
`;
