/**
 * `GET /openapi.json`: an OpenAPI 3.1 document generated from the contract's zod schemas
 * (`z.toJSONSchema`) and URL templates, so the document, the server and the elements share one source.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  CENTRE_MODELS,
  Certification,
  DEFAULT_ENDPOINTS,
  Evaluation,
  Identifier,
  RESULT_SCHEMES,
  Ranking,
  OrganisationCertifications,
  RatingReceipt,
  RatingSubmission,
  RatingSummary,
  ValidationProblem,
  type EndpointName,
} from '../../../src/core/contract.js';
import type { AppEnv } from '../http/app-env.js';
import { STATUS_LIST_PATH } from '../signing/publisher.js';
import { STATUS_PURPOSES } from '../store/status-entries.js';
import { pathParameters, queryParameters, templatePath } from './contract-paths.js';
import { ADMIN_INPUT_SCHEMAS, ADMIN_SECURITY_SCHEMES, adminPaths } from './openapi-admin.js';
import { PUBLIC_MIN_GROUP, Results, RESULTS_PARAMETERS, RESULTS_PATH } from './results.js';
import { JWKS_PATH } from './signing.js';

type JsonSchema = Record<string, unknown>;

/** Component schemas with `$ref`s between them; `io` picks the request (input) or response (output) shape. */
function componentSchemas(schemas: Record<string, z.core.$ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: generated } = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, JsonSchema>;
  };
  return Object.fromEntries(Object.entries(generated).map(([id, { $schema: _, $id: __, ...schema }]) => [id, schema]));
}

