import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/rating-results/define.js';
import type { RatingResults } from '../../src/rating-results/define.js';
import { shadowText, until } from '../helpers/fake-api.js';

export type { RatingResults };

/** Waits until the element shows something other than its loading skeleton, in its own language. */
export async function settled(el: RatingResults): Promise<RatingResults> {
  await until(() => el.shadowRoot && !el.shadowRoot.querySelector('.pending'), 'the results, a message or an error');
  await el.localeReady();
  return el;
}

/** Renders `template` in a box `width` px wide and returns the (first) element. */
export async function mount(template: TemplateResult | Element, width = 720): Promise<RatingResults> {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>${template}</div>`);
  const el = box.querySelector('rating-results')!;
  await el.localeReady();
  return el;
}

/** An element carrying `payload` as inline JSON (a string is written as it is). */
export function withInlineJson(payload: unknown, attributes: Record<string, string> = {}): RatingResults {
  const el = document.createElement('rating-results');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof payload === 'string' ? payload : JSON.stringify(payload);
  el.append(script);
  return el;
}

export const text = (el: RatingResults, selector?: string) => shadowText(el, selector);
