/**
 * The publishing API under `{base}/admin` (every route needs an API key, see http/admin-auth.ts):
 * services (portal role), centres, evaluations, organisations and certifications (publisher role),
 * exports and reports (analyst role, routes/exports.ts). PUT creates (201) or replaces (200), DELETE
 * answers 204, and refuses (409) to delete what votes or published results depend on. Every write
 * and its audit-log row go in one transaction.
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod/mini';
import { Certification, Evaluation } from '../../../src/core/contract.js';
import type { Db, Queryable } from '../db.js';
import { adminAuth, requireRole } from '../http/admin-auth.js';
import type { AppEnv } from '../http/app-env.js';
import { fieldIssues, notFound, problem, type Issue } from '../http/problems.js';
import type { ServerSettings } from '../settings.js';
import { REVOKED_STATUSES } from '../store/status-entries.js';
import { audit, auditEntries } from '../store/audit.js';
import { mintReadToken } from '../store/read-tokens.js';
import { findEvaluation } from '../store/evaluations.js';
import {
  deleteCentre,
  deleteCertification,
  deleteEvaluation,
  deleteOrganisation,
  deleteService,
  getCentre,
  getCertificationRecord,
  getOrganisation,
  getService,
  listCentres,
  listOrganisations,
  listServices,
  putCentre,
  putCertification,
  putEvaluation,
  putOrganisation,
  putService,
} from '../store/publishing.js';
import {
  CentreInput,
  CertificationPlacement,
  certificationIssues,
  dayIssues,
  evaluationIssues,
  OrganisationInput,
  ServiceInput,
  STATUS_ACTIONS,
  statusChangeIssues,
  StatusChangeInput,
} from './admin-inputs.js';
import { exportRoutes } from './exports.js';
import { resultsCubes } from './results.js';
import { cycleValue, identifiers } from './params.js';
import { jsonBody } from './ratings.js';

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The JSON body checked with `schema`, plus `more` checks on the parsed value: a 400 with field errors otherwise. */
async function input<T>(c: Context, schema: z.ZodMiniType<T>, more: (value: T) => Issue[] = () => []): Promise<Parsed<T>> {
  const body = await jsonBody(c);
  if (!body.ok) return body;
  return check(c, schema, body.value, more);
}

function check<T>(c: Context, schema: z.ZodMiniType<T>, value: unknown, more: (value: T) => Issue[] = () => []): Parsed<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, response: problem(c, 400, 'invalid-request', fieldIssues(parsed.error.issues)) };
  const issues = more(parsed.data);
  if (issues.length) return { ok: false, response: problem(c, 400, 'invalid-request', issues) };
  return { ok: true, value: parsed.data };
}

const conflict = (c: Context, message: string) => problem(c, 409, 'conflict', [{ path: '', code: 'conflict', message }]);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `/admin/centres/:centreId/evaluations/:cycle`: the cycle in the path, as for `?cycle=`. */
const pathCycle = (c: Context) => cycleValue(c, c.req.param('cycle'));

