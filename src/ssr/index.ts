/// <reference types="node" />
/**
 * `jawda/ssr`: renders Jawda's elements on a Node server to declarative shadow DOM, so that a page
 * shows the scorecard, the certificate's status and the rating form before (or without) any script.
 *
 * ```ts
 * import { renderToString } from 'jawda/ssr';
 * const html = await renderToString('centre-scorecard', { attributes: { 'centre-id': 'isa-town', lang: 'ar' }, apiBase: 'https://api.example.gov.bh/v1' });
 * ```
 *
 * The data the element was rendered with travels in the markup as its inline JSON
 * (`<script type="application/json">`), so the bundle, when it loads, takes over the shadow root
 * without asking the API again (hydration: any bundle does it, see core/hydration.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import type { CSSResult, LitElement } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../index.js';
import { apiClient } from '../core/api.js';
import { loadContract, validatePayload } from '../core/contract-check.js';
import { resolveConfig, type ResolvedConfig } from '../core/config.js';
import { JawdaError } from '../core/errors.js';
import { loadCatalogue } from '../core/i18n/catalogues.js';
import { loadFailureWords } from '../core/messages.js';
import { supportedLocale } from '../core/i18n/locale.js';
import { SERVER_SCRIPT } from '../core/inline-data.js';
import type { ServerContext } from '../core/server-context.js';
import type { Locale } from '../core/config.js';
import type { BadgeServerContext } from '../certification-badge/types.js';
import type { SealHost } from '../certification-badge/signed/seals.js';
import { loadRanking } from '../centre-scorecard/ranking-loader.js';
import { rankingEntries } from '../centre-scorecard/ranking.js';
import { rankingStyles } from '../centre-scorecard/ranking.styles.js';
import { historyViews, schemeViews } from '../centre-scorecard/centre-scorecard.js';
import { styles as historyStyles } from '../centre-scorecard/history.js';
import { styles as schemeStyles } from '../centre-scorecard/schemes.js';
import { fetchCertifications, inlineCertifications } from '../certification-badge/source.js';
import { detailViews } from '../certification-badge/certification-badge.js';
import { styles as detailStyles } from '../certification-badge/details.js';
import { noScriptStyles, noScriptTemplate } from '../service-rating/no-script.js';
import { summaryViews } from '../service-rating/service-rating.js';
import { styles as summaryStyles } from '../service-rating/summary.js';
import { defaultChips, followUpStyles } from '../service-rating/follow-up.js';
import type { NoScriptState, RatingServerContext } from '../service-rating/server-form.js';
import { ratingWords } from '../service-rating/words.js';
import { rankingWords, scorecardWords } from '../centre-scorecard/words.js';
import { badgeWords } from '../certification-badge/words.js';
import { signedRecordsWords } from '../certification-badge/signed/words.js';

/** Every part of the catalogue: a server loads them all, once (a browser loads what its elements need). */
const EVERY_PART = [ratingWords, scorecardWords, rankingWords, badgeWords, signedRecordsWords];

/** The elements that render on a server. */
export type JawdaTag = 'centre-scorecard' | 'certification-badge' | 'service-rating';
export const TAGS: readonly JawdaTag[] = ['centre-scorecard', 'certification-badge', 'service-rating'];

/**
 * What a server-rendered shadow root's one <style> adds to the element's own styles: the scorecard's
 * the ranking's, the history's and the stars' and levels', the badge's its details' (the browser
 * loads them with their chunks), the rating's the no-script form's, its reasons' and its summary's
 * (the browser never loads the first, the others with the follow-up and the summary).
 */
const SERVER_STYLES: Partial<Record<string, readonly CSSResult[]>> = {
  'centre-scorecard': [rankingStyles, historyStyles, schemeStyles],
  'certification-badge': [detailStyles],
  'service-rating': [followUpStyles, noScriptStyles, summaryStyles],
};

/** The text of the <style> a server-rendered shadow root of `tag` carries. */
function shadowStyleText(tag: JawdaTag): string {
  const own = (customElements.get(tag) as typeof LitElement).elementStyles as CSSResult[];
  return [...own, ...(SERVER_STYLES[tag] ?? [])].map((style) => style.cssText).join('');
}

/**
 * Lit's renderer, with each element's server styles in its <style> (the element classes are left
 * as they are: their styles are finalised, and the browser's are the same classes).
 */
class JawdaElementRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    const shadow = super.renderShadow(renderInfo);
    const extra = SERVER_STYLES[this.tagName];
    if (!shadow || !extra) return shadow;
    return shadow.flatMap((chunk) => (chunk === '</style>' ? [...extra.map((style) => style.cssText), chunk] : [chunk]));
  }
}

const RENDER_INFO: Partial<RenderInfo> = { elementRenderers: [JawdaElementRenderer] };

export type AttributeValue = string | number | boolean | null | undefined;

