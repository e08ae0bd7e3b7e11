/**
 * The admin part of the OpenAPI document: every route under `/admin`, behind the `apiKey` bearer
 * security scheme, with request bodies generated from the same zod schemas the routes validate with.
 */
import * as z from 'zod/mini';
import { Evaluation } from '../../../src/core/contract.js';
import { CentreInput, CertificationPlacement, OrganisationInput, ServiceInput, StatusChangeInput } from './admin-inputs.js';
import { EXPORT_FILTERS, REPORT_DIMENSIONS } from './exports.js';
import { RESULTS_PARAMETERS } from './results.js';

type Operation = Record<string, unknown>;

export const ADMIN_SECURITY_SCHEMES = {
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'jawda_<id>_<secret>',
    description:
      'An API key created with `npm run admin -- keys create` (or JAWDA_BOOTSTRAP_KEY). ' +
      'Roles: portal (services), publisher (centres, evaluations, organisations, certifications), analyst (exports, reports).',
  },
};

/** Request bodies of the admin API, as component schemas (input shapes). */
export const ADMIN_INPUT_SCHEMAS: Record<string, z.core.$ZodType> = {
  AdminService: ServiceInput,
  AdminCentre: CentreInput,
  AdminOrganisation: OrganisationInput,
  // The contract's Evaluation without what the server supplies: the centre (from the path) and the history (derived).
  AdminEvaluation: z.omit(Evaluation, { centre: true, history: true }),
  AdminCertificatePlacement: CertificationPlacement,
  AdminStatusChange: StatusChangeInput,
};

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const problem = (description: string) => ({ description, content: { 'application/json': { schema: ref('ValidationProblem') } } });
const anyJson = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const body = (id: string) => ({ required: true, content: { 'application/json': { schema: ref(id) } } });
const identifier = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[\\p{L}\\p{N}._~:-]+$', maxLength: 128 },
});
const cycle = { name: 'cycle', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };

const AUTH_ERRORS = {
  '401': problem('No API key, or an unknown or revoked one'),
  '403': problem("The key does not have this route's role"),
};
const WRITE_ANSWERS = {
  '200': anyJson('Replaced'),
  '201': anyJson('Created'),
  '400': problem('Field errors: `issues` names each field'),
  '415': problem('The body is not application/json'),
  ...AUTH_ERRORS,
};

function operation(role: string, summary: string, responses: Record<string, unknown>, extra: Operation = {}): Operation {
  return {
    summary: `${summary} (role: ${role})`,
    security: [{ apiKey: [] }],
    tags: ['admin'],
    responses: { ...responses, ...AUTH_ERRORS },
    ...extra,
  };
}

function resource(role: string, noun: string, params: unknown[], bodyId: string, deletable: string): Record<string, Operation> {
  return {
    get: operation(role, `Read one ${noun}`, { '200': anyJson(`The ${noun}`), '404': problem('Not found') }, { parameters: params }),
    put: operation(
      role,
      `Create or replace a ${noun}`,
      { ...WRITE_ANSWERS, '404': problem('What it belongs to does not exist'), '409': problem('Conflicts with stored data') },
      { parameters: params, requestBody: body(bodyId) },
    ),
    delete: operation(
      role,
      `Delete a ${noun} (${deletable})`,
      { '204': { description: 'Deleted' }, '404': problem('Not found'), '409': problem('Other data depends on it') },
      { parameters: params },
    ),
  };
}

const filters = EXPORT_FILTERS.map(({ name, description, format }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', ...(format ? { format } : {}) },
}));
const exportAnswer = {
  '200': {
    description:
      'The votes, streamed: one row per vote in a group of at least JAWDA_MIN_GROUP votes; comments with e-mail addresses, phone numbers and ID numbers masked',
    content: {
      'text/csv': { schema: { type: 'string' } },
      'application/x-ndjson': {
        schema: {
          type: 'string',
          description: 'One JSON object per line: receivedAt, serviceId, score, scale, reasons, comment, channel, centreId, locale, page',
        },
      },
    },
  },
  '400': problem('A filter is invalid'),
};

