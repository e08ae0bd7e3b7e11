/**
 * The server's routes come from the contract's URL templates (`DEFAULT_ENDPOINTS`), the same ones the
 * elements fill in, so the two cannot drift apart.
 */
import { DEFAULT_ENDPOINTS, type EndpointName } from '../../../src/core/contract.js';

/** `/centres/{centreId}/evaluation?cycle={cycle}` -> `/centres/{centreId}/evaluation`. */
export function templatePath(endpoint: EndpointName): string {
  return DEFAULT_ENDPOINTS[endpoint].split('?')[0]!;
}

/** The Hono route of an endpoint: `/services/:serviceId/ratings`. */
export function routePath(endpoint: EndpointName): string {
  return templatePath(endpoint).replace(/\{(\w+)\}/g, ':$1');
}

/** Names of the path parameters of an endpoint, in order. */
export function pathParameters(endpoint: EndpointName): string[] {
  return [...templatePath(endpoint).matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** Names of the query parameters of an endpoint (`cycle`). */
export function queryParameters(endpoint: EndpointName): string[] {
  const query = DEFAULT_ENDPOINTS[endpoint].split('?')[1] ?? '';
  return [...query.matchAll(/(\w+)=\{\w+\}/g)].map((match) => match[1]!);
}