export interface ServerRenderOptions {
  /** The element's attributes by their names (`centre-id`, `cycle`, `variant`, `lang`, ...). `true` writes a boolean attribute; `false`, `null` and `undefined` leave it out. */
  attributes?: Record<string, AttributeValue>;
  /**
   * The element's data, shaped as the API answers (an Evaluation, a Ranking, an organisation's
   * certifications, a rating summary). Without it, the data is fetched from `apiBase`.
   */
  data?: unknown;
  /**
   * The portal's API, absolute (`https://api.example.gov.bh/v1`), where the data is fetched. Defaults
   * to the `api-base` attribute; written as the element's `api-base` when it has none (give the
   * attribute too when the server reaches the API at an address the browser must not see).
   */
  apiBase?: string;
  /**
   * The language of the page the element is rendered into (`ar` or `en`; default: the `lang`
   * attribute, else English). Without a `lang` attribute the element follows the page in the browser.
   */
  locale?: string;
  /** The clock a certificate's status is computed with (default: now). Its date is written into the markup. */
  now?: Date;
  /** The `fetch` the data is asked with (default: `globalThis.fetch`); a server may answer in-process. */
  fetch?: typeof fetch;
  /**
   * The issuers the page trusts for signed certification records (`{ issuers: [...] }`, the shape
   * of `configure({ trust })`): a badge's signed records are checked on the server with it (their
   * status lists asked with `fetch`) and shown as checked, as the page's own check will show them.
   * Without it, a signed record is rendered as signed by an issuer the page does not trust.
   */
  trust?: unknown;
  /**
   * `<service-rating>` that is not read-only renders as a form that posts without script: where the
   * server redirects back to after the post (a path of this page), the outcome the redirect's query
   * names (`sent`, `score-missing`, `invalid`), and the form's `submissionId` (default: a fresh UUID).
   */
  form?: Partial<NoScriptState>;
  /** Aborts a fetch of the data. */
  signal?: AbortSignal;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (c) => ESCAPES[c]!);
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** The attributes as markup, checked: a name that is not an attribute name is refused, values are escaped. */
function attributeMarkup(attributes: Record<string, AttributeValue>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`jawda/ssr: "${name}" is not an attribute name`);
      return value === true ? name : `${name}="${escapeAttribute(String(value))}"`;
    })
    .join(' ');
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>`, `&` and the two line
 * separators are escaped, so no string in the data can close the script element or open a comment.
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const text = (value: AttributeValue) =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;
const whole = (value: AttributeValue) => {
  const number = Number(text(value));
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

/** Fetches what the element would fetch in the browser, with the same validation. */
async function fetchData(
  tag: JawdaTag,
  attributes: Record<string, AttributeValue>,
  config: ResolvedConfig,
  signal: AbortSignal,
): Promise<unknown> {
  const client = apiClient();
  if (tag === 'centre-scorecard' && attributes.variant === 'ranking') {
    const args = [
      undefined,
      whole(attributes.cycle),
      text(attributes.entity),
      text(attributes.model),
      text(attributes.scheme),
      undefined,
    ] as const;
    return { items: await rankingEntries(config, args, signal) };
  }
  if (tag === 'centre-scorecard')
    return client.get(
      config,
      'evaluation',
      { centreId: text(attributes['centre-id']), cycle: whole(attributes.cycle) },
      'Evaluation',
      signal,
    );
  if (tag === 'certification-badge') {
    // The shape the element reads back from its inline JSON: an organisation's list, or one certificate.
    const loaded = await fetchCertifications(
      config,
      { organisationId: text(attributes['organisation-id']), certificateId: text(attributes['certificate-id']) },
      signal,
    );
    return loaded.organisation ? loaded : loaded.certifications[0];
  }
  return client.get(config, 'ratingSummary', { serviceId: text(attributes['service-id']) }, 'RatingSummary', signal);
}

/** Checks given data as the element would (and as strictly): a page never gets a skeleton that waits for nothing. */
function validated(tag: JawdaTag, attributes: Record<string, AttributeValue>, data: unknown): Promise<unknown> {
  if (tag === 'certification-badge') return inlineCertifications(data);
  if (tag === 'service-rating') return validatePayload(data, 'RatingSummary');
  return attributes.variant === 'ranking' ? validatePayload(data, 'Ranking') : validatePayload(data, 'Evaluation');
}

/** Whether the element shows data from the API in this configuration (a rating form has none to show). */
function showsData(tag: JawdaTag, attributes: Record<string, AttributeValue>): boolean {
  return tag !== 'service-rating' || attributes.readonly === true || attributes.readonly === '';
}

/** The template of one element with its data: attributes, data for the server render, and the same data in the page. */
async function elementTemplate(tag: JawdaTag, options: ServerRenderOptions) {
  if (!TAGS.includes(tag)) throw new TypeError(`jawda/ssr: <${tag}> is not a Jawda element`);
  const attributes = { ...options.attributes };
  const locale = supportedLocale(text(attributes.lang)) ?? supportedLocale(options.locale) ?? 'en';
  await Promise.all([
    loadContract(),
    loadCatalogue(locale, EVERY_PART),
    loadFailureWords(), // a setup problem is rendered in words too
    tag === 'centre-scorecard' && attributes.variant === 'ranking' ? loadRanking() : undefined,
    tag === 'centre-scorecard' ? Promise.all([historyViews.load(), schemeViews.load()]) : undefined,
    tag === 'certification-badge' ? detailViews.load() : undefined,
    tag === 'service-rating' ? summaryViews.load() : undefined,
  ]);
  let data = options.data;
  if (data === undefined && showsData(tag, attributes)) {
    const settings = resolveConfig({ apiBase: options.apiBase ?? text(attributes['api-base']) });
    const config = options.fetch ? { ...settings, fetch: options.fetch } : settings;
    if (!config.apiBase)
      throw new JawdaError('misconfigured', 'jawda/ssr needs `data` or an absolute `apiBase`', {
        attribute: 'api-base',
        value: options.apiBase ?? '',
      });
    data = await fetchData(tag, attributes, config, options.signal ?? new AbortController().signal);
  }
  if (data !== undefined) await validated(tag, attributes, data);
  const now = options.now ?? new Date();
  if (tag === 'certification-badge') attributes['data-status-date'] = now.toISOString();
  // The element's own attribute, so that the browser asks the same API after taking over (a cycle
  // switch, the form's action): a server has no <meta> to read. An `api-base` given is kept as it is.
  attributes['api-base'] ??= options.apiBase;
  const context: ServerContext | RatingServerContext | BadgeServerContext = {
    locale,
    data,
    now,
    ...(tag === 'certification-badge' && data !== undefined && { checks: await signedChecks(data, attributes, options, now, locale) }),
    ...(tag === 'service-rating' && {
      form: { state: { submissionId: randomUUID(), ...options.form } as NoScriptState, template: noScriptTemplate, defaultChips },
    }),
  };
  const json = data === undefined ? undefined : scriptSafeJson(data);
  const name = unsafeStatic(tag);
  const markup = unsafeStatic(attributeMarkup(attributes));
  const inline = unsafeStatic(json === undefined ? '' : `<script type="application/json" ${SERVER_SCRIPT}>${json}</script>`);
  return html`<${name} ${markup} .serverContext=${context}>${inline}</${name}>`;
}

/**
 * A badge's signed records, checked here as the page will check them (each record's signature, its
 * dates, its status lists): the markup shows their outcomes, and the page taking it over makes its
 * own checks before its first render. Undefined when no record is signed nor signatures required.
 */
async function signedChecks(
  data: unknown,
  attributes: Record<string, AttributeValue>,
  options: ServerRenderOptions,
  now: Date,
  locale: Locale,
) {
  const { certifications } = await inlineCertifications(data); // validated already: the shape, read as the element reads it
  const required = attributes['require-signature'] === true || attributes['require-signature'] === '';
  if (!required && !certifications.some((certification) => certification.signed)) return undefined;
  const { SignatureChecks } = await import('../certification-badge/signed/seals.js');
  // No element yet, nor a page: the checks' host only re-renders and announces, which a server does not.
  const host = { localName: 'certification-badge', requestUpdate() {}, dispatchEvent: () => true } as unknown as SealHost;
  const checks = new SignatureChecks(host);
  await checks.settle(
    { certifications },
    required,
    { fetch: options.fetch ?? globalThis.fetch, now: () => now, trust: options.trust ?? { issuers: [] } },
    locale,
  );
  return checks;
}

/**
 * Renders one element, with its data, to HTML: the element, its declarative shadow root
 * (`<template shadowrootmode="open">`) and its inline JSON. Throws a `JawdaError` when the data
 * cannot be fetched or the configuration is incomplete, so the caller decides what the page shows.
 */
export async function renderToString(tag: JawdaTag, options: ServerRenderOptions = {}): Promise<string> {
  return collectResult(render(await elementTemplate(tag, options), RENDER_INFO));
}

/** The same, as a Node stream (Express, hono's `stream()`, Next.js route handlers via `Readable.toWeb`). */
export async function renderToStream(tag: JawdaTag, options: ServerRenderOptions = {}): Promise<Readable> {
  return new RenderResultReadable(render(await elementTemplate(tag, options), RENDER_INFO));
}

/**
 * The CSP `style-src` sources for the `<style>` each server-rendered shadow root carries: a page with
 * a strict Content-Security-Policy adds these hashes instead of `'unsafe-inline'`.
 */
export function styleHashes(): string[] {
  return TAGS.map((tag) => `'sha256-${createHash('sha256').update(shadowStyleText(tag)).digest('base64')}'`);
}