export function adminRoutes(db: Db, settings: ServerSettings, cubes = resultsCubes(db, settings)): Hono<AppEnv> {
  const admin = new Hono<AppEnv>();
  admin.use(adminAuth(db, settings.bootstrapKey));

  /** Runs a write and its audit row in one transaction; `work` returns the answer's status and body. */
  async function write(
    c: Context<AppEnv>,
    action: string,
    target: string,
    work: (tx: Queryable) => Promise<{ status: number; body?: unknown; change?: unknown } | Response>,
  ): Promise<Response> {
    const keyId = c.get('adminKey').keyId;
    const outcome = await db.transaction(async (tx) => {
      const result = await work(tx);
      if (result instanceof Response) return result;
      await audit(tx, keyId, action, target, result.change);
      return result;
    });
    if (outcome instanceof Response) return outcome;
    c.set('logFields', { ...c.get('logFields'), action, target });
    if (outcome.status === 204) return c.body(null, 204);
    return c.json(outcome.body as object, outcome.status as ContentfulStatusCode);
  }

  admin.get('/whoami', (c) => c.json(c.get('adminKey')));
  // A read token for the results report, for a page's tokenProvider: the key stays on the portal's server.
  admin.post('/tokens/results', requireRole('analyst'), async (c) => {
    const minted = await mintReadToken(db, c.get('adminKey'), settings.bootstrapKey);
    if (!minted) return problem(c, 403, 'forbidden', [{ path: '', code: 'forbidden', message: 'This key cannot make read tokens' }]);
    c.set('logFields', { ...c.get('logFields'), action: 'token.results' });
    return c.json(minted, 201);
  });
  admin.get('/audit', async (c) => {
    const limit = Math.min(1000, Math.max(1, Number(c.req.query('limit') ?? 100) || 100));
    return c.json({ entries: await auditEntries(db, limit) });
  });

  /* ---------------------------------------------------------- services (portal) */
  admin.use('/services/*', requireRole('portal'));
  admin.use('/services', requireRole('portal'));
  admin.get('/services', async (c) => c.json({ services: await listServices(db) }));
  admin.get('/services/:serviceId', async (c) => {
    const params = identifiers(c, ['serviceId'] as const);
    if (!params.ok) return params.response;
    const service = await getService(db, params.value.serviceId);
    return service ? c.json(service) : notFound(c, 'serviceId', `No service '${params.value.serviceId}'`);
  });
  admin.put('/services/:serviceId', async (c) => {
    const params = identifiers(c, ['serviceId'] as const);
    if (!params.ok) return params.response;
    const body = await input(c, ServiceInput);
    if (!body.ok) return body.response;
    const id = params.value.serviceId;
    return write(c, 'service.put', `service:${id}`, async (tx) => {
      const result = await putService(tx, id, body.value);
      if ('conflict' in result) return conflict(c, result.conflict);
      return { status: result.before ? 200 : 201, body: result.after, change: { before: result.before ?? null, after: result.after } };
    });
  });
  admin.delete('/services/:serviceId', async (c) => {
    const params = identifiers(c, ['serviceId'] as const);
    if (!params.ok) return params.response;
    const id = params.value.serviceId;
    return write(c, 'service.delete', `service:${id}`, async (tx) => {
      const result = await deleteService(tx, id);
      if (!result.before) return notFound(c, 'serviceId', `No service '${id}'`);
      if (result.conflict) return conflict(c, result.conflict);
      return { status: 204, change: { before: result.before } };
    });
  });

  /* ------------------------------------------- centres and evaluations (publisher) */
  for (const path of ['/centres', '/centres/*', '/organisations', '/organisations/*', '/certifications', '/certifications/*'])
    admin.use(path, requireRole('publisher'));
  admin.get('/centres', async (c) => c.json({ centres: await listCentres(db) }));
  admin.get('/centres/:centreId', async (c) => {
    const params = identifiers(c, ['centreId'] as const);
    if (!params.ok) return params.response;
    const centre = await getCentre(db, params.value.centreId);
    return centre ? c.json(centre) : notFound(c, 'centreId', `No centre '${params.value.centreId}'`);
  });
  admin.put('/centres/:centreId', async (c) => {
    const params = identifiers(c, ['centreId'] as const);
    if (!params.ok) return params.response;
    const body = await input(c, CentreInput);
    if (!body.ok) return body.response;
    const id = params.value.centreId;
    return write(c, 'centre.put', `centre:${id}`, async (tx) => {
      const { before, after } = await putCentre(tx, { id, ...body.value });
      return { status: before ? 200 : 201, body: after, change: { before: before ?? null, after } };
    });
  });
  admin.delete('/centres/:centreId', async (c) => {
    const params = identifiers(c, ['centreId'] as const);
    if (!params.ok) return params.response;
    const id = params.value.centreId;
    return write(c, 'centre.delete', `centre:${id}`, async (tx) => {
      const result = await deleteCentre(tx, id);
      if (!result.before) return notFound(c, 'centreId', `No centre '${id}'`);
      if (result.conflict) return conflict(c, result.conflict);
      return { status: 204, change: { before: result.before } };
    });
  });

  admin.get('/centres/:centreId/evaluations/:cycle', async (c) => {
    const params = identifiers(c, ['centreId'] as const);
    if (!params.ok) return params.response;
    const cycle = pathCycle(c);
    if (!cycle.ok) return cycle.response;
    const evaluation = await findEvaluation(db, params.value.centreId, cycle.value);
    return evaluation
      ? c.json(evaluation)
      : notFound(c, 'cycle', `No evaluation of centre '${params.value.centreId}' in cycle ${cycle.value}`);
  });
  admin.put('/centres/:centreId/evaluations/:cycle', async (c) => {
    const params = identifiers(c, ['centreId'] as const);
    if (!params.ok) return params.response;
    const cycle = pathCycle(c);
    if (!cycle.ok || cycle.value === undefined) return cycle.ok ? notFound(c, 'cycle', 'A cycle number is required') : cycle.response;
    const body = await jsonBody(c);
    if (!body.ok) return body.response;
    if (!isObject(body.value))
      return problem(c, 400, 'invalid-request', [{ path: '', code: 'invalid_type', message: 'Expected an object' }]);
    const sent = body.value;
    if (isObject(sent.cycle) && sent.cycle.number !== undefined && sent.cycle.number !== cycle.value) {
      return problem(c, 400, 'invalid-request', [
        { path: 'cycle.number', code: 'invalid_value', message: `The path says cycle ${cycle.value}` },
      ]);
    }
    const centreId = params.value.centreId;
    const centre = await getCentre(db, centreId);
    if (!centre) return notFound(c, 'centreId', `No centre '${centreId}': PUT /admin/centres/${centreId} first`);
    // The very schema the scorecard validates with; the centre comes from the database, the history is derived.
    const { cycles: _, ...centreFields } = centre;
    const candidate = {
      ...sent,
      centre: centreFields,
      cycle: { ...(isObject(sent.cycle) ? sent.cycle : {}), number: cycle.value },
      history: [],
    };
    const evaluation = check(c, Evaluation, candidate, evaluationIssues);
    if (!evaluation.ok) return evaluation.response;
    return write(c, 'evaluation.put', `evaluation:${centreId}:${cycle.value}`, async (tx) => {
      const before = await findEvaluation(tx, centreId, cycle.value);
      await putEvaluation(tx, evaluation.value);
      const after = (await findEvaluation(tx, centreId, cycle.value))!;
      return { status: before ? 200 : 201, body: after, change: { before: before ?? null, after } };
    });
  });
  admin.delete('/centres/:centreId/evaluations/:cycle', async (c) => {
    const params = identifiers(c, ['centreId'] as const);
    if (!params.ok) return params.response;
    const cycle = pathCycle(c);
    if (!cycle.ok || cycle.value === undefined) return cycle.ok ? notFound(c, 'cycle', 'A cycle number is required') : cycle.response;
    const { centreId } = params.value;
    return write(c, 'evaluation.delete', `evaluation:${centreId}:${cycle.value}`, async (tx) => {
      const before = await findEvaluation(tx, centreId, cycle.value);
      if (!before || !(await deleteEvaluation(tx, centreId, cycle.value!)))
        return notFound(c, 'cycle', `No evaluation of centre '${centreId}' in cycle ${cycle.value}`);
      return { status: 204, change: { before } };
    });
  });

  /* ------------------------------------------ organisations and certifications (publisher) */
  admin.get('/organisations', async (c) => c.json({ organisations: await listOrganisations(db) }));
  admin.get('/organisations/:organisationId', async (c) => {
    const params = identifiers(c, ['organisationId'] as const);
    if (!params.ok) return params.response;
    const organisation = await getOrganisation(db, params.value.organisationId);
    return organisation ? c.json(organisation) : notFound(c, 'organisationId', `No organisation '${params.value.organisationId}'`);
  });
  admin.put('/organisations/:organisationId', async (c) => {
    const params = identifiers(c, ['organisationId'] as const);
    if (!params.ok) return params.response;
    const body = await input(c, OrganisationInput);
    if (!body.ok) return body.response;
    const id = params.value.organisationId;
    return write(c, 'organisation.put', `organisation:${id}`, async (tx) => {
      const { before, after } = await putOrganisation(tx, id, body.value.name);
      return { status: before ? 200 : 201, body: after, change: { before: before ?? null, after } };
    });
  });
  admin.delete('/organisations/:organisationId', async (c) => {
    const params = identifiers(c, ['organisationId'] as const);
    if (!params.ok) return params.response;
    const id = params.value.organisationId;
    return write(c, 'organisation.delete', `organisation:${id}`, async (tx) => {
      const result = await deleteOrganisation(tx, id);
      if (!result.before) return notFound(c, 'organisationId', `No organisation '${id}'`);
      if (result.conflict) return conflict(c, result.conflict);
      return { status: 204, change: { before: result.before } };
    });
  });

  admin.get('/certifications/:certificateId', async (c) => {
    const params = identifiers(c, ['certificateId'] as const);
    if (!params.ok) return params.response;
    const record = await getCertificationRecord(db, params.value.certificateId);
    return record ? c.json(record) : notFound(c, 'certificateId', `No certificate '${params.value.certificateId}'`);
  });
  admin.put('/certifications/:certificateId', async (c) => {
    const params = identifiers(c, ['certificateId'] as const);
    if (!params.ok) return params.response;
    const body = await jsonBody(c);
    if (!body.ok) return body.response;
    const id = params.value.certificateId;
    const placement = check(c, CertificationPlacement, body.value, (p) => dayIssues({ statusChangedOn: p.statusChangedOn }));
    if (!placement.ok) return placement.response;
    // The very schema the badge validates with; the id comes from the path.
    const certification = check(c, Certification, { ...(body.value as object), id }, certificationIssues);
    if (!certification.ok) return certification.response;
    const { organisationId } = placement.value;
    if (!(await getOrganisation(db, organisationId)))
      return notFound(c, 'organisationId', `No organisation '${organisationId}': PUT /admin/organisations/${organisationId} first`);
    return write(c, 'certification.put', `certification:${id}`, async (tx) => {
      const { before, after } = await putCertification(
        tx,
        { ...placement.value, certification: certification.value },
        c.get('adminKey').keyId,
      );
      return { status: before ? 200 : 201, body: after, change: { before: before?.certification ?? null, after: after.certification } };
    });
  });
  admin.post('/certifications/:certificateId/status', async (c) => {
    const params = identifiers(c, ['certificateId'] as const);
    if (!params.ok) return params.response;
    const body = await input(c, StatusChangeInput, (s) => [...dayIssues({ on: s.on }), ...statusChangeIssues(s)]);
    if (!body.ok) return body.response;
    const id = params.value.certificateId;
    const { action } = body.value;
    const status = action ? STATUS_ACTIONS[action] : body.value.status!;
    return write(c, 'certification.status', `certification:${id}`, async (tx) => {
      const before = await getCertificationRecord(tx, id);
      if (!before) return notFound(c, 'certificateId', `No certificate '${id}'`);
      // Revocation is final in a status list: a withdrawn certificate comes back only as a new certification.
      if (action === 'reinstate' && REVOKED_STATUSES.includes(before.certification.status))
        return conflict(c, `The certificate is ${before.certification.status}: it cannot be reinstated, only certified anew`);
      const { after } = await putCertification(
        tx,
        {
          organisationId: before.organisationId,
          position: before.position,
          certification: { ...before.certification, status },
          statusChangedOn: body.value.on,
          statusNote: body.value.note,
        },
        c.get('adminKey').keyId,
      );
      return {
        status: 200,
        body: after,
        change: {
          before: { status: before.certification.status },
          after: { status, ...(action ? { action } : {}), on: body.value.on ?? null, note: body.value.note ?? null },
        },
      };
    });
  });
  admin.delete('/certifications/:certificateId', async (c) => {
    const params = identifiers(c, ['certificateId'] as const);
    if (!params.ok) return params.response;
    const id = params.value.certificateId;
    return write(c, 'certification.delete', `certification:${id}`, async (tx) => {
      const before = await deleteCertification(tx, id);
      if (!before) return notFound(c, 'certificateId', `No certificate '${id}'`);
      return { status: 204, change: { before: before.certification } };
    });
  });

  /* ----------------------------------------------------- exports (analyst) */
  admin.route('/', exportRoutes(db, settings, cubes));

  admin.all('*', (c) =>
    problem(c, 404, 'not-found', [{ path: '', code: 'not_found', message: `No admin endpoint ${c.req.method} ${c.req.path}` }]),
  );
  return admin;
}
