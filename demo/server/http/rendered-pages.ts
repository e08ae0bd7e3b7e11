/**
 * The demo pages that are served rendered on the server: every Jawda element in them is replaced by
 * its server rendering (`jawda/ssr`) with its data, so the page shows every scorecard, badge and
 * rating form with no script at all, and loads `jawda.hydrate.min.js`, which takes that markup over.
 * `?lang=en` renders the English page (Arabic by default, as the portal is).
 *
 * An element that cannot be rendered (its centre is unknown, the API fails) is left as it was
 * written: the browser renders it, with its own message, as on any other page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';
import { renderToString, TAGS, type AttributeValue, type JawdaTag } from '../../../src/ssr/index.js';
import { FORM_OUTCOME, FORM_SERVICE } from '../routes/ratings.js';
import type { LogSink } from './request-log.js';

export const RENDERED_PAGES = ['/index.html', '/centres.html', '/quality.html', '/service.html'];

const ELEMENT = new RegExp(`<(${TAGS.join('|')})\\b([^>]*)>([\\s\\S]*?)</\\1>`, 'g');
const ATTRIBUTE = /([a-z][a-z0-9-]*)(?:="([^"]*)")?/g;
const INLINE_JSON = /^\s*<script type="application\/json">([\s\S]*)<\/script>\s*$/;
const OUTCOMES = ['sent', 'score-missing', 'invalid'] as const;

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function attributesOf(markup: string): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const [, name, value] of markup.matchAll(ATTRIBUTE)) attributes[name!] = value === undefined ? true : decode(value);
  return attributes;
}

export interface RenderedPageOptions {
  demoDir: string;
  apiBase: string;
  /** Answers a request to this server's API without the network. */
  api: (request: Request, env: unknown) => Response | Promise<Response>;
  log: LogSink;
  /** The page's trust list of signed records (`data-jawda-trust`): this server as the issuer, with its keys. */
  trust?: unknown;
}

/** The trust script as the demo pages carry it, empty; the server puts its own issuer in. */
export const EMPTY_TRUST_SCRIPT = '<script type="application/json" data-jawda-trust>{"issuers":[]}</script>';

/** A `data-jawda-trust` script of `trust`; `<` escaped, so no text in the list can close the script element. */
export function trustScript(trust: unknown): string {
  return `<script type="application/json" data-jawda-trust>${JSON.stringify(trust).replace(/</g, '\\u003c')}</script>`;
}

/** The page `name` rendered, or undefined when it is not one of RENDERED_PAGES. */
export async function renderedPage(c: Context, name: string, options: RenderedPageOptions): Promise<Response | undefined> {
  if (!RENDERED_PAGES.includes(name)) return undefined;
  const source = await readFile(join(options.demoDir, name.slice(1)), 'utf8').catch(() => undefined);
  if (source === undefined) return undefined;
  const url = new URL(c.req.url);
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'ar';
  const outcome = OUTCOMES.find((value) => value === url.searchParams.get(FORM_OUTCOME));
  const ratedService = url.searchParams.get(FORM_SERVICE);
  const back = new URL(url);
  back.searchParams.delete(FORM_OUTCOME);
  back.searchParams.delete(FORM_SERVICE);
  const now = new Date(); // one clock for the page: every badge's status as of the same moment
  const fetch: typeof globalThis.fetch = async (input, init) => options.api(new Request(input, init), c.env);

  const rendered = await Promise.all(
    [...source.matchAll(ELEMENT)].map(async ([whole, tag, markup, content]) => {
      const attributes = attributesOf(markup!);
      const inline = INLINE_JSON.exec(content!)?.[1];
      try {
        return await renderToString(tag as JawdaTag, {
          attributes,
          locale: lang,
          data: inline === undefined ? undefined : JSON.parse(inline),
          apiBase: `${url.origin}${options.apiBase}`,
          fetch,
          now,
          trust: options.trust, // the page's own trust list: its badges' signed records checked as the page will
          form: { returnTo: back.pathname + back.search, outcome: ratedService === attributes['service-id'] ? outcome : undefined },
        });
      } catch (error) {
        options.log({
          level: 'warn',
          msg: 'server rendering failed; the element renders in the browser',
          path: name,
          tag,
          error: error instanceof Error ? error.message : String(error),
        });
        return whole!;
      }
    }),
  );
  let index = 0;
  const html = source
    .replace(ELEMENT, () => rendered[index++]!)
    .replace('<html lang="ar" dir="rtl">', `<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`)
    .replace('src="/dist/jawda.min.js"', 'src="/dist/jawda.hydrate.min.js"')
    .replace(EMPTY_TRUST_SCRIPT, () => (options.trust === undefined ? EMPTY_TRUST_SCRIPT : trustScript(options.trust)));
  c.header('Cache-Control', 'no-cache');
  return c.html(html);
}
