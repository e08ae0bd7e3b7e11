/** `GET {base}/organisations/{organisationId}/certifications` and `GET {base}/certifications/{certificateId}`. */
import { Hono } from 'hono';
import { Certification, OrganisationCertifications } from '../../../src/core/contract.js';
import type { Db } from '../db.js';
import type { AppEnv } from '../http/app-env.js';
import { notFound } from '../http/problems.js';
import { findCertification, findOrganisationCertifications } from '../store/certifications.js';
import { routePath } from './contract-paths.js';
import { identifiers } from './params.js';

// Statuses change rarely, and the badge computes expiry against the dates itself.
const CACHE = 'public, max-age=300';

export function certificationRoutes(db: Db): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get(routePath('organisationCertifications'), async (c) => {
    const params = identifiers(c, ['organisationId'] as const);
    if (!params.ok) return params.response;
    const found = await findOrganisationCertifications(db, params.value.organisationId);
    if (!found) return notFound(c, 'organisationId', `No organisation '${params.value.organisationId}'`);
    c.header('Cache-Control', CACHE);
    return c.json(OrganisationCertifications.parse(found));
  });

  routes.get(routePath('certification'), async (c) => {
    const params = identifiers(c, ['certificateId'] as const);
    if (!params.ok) return params.response;
    const found = await findCertification(db, params.value.certificateId);
    if (!found) return notFound(c, 'certificateId', `No certificate '${params.value.certificateId}'`);
    c.header('Cache-Control', CACHE);
    return c.json(Certification.parse(found));
  });

  return routes;
}
