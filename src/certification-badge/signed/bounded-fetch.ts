/**
 * Fetching what a verifier needs (status lists, an issuer's JWKS) without trusting the network:
 * no cookies, no redirect to elsewhere, a timeout, and a cap on the bytes read.
 */

/** How long a status list or JWKS may take to arrive. */
const TIMEOUT_MS = 10_000;

/**
 * True when the verifier may fetch `url`: https, or the page's own origin (a portal serving its own
 * lists over http in development, a same-origin `blob:`), or an origin `origins` names; and within
 * `origins` when the issuer restricts where its lists live.
 */
export function fetchAllowed(url: URL, origins?: readonly string[]): boolean {
  const pageOrigin = globalThis.location?.origin;
  const origin = url.origin;
  if (origin === 'null') return false;
  const listed = origins?.some((allowed) => sameOrigin(allowed, origin));
  // Plain http only from the page's own origin, or one the portal's trust list names for the issuer's
  // status lists (a server rendering the page has no origin of its own: it reads the list's).
  if (url.protocol !== 'https:' && origin !== pageOrigin && !listed) return false;
  return origins === undefined || !!listed;
}

function sameOrigin(allowed: string, origin: string): boolean {
  try {
    return new URL(allowed).origin === origin;
  } catch {
    return false;
  }
}

/**
 * The body of `url` as text, at most `maxBytes`; throws on a network error, a non-2xx answer, a
 * redirect or a larger body (the callers map every throw to a state).
 */
export async function fetchText(fetchImpl: typeof fetch, url: URL, maxBytes: number): Promise<string> {
  const response = await fetchImpl(url.href, {
    credentials: 'omit',
    // A redirect could lead outside `statusOrigins`; issuers publish at the URL they sign.
    redirect: 'error',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      void reader.cancel();
      throw new RangeError(`larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