export function adminPaths(): Record<string, Record<string, Operation>> {
  return {
    '/admin/whoami': { get: operation('any', 'The key used and its roles', { '200': anyJson('keyId and roles') }) },
    '/admin/audit': {
      get: operation(
        'any',
        'The latest admin writes: key id, time, action, target, change',
        { '200': anyJson('entries') },
        { parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } }] },
      ),
    },
    '/admin/services': { get: operation('portal', 'Every service, with its vote count', { '200': anyJson('services') }) },
    '/admin/services/{serviceId}': resource('portal', 'service', [identifier('serviceId')], 'AdminService', 'only without votes'),
    '/admin/centres': { get: operation('publisher', 'Every centre, with its published cycles', { '200': anyJson('centres') }) },
    '/admin/centres/{centreId}': resource('publisher', 'centre', [identifier('centreId')], 'AdminCentre', 'only without evaluations'),
    '/admin/centres/{centreId}/evaluations/{cycle}': resource(
      'publisher',
      "centre's evaluation in a cycle",
      [identifier('centreId'), cycle],
      'AdminEvaluation',
      'retracts it',
    ),
    '/admin/organisations': {
      get: operation('publisher', 'Every organisation, with its certificates', { '200': anyJson('organisations') }),
    },
    '/admin/organisations/{organisationId}': resource(
      'publisher',
      'organisation',
      [identifier('organisationId')],
      'AdminOrganisation',
      'only without certificates',
    ),
    '/admin/certifications/{certificateId}': resource(
      'publisher',
      'certificate (the contract Certification plus organisationId)',
      [identifier('certificateId')],
      'AdminCertificatePlacement',
      'removes it and its history',
    ),
    '/admin/certifications/{certificateId}/status': {
      post: operation(
        'publisher',
        'Record a status change on a date: an action (suspend, withdraw, reinstate) or an IAF status; it sets the bits of the signed status lists (a withdrawal for good)',
        {
          '200': anyJson('The certificate with its status history'),
          '400': problem('Field errors'),
          '404': problem('Not found'),
          '409': problem('A withdrawn or cancelled certificate cannot be reinstated'),
        },
        { parameters: [identifier('certificateId')], requestBody: body('AdminStatusChange') },
      ),
    },
    '/admin/exports/ratings': {
      get: operation('analyst', 'The votes as CSV or NDJSON, chosen by Accept', exportAnswer, { parameters: filters }),
    },
    '/admin/exports/ratings.csv': { get: operation('analyst', 'The votes as CSV', exportAnswer, { parameters: filters }) },
    '/admin/exports/ratings.ndjson': { get: operation('analyst', 'The votes as NDJSON', exportAnswer, { parameters: filters }) },
    '/admin/tokens/results': {
      post: operation(
        'analyst',
        'A read token for report v2 (jawda_rt_...), for five minutes: it reads GET /admin/reports/results and opens no other route, ' +
          'so that a page reads the report through a tokenProvider and never holds an API key; revoking the key ends its tokens',
        { '201': anyJson('token, expiresAt, expiresIn (seconds)'), '403': problem('The key is not an analyst key') },
      ),
    },
    '/admin/reports/results': {
      get: operation(
        'analyst',
        'Report v2: the results cube at JAWDA_MIN_GROUP (the answer of /results), suppressed so that no held-back cell can be ' +
          'recovered by subtraction. An analyst key or a read token from POST /admin/tokens/results',
        {
          '200': { description: 'The published cells', content: { 'application/json': { schema: ref('Results') } } },
          '400': problem('A parameter is invalid'),
        },
        { parameters: RESULTS_PARAMETERS },
      ),
    },
    '/admin/reports/ratings': {
      get: operation(
        'analyst',
        'Vote counts and averages per period and dimension; groups under JAWDA_MIN_GROUP votes suppressed',
        { '200': anyJson('period, by, minGroup, groups, suppressedGroups'), '400': problem('A parameter is invalid') },
        {
          parameters: [
            ...filters,
            { name: 'by', in: 'query', description: `Comma-separated: ${REPORT_DIMENSIONS.join(', ')}`, schema: { type: 'string' } },
            { name: 'period', in: 'query', schema: { type: 'string', enum: ['day', 'week', 'month'] } },
          ],
        },
      ),
    },
  };
}
