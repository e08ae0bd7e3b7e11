import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/centre-scorecard/define.js';
import type { CentreScorecard } from '../../src/centre-scorecard/define.js';
import { shadowText, until } from '../helpers/fake-api.js';

export type { CentreScorecard };

/** Waits until the element shows something other than its loading skeleton, in its own language. */
export async function settled(el: CentreScorecard): Promise<CentreScorecard> {
  await until(() => el.shadowRoot && !el.shadowRoot.querySelector('.placeholder'), 'the evaluation, a message or an error');
  await el.localeReady();
  return el;
}

/** Renders `template` (one scorecard) in a box `width` px wide and returns the scorecard. */
export async function mount(template: TemplateResult | Element, width = 640): Promise<CentreScorecard> {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>${template}</div>`);
  const el = box.querySelector('centre-scorecard')!;
  await el.localeReady();
  return el;
}

/** A scorecard carrying `payload` as inline JSON (a string is written as it is). */
export function withInlineJson(payload: unknown, attributes: Record<string, string> = {}): CentreScorecard {
  const el = document.createElement('centre-scorecard');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof payload === 'string' ? payload : JSON.stringify(payload);
  el.append(script);
  return el;
}

export const text = (el: CentreScorecard, selector?: string) => shadowText(el, selector);
export const height = (el: Element) => el.getBoundingClientRect().height;
