/**
 * The answers checked against the contract, for every layer above (the transport, the GET client,
 * the POST half, inline JSON and server-rendered data): `loadContract` fetches the schemas, then
 * `validate` (the configured `transform`, then the contract), `validatePayload` and `validateNow`.
 *
 * Schemas are named, not imported: the contract (and zod with it, about a quarter of the bundle)
 * loads on the first validation, in parallel with the first request, not before the first paint.
 */
import type { ResolvedConfig } from './config.js';
import type { Payload, SchemaName } from './contract.js';
import { JawdaError, asJawdaError, fieldIssues } from './errors.js';
import { lazy } from './lazy.js';
import type { EndpointName } from './vocabulary.js';

let loadedContract: typeof import('./validation.js') | undefined;

/**
 * Loads the contract's schemas once, with the words for field issues (core/validation.ts: a lazy
 * chunk in the bundles; one that failed to load, offline, is tried again next time).
 */
export const loadContract = lazy(() => import('./validation.js').then((module) => (loadedContract = module)));

/** The schemas and the words for field issues, once loaded (see `loadContract`). */
export const loadedValidation = () => loadedContract;

/**
 * Validates without waiting when the contract is already loaded (inline JSON on a page where
 * another element validated first, server-rendered data): the data shows in the first render.
 * Undefined when the contract is not loaded yet or the payload is not valid; the caller then
 * takes the asynchronous path, which reports the issues.
 */
export function validateNow<N extends SchemaName>(payload: unknown, schema: N): Payload<N> | undefined {
  const result = loadedContract?.SCHEMAS[schema].safeParse(payload);
  return result?.success ? (result.data as Payload<N>) : undefined;
}

/** @internal The configured `transform`, then the contract. */
export function validate<N extends SchemaName>(
  config: ResolvedConfig,
  endpoint: EndpointName,
  payload: unknown,
  schema: N,
  url?: string,
): Promise<Payload<N>> {
  let mapped = payload;
  try {
    mapped = config.transform ? config.transform(endpoint, payload) : payload;
  } catch (error) {
    return Promise.reject(new JawdaError('invalid-response', `transform failed: ${asJawdaError(error).message}`, { url }));
  }
  return validatePayload(mapped, schema, url);
}

/** Validates a payload against the contract; inline JSON goes through here too, with the same rules. */
export async function validatePayload<N extends SchemaName>(payload: unknown, schema: N, url?: string): Promise<Payload<N>> {
  let schemas;
  try {
    schemas = (await loadContract()).SCHEMAS;
  } catch {
    throw new JawdaError('offline', 'The contract could not be loaded', { url });
  }
  const result = schemas[schema].safeParse(payload);
  if (result.success) return result.data as Payload<N>;
  throw new JawdaError('invalid-response', 'The data does not match the contract', { url, issues: fieldIssues(result.error.issues) });
}