function plain(schema: z.core.$ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema) as JsonSchema;
  return rest;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: ref(id) } },
});
const problemAnswer = (description: string, headers?: Record<string, unknown>) => json('ValidationProblem', description, headers);
const etagHeader = { ETag: { description: 'Validator for If-None-Match', schema: { type: 'string' } } };
const retryAfter = { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', minimum: 0 } } };

const COMMON_ERRORS = {
  '400': problemAnswer('A parameter or the body is invalid: `issues` names each field'),
  '404': problemAnswer('Not found: the issue names the parameter'),
  '429': problemAnswer('Too many requests from this client', retryAfter),
};
const NOT_MODIFIED = { '304': { description: 'Not modified (If-None-Match matched the ETag)' } };

interface Operation {
  method: 'get' | 'post';
  operationId: string;
  summary: string;
  responses: Record<string, unknown>;
  requestBody?: unknown;
}

const OPERATIONS: Record<EndpointName, Operation> = {
  ratingSummary: {
    method: 'get',
    operationId: 'getRatingSummary',
    summary: 'Count, average and distribution of the votes for a service',
    responses: { '200': json('RatingSummary', 'The summary', etagHeader), ...NOT_MODIFIED, ...COMMON_ERRORS },
  },
  ratings: {
    method: 'post',
    operationId: 'submitRating',
    summary: 'Submit one vote; submissionId makes it idempotent',
    requestBody: { required: true, content: { 'application/json': { schema: ref('RatingSubmission') } } },
    responses: {
      '201': json('RatingReceipt', 'Stored'),
      '200': json('RatingReceipt', 'Stored earlier under this submissionId: same answer, counted once'),
      ...COMMON_ERRORS,
      '403': problemAnswer('The Origin is not allowed'),
      '413': problemAnswer('The body is too large'),
      '415': problemAnswer('The body is not application/json'),
    },
  },
  ratingForm: {
    method: 'post',
    operationId: 'submitRatingForm',
    summary:
      'The same vote from the no-script form (`jawda/ssr`): form fields, stored once per submissionId; ' +
      'answered with 303 to `return` whose query says `jawda-rating=sent|score-missing|invalid`',
    requestBody: {
      required: true,
      content: {
        'application/x-www-form-urlencoded': {
          schema: {
            type: 'object',
            required: ['submissionId', 'scale'],
            properties: {
              submissionId: { type: 'string', format: 'uuid' },
              score: { type: 'integer', minimum: 0, maximum: 5 },
              scale: { type: 'string', enum: ['stars', 'faces', 'thumbs'] },
              reasons: { type: 'array', items: { type: 'string' } },
              comment: { type: 'string' },
              channel: { type: 'string' },
              locale: { type: 'string', enum: ['ar', 'en'] },
              website: { type: 'string', description: 'The honeypot: empty from a person' },
              return: { type: 'string', description: 'The page to go back to: a path of this site or a page of an allowed origin' },
            },
          },
        },
      },
    },
    responses: {
      '303': {
        description:
          'Back to the page (Post/Redirect/Get), `?jawda-rating=sent` (stored, or stored before under this submissionId), `score-missing` or `invalid`',
      },
      '403': problemAnswer('The Origin is not allowed'),
      '415': problemAnswer('The body is not a form'),
      '429': COMMON_ERRORS['429'],
    },
  },
  evaluation: {
    method: 'get',
    operationId: 'getCentreEvaluation',
    summary: "A centre's evaluation in a cycle (the latest without `cycle`)",
    responses: { '200': json('Evaluation', 'The evaluation', etagHeader), ...NOT_MODIFIED, ...COMMON_ERRORS },
  },
  ranking: {
    method: 'get',
    operationId: 'listEvaluations',
    summary:
      "One cycle's results for a ranking (the latest cycle without `cycle`), filtered by entity, model and scheme, " +
      'ranked per scheme (ties share a rank), paged: pass `nextCursor` back as `cursor`',
    responses: { '200': json('Ranking', 'A page of the ranking', etagHeader), ...NOT_MODIFIED, ...COMMON_ERRORS },
  },
  organisationCertifications: {
    method: 'get',
    operationId: 'getOrganisationCertifications',
    summary: "An organisation's management-system certifications",
    responses: {
      '200': json('OrganisationCertifications', 'The organisation and its certifications', etagHeader),
      ...NOT_MODIFIED,
      ...COMMON_ERRORS,
    },
  },
  certification: {
    method: 'get',
    operationId: 'getCertification',
    summary: 'One certificate',
    responses: { '200': json('Certification', 'The certificate', etagHeader), ...NOT_MODIFIED, ...COMMON_ERRORS },
  },
};

/** Query parameters that are not cycle numbers. */
const QUERY_SCHEMAS: Record<string, JsonSchema> = {
  entity: { ...plain(Identifier), description: "The entity's id (`centre.entity.id`)" },
  model: { type: 'string', enum: [...CENTRE_MODELS] },
  scheme: { type: 'string', enum: [...RESULT_SCHEMES] },
  cursor: { type: 'string', description: 'The `nextCursor` of the page before' },
};

/** Query parameters an endpoint takes beyond its URL template. */
const EXTRA_QUERY: Partial<Record<EndpointName, unknown[]>> = {
  ranking: [
    {
      name: 'limit',
      in: 'query',
      required: false,
      description: 'Items per page (default 50)',
      schema: { type: 'integer', minimum: 1, maximum: 100 },
    },
  ],
};

function parameters(endpoint: EndpointName): unknown[] {
  const identifier = plain(Identifier);
  return [
    ...pathParameters(endpoint).map((name) => ({ name, in: 'path', required: true, schema: identifier })),
    ...queryParameters(endpoint).map((name) => ({
      name,
      in: 'query',
      required: false,
      schema: QUERY_SCHEMAS[name] ?? { type: 'integer', minimum: 1 },
    })),
    ...(EXTRA_QUERY[endpoint] ?? []),
  ];
}

/** `GET /results`: the suppressed results cube, public (issue 20). */
function resultsPaths(): Record<string, unknown> {
  return {
    [RESULTS_PATH]: {
      get: {
        operationId: 'getResults',
        summary:
          `Votes per month or quarter and service, centre, channel, as cells of a cube in which groups under ${PUBLIC_MIN_GROUP} ` +
          '(or JAWDA_MIN_GROUP if higher) are suppressed, with complements so that no suppressed cell can be recovered by subtraction; ' +
          'filters select cells, never add them up',
        parameters: RESULTS_PARAMETERS,
        responses: {
          '200': json('Results', 'The published cells and the number of suppressed ones', {
            ...etagHeader,
            'Cache-Control': { description: 'public, max-age=300', schema: { type: 'string' } },
          }),
          ...NOT_MODIFIED,
          '400': COMMON_ERRORS['400'],
          '429': COMMON_ERRORS['429'],
        },
      },
    },
  };
}

/** What a verifier of signed records fetches; served at the server's root, not under the API base. */
function signingPaths(): Record<string, unknown> {
  const atRoot = [{ url: '/' }];
  return {
    [JWKS_PATH]: {
      servers: atRoot,
      get: {
        operationId: 'getSigningKeys',
        summary:
          "The public keys of the server's signed records and status lists (kid: RFC 7638 thumbprint); a next key is listed before it signs, retired keys stay",
        responses: {
          '200': {
            description: 'A JWK Set',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['keys'], properties: { keys: { type: 'array', items: { type: 'object' } } } },
              },
            },
          },
        },
      },
    },
    [`${STATUS_LIST_PATH}/{purpose}`]: {
      servers: atRoot,
      get: {
        operationId: 'getStatusList',
        summary: 'A W3C Bitstring Status List credential (vc+jwt, valid 24 hours) of one purpose',
        parameters: [{ name: 'purpose', in: 'path', required: true, schema: { type: 'string', enum: [...STATUS_PURPOSES] } }],
        responses: {
          '200': { description: 'The signed list', headers: etagHeader, content: { 'application/vc+jwt': { schema: { type: 'string' } } } },
          ...NOT_MODIFIED,
          '404': { description: 'No list of that purpose' },
        },
      },
    },
  };
}

export function openApiDocument(apiBase: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of Object.keys(DEFAULT_ENDPOINTS) as EndpointName[]) {
    const { method, ...operation } = OPERATIONS[endpoint];
    (paths[templatePath(endpoint)] ??= {})[method] = { ...operation, parameters: parameters(endpoint) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jawda reference API',
      version: '1.0.0',
      description:
        'The default contract of the Jawda elements (service ratings, centre evaluations, certifications), generated from src/core/contract.ts.',
    },
    servers: [{ url: apiBase }],
    paths: { ...paths, ...resultsPaths(), ...adminPaths(), ...signingPaths() },
    components: {
      securitySchemes: ADMIN_SECURITY_SCHEMES,
      schemas: {
        ...componentSchemas(ADMIN_INPUT_SCHEMAS, 'input'),
        ...componentSchemas(
          { RatingSummary, RatingReceipt, ValidationProblem, Evaluation, Ranking, Certification, OrganisationCertifications, Results },
          'output',
        ),
        ...componentSchemas({ RatingSubmission }, 'input'),
      },
    },
  };
}

export function openApiRoutes(apiBase: string): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const document = JSON.stringify(openApiDocument(apiBase));
  routes.get('/openapi.json', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('Access-Control-Allow-Origin', '*'); // a public description, read by tools from anywhere
    return c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });
  return routes;
}
