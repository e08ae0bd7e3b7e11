/**
 * The words of the `distribution` and `reasons` views: the names of scores and sides, of reasons,
 * and the patterns that tell the categories apart without colour. Called during render, so `msg()`
 * answers in the element's locale.
 */
import { svg, type TemplateResult } from 'lit';
import type { Formats } from '../core/i18n/format.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { msg, str } from '../core/i18n/msg.js';
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
