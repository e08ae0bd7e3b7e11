/**
 * What a portal may set page-wide with `configure()`, as types only: the page's shared registry
 * (page.ts) stores these options and config.ts reads them, so both take the shape from here.
 */
import type { EndpointName } from './vocabulary.js';

export type Numerals = 'latn' | 'arab';
export type Calendar = 'gregory' | 'islamic-umalqura';
export type Locale = 'ar' | 'en';

export interface RetryPolicy {
  /** How many times a failed GET is tried again. Default 2. */
  retries: number;
  /** The first back-off delay in ms, doubled each time, with jitter. Default 400. */
  baseDelayMs: number;
}

/** A public key of a trusted issuer, as a JWK with its `kid` (ES256: P-256; Ed25519: OKP). */
export interface TrustedKeyOptions {
  kid: string;
  kty: string;
  crv: string;
  x: string;
  y?: string;
  alg?: string;
}

/** An issuer whose signed certification records the portal accepts. */
export interface TrustedIssuerOptions {
  /** The issuer id that a record's `iss` must equal, e.g. "https://certs.example.com/issuer". */
  id: string;
  /** Its name as the badge says it ("Verified by ..."), in both languages. */
  name: { ar: string; en: string };
  /** Its public keys. */
  keys: TrustedKeyOptions[];
  /** Origins its status lists may come from (any https origin when absent). */
  statusOrigins?: string[];
  /** Its JWKS, fetched when a record names a `kid` not in `keys` (key rotation). */
  jwksUri?: string;
}

/** What a portal may set page-wide with `configure()`. */
export interface JawdaOptions {
  /** Absolute `https:`/`http:` URL, or a path on this origin such as `/api/jawda`. */
  apiBase?: string;
  /** Locale used when neither the element nor its ancestors nor `<html>` has a `lang`. */
  locale?: Locale;
  numerals?: Numerals;
  calendar?: Calendar;
  /** Extra headers on every request (e.g. an API key the portal's gateway wants). */
  headers?: Record<string, string>;
  /** The `fetch` to use, e.g. one that adds a CSRF token. Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Per-request timeout in ms. Default 8000. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** How long a GET answer is reused, in ms. Default 30 000. */
  cacheTtlMs?: number;
  /** URL templates for portals whose API differs from the default contract. */
  endpoints?: Partial<Record<EndpointName, string>>;
  /** Maps a portal's own payload onto the contract before validation. */
  transform?: (endpoint: EndpointName, payload: unknown) => unknown;
  /** The clock: status and dates are computed "now". Tests and previews may pin it. */
  now?: () => Date;
  /**
   * The issuers whose signed certification records `<certification-badge>` accepts, with their
   * public keys. Wins over the page's `<script type="application/json" data-jawda-trust>`.
   */
  trust?: { issuers: TrustedIssuerOptions[] };
  /** Every `<certification-badge>` shows an unsigned record as "Not verified" (as its `require-signature` attribute does). */
  requireSignature?: boolean;
}
