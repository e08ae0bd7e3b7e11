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

/** The CSV behind the download link, decoded. */
export const csvOfLink = (el: RatingResults): string => {
  const href = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.download')!.href;
  return decodeURIComponent(href.slice(href.indexOf(',') + 1));
};

/** RFC 4180 lines of simple cells (quotes only around cells with commas or quotes). */
export const parseCsv = (csv: string): string[][] =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1),
    );

/** The table's cells as text, header row first. */
export const tableCells = (el: RatingResults): string[][] =>
  [...el.shadowRoot!.querySelectorAll('table tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));

/** Every attribute value a screen reader may read (aria-*, title), and the text, and the CSV. */
export const everythingSaid = (el: RatingResults): string => {
  const aria = [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
    [...node.attributes].filter((attribute) => attribute.name.startsWith('aria-') || attribute.name === 'title').map((a) => a.value),
  );
  return [text(el), ...aria, csvOfLink(el)].join('\n');
};
