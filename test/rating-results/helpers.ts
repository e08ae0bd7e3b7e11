import type { TemplateResult } from 'lit';
import '../../src/rating-results/define.js';
import type { RatingResults } from '../../src/rating-results/define.js';
import { shadowText, until } from '../helpers/fake-api.js';
import { mountIn, withInlineJsonIn } from '../helpers/mount.js';

export type { RatingResults };

/** Waits until the element shows something other than its loading skeleton, in its own language. */
export async function settled(el: RatingResults): Promise<RatingResults> {
  await until(() => el.shadowRoot && !el.shadowRoot.querySelector('.pending'), 'the results, a message or an error');
  await el.localeReady();
  return el;
}

/** Renders `template` in a box `width` px wide and returns the (first) element. */
export const mount = (template: TemplateResult | Element, width = 720): Promise<RatingResults> =>
  mountIn('rating-results', template, width);

/** An element carrying `payload` as inline JSON (a string is written as it is). */
export const withInlineJson = (payload: unknown, attributes: Record<string, string> = {}): RatingResults =>
  withInlineJsonIn('rating-results', payload, attributes);

export const text = (el: RatingResults, selector?: string) => shadowText(el, selector);
