/**
 * The POST half of the API client, beside the GET client (api.ts) on the transport (transport.ts):
 * what a 2xx answer to a POST means. Only the outbox sends, so this travels in the outbox's chunk,
 * not in any element's first load.
 */
import type { ResolvedConfig } from './config.js';
import type { Payload, SchemaName } from './contract.js';
import { loadContract, validate } from './contract-check.js';
import { JawdaError } from './errors.js';
import { send } from './transport.js';
import type { EndpointName } from './vocabulary.js';

export interface PostResult<T> {
  status: number;
  /**
   * The answer, when it is JSON that validates against the schema. Undefined for a 2xx that is
   * empty, plain text, or JSON of another shape: the POST still succeeded (see `postUrl`).
   */
  data?: T;
}

/** Content types of a web page. */
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;
/** A body that is a web page whatever its Content-Type says (`\s` covers a byte order mark). */
const HTML_START = /^\s*<(!doctype|html)[\s>]/i;

/**
 * POSTs `body` once to `url` (no retry: the caller owns delivery; the outbox keeps the URL a vote
 * was meant for).
 *
 * A 2xx is the API's word that it took the request, whatever the body says: JSON of any shape, an
 * empty body or plain text all resolve, with `data` only when the JSON validates against `schema`
 * (after `transform`). A 2xx that is an HTML page (Content-Type text/html or application/xhtml+xml,
 * or a body starting `<!doctype` or `<html`) is not the API answering but a captive portal or a
 * proxy: it rejects as `offline` (transient, with the status), so the caller sends again later.
 */
export async function postUrl<N extends SchemaName>(
  config: ResolvedConfig,
  endpoint: EndpointName,
  url: string,
  body: unknown,
  schema: N,
  signal?: AbortSignal,
): Promise<PostResult<Payload<N>>> {
  void loadContract().catch(() => undefined);
  const response = await send(config, url, { method: 'POST', body: JSON.stringify(body) }, signal);
  // The status said it was taken; a body lost on the way (a connection cut after the headers) says nothing more.
  const text = await response.text().catch(() => '');
  if (HTML_TYPE.test(response.headers.get('content-type') ?? '') || HTML_START.test(text)) {
    throw new JawdaError('offline', 'An HTML page: not the API', { status: response.status, url });
  }
  let data;
  try {
    data = await validate(config, endpoint, JSON.parse(text), schema, url);
  } catch {
    // Empty, plain text, or JSON of another shape: stored all the same, without a receipt to use.
  }
  return { status: response.status, data };
}
