import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

type Tag = keyof HTMLElementTagNameMap;
type LocalizedElement = HTMLElement & { localeReady(): Promise<void> };

/** Renders `template` in a box `width` px wide and returns its (first) `tag`, once its words are here. */
export async function mountIn<K extends Tag>(tag: K, template: TemplateResult | Element, width: number): Promise<HTMLElementTagNameMap[K]> {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>${template}</div>`);
  const el = box.querySelector(tag)!;
  await (el as unknown as LocalizedElement).localeReady();
  return el;
}

/** A `tag` carrying `payload` as inline JSON (a string is written as it is), not yet in the page. */
export function withInlineJsonIn<K extends Tag>(
  tag: K,
  payload: unknown,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof payload === 'string' ? payload : JSON.stringify(payload);
  el.append(script);
  return el;
}
