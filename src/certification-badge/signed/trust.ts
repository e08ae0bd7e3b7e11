/**
 * The issuers a portal trusts, with their public keys: from `configure({ trust })` or, for content
 * editors who cannot run script, `<script type="application/json" data-jawda-trust>` anywhere in the
 * document. `configure()` wins over the page, as everywhere in Jawda. Reading never throws: a broken
 * trust list is a problem to show, and trusts nobody.
 */
import * as z from 'zod/mini';
import { LocalizedText } from '../../core/contract.js';

/**
 * A public key as a JWK with its `kid`. Only the public members are kept (zod drops the rest, `d`
 * included), so a private key pasted by mistake is never imported as one.
 */
export const TrustedKey = z.object({
  kid: z.string().check(z.minLength(1), z.maxLength(256)),
  kty: z.string(),
  crv: z.string(),
  x: z.string().check(z.maxLength(256)),
  y: z.optional(z.string().check(z.maxLength(256))),
  alg: z.optional(z.string()),
});
export type TrustedKey = z.infer<typeof TrustedKey>;

/** An issuer the portal trusts: its id, its name in both languages, its keys. */
export const TrustedIssuer = z.object({
  /** The issuer id a record's `iss` must equal. */
  id: z.string().check(z.minLength(1), z.maxLength(2048)),
  name: LocalizedText,
  keys: z.array(TrustedKey).check(z.maxLength(32)),
  /** Origins its status lists may be fetched from; any https origin (or the page's) when absent. */
  statusOrigins: z.optional(z.array(z.string()).check(z.maxLength(16))),
  /** Its JWKS, fetched when a record names a `kid` not in `keys` (key rotation). */
  jwksUri: z.optional(z.string().check(z.maxLength(2048))),
});
export type TrustedIssuer = z.infer<typeof TrustedIssuer>;

/** `{ issuers: [...] }`: every issuer whose signed records the portal accepts. */
export const TrustList = z.object({ issuers: z.array(TrustedIssuer).check(z.maxLength(64)) });
export type TrustList = z.infer<typeof TrustList>;

/** How a verified result names its signer. */
export interface TrustedIssuerName {
  id: string;
  name: LocalizedText;
}

/** Why (part of) a trust list was not used. */
export interface TrustProblem {
  source: 'configure' | 'page';
  reason: 'not-json' | 'invalid';
  /** For the console, in English: zod's first complaint, or the JSON error. */
  detail: string;
  /** The page's script element at fault. */
  element?: HTMLScriptElement;
}

/** The trust list in force, and what was wrong on the way. */
export interface TrustReading {
  trust: TrustList;
  problems: TrustProblem[];
}

/**
 * The trust list: `options.trust` (from `configure()`) when set, else every
 * `<script type="application/json" data-jawda-trust>` of `root`, their issuers together.
 */
export function readTrust(options: { trust?: unknown } | undefined, root: ParentNode | undefined = globalThis.document): TrustReading {
  if (options?.trust !== undefined) {
    const parsed = TrustList.safeParse(options.trust);
    // A broken configure() list does not fall back to the page's: that would trust what the portal replaced.
    if (!parsed.success)
      return { trust: { issuers: [] }, problems: [{ source: 'configure', reason: 'invalid', detail: firstIssue(parsed.error) }] };
    return { trust: parsed.data, problems: [] };
  }
  const reading: TrustReading = { trust: { issuers: [] }, problems: [] };
  for (const element of root?.querySelectorAll<HTMLScriptElement>('script[type="application/json"][data-jawda-trust]') ?? []) {
    let json: unknown;
    try {
      json = JSON.parse(element.textContent ?? '');
    } catch (error) {
      reading.problems.push({ source: 'page', reason: 'not-json', detail: String(error), element });
      continue;
    }
    const parsed = TrustList.safeParse(json);
    if (parsed.success) reading.trust.issuers.push(...parsed.data.issuers);
    else reading.problems.push({ source: 'page', reason: 'invalid', detail: firstIssue(parsed.error), element });
  }
  return reading;
}

/** The issuer `id` names, its keys gathered from every entry for it; undefined when not trusted. */
export function trustedIssuer(trust: TrustList, id: string): TrustedIssuer | undefined {
  const entries = trust.issuers.filter((issuer) => issuer.id === id);
  if (entries.length === 0) return undefined;
  return { ...entries[0], keys: entries.flatMap((issuer) => issuer.keys) };
}

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}
