/**
 * A request that failed without an answer. Offline when the browser says so; otherwise the page is
 * online and something blocks it: a second request that needs no CORS permission tells "the API
 * answers but does not allow this page's origin" apart from "no answer" (down, a wrong address, or
 * the page's CSP `connect-src`). The citizen reads "can't be reached", the developer the setting
 * to change, in the console. Only with the browser's own fetch (`ownFetch`): a portal's `fetch` is
 * its business. A chunk of its own, importing nothing (only a failure loads it).
 */
export async function explainFailure(url: string, ownFetch: boolean, warn: (message: string) => void): Promise<'offline' | 'unreachable'> {
  if (!navigator.onLine) return 'offline';
  const target = new URL(url, location.href);
  if (ownFetch && target.origin !== location.origin) {
    const answered = await fetch(target, { mode: 'no-cors', credentials: 'omit', signal: AbortSignal.timeout(5000) }).then(
      () => true,
      () => false,
    );
    warn(
      answered
        ? `${target.origin} answers, but not to this page: add ${location.origin} to the API's allowed origins (JAWDA_ALLOWED_ORIGINS).`
        : `No answer from ${target.origin}: check api-base, the API, and the page's CSP connect-src.`,
    );
  } else warn(`No answer from ${url}: check api-base and the API.`);
  return 'unreachable';
}
