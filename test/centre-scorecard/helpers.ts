import type { TemplateResult } from 'lit';
import '../../src/centre-scorecard/define.js';
import type { CentreScorecard } from '../../src/centre-scorecard/define.js';
import { shadowText, until } from '../helpers/fake-api.js';
import { mountIn, withInlineJsonIn } from '../helpers/mount.js';

export type { CentreScorecard };

/** Waits until the element shows something other than its loading skeleton, in its own language. */
export async function settled(el: CentreScorecard): Promise<CentreScorecard> {
  await until(() => el.shadowRoot && !el.shadowRoot.querySelector('.placeholder'), 'the evaluation, a message or an error');
  await el.localeReady();
  return el;
}

/** Renders `template` in a box `width` px wide and returns the (first) element. */
export const mount = (template: TemplateResult | Element, width = 640): Promise<CentreScorecard> =>
  mountIn('centre-scorecard', template, width);

/** An element carrying `payload` as inline JSON (a string is written as it is). */
export const withInlineJson = (payload: unknown, attributes: Record<string, string> = {}): CentreScorecard =>
  withInlineJsonIn('centre-scorecard', payload, attributes);

export const text = (el: CentreScorecard, selector?: string) => shadowText(el, selector);
export const height = (el: Element) => el.getBoundingClientRect().height;
