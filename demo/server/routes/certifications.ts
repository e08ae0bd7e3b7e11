/** `GET {base}/organisations/{organisationId}/certifications` and `GET {base}/certifications/{certificateId}`. */
import { Hono } from 'hono';
import { Certification, OrganisationCertifications } from '../../../src/core/contract.js';
import type { Db } from '../db.js';
import type { CertificationPublisher } from '../signing/publisher.js';
import type { AppEnv } from '../http/app-env.js';
import { notFound } from '../http/problems.js';
import { findCertification, findOrganisationCertifications } from '../store/certifications.js';
import { routePath } from './contract-paths.js';
import { identifiers } from './params.js';

// Statuses change rarely, and the badge computes expiry against the dates itself; a signed record's
// current status comes from the status lists, which are revalidated on every read.
const CACHE = 'public, max-age=300';

/** Every certification served carries `signed`, the record signed by `publisher`. */
export function certificationRoutes(db: Db, publisher: CertificationPublisher): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get(routePath('organisationCertifications'), async (c) => {
    const params = identifiers(c, ['organisationId'] as const);
    if (!params.ok) return params.response;
    const found = await findOrganisationCertifications(db, params.value.organisationId);
    if (!found) return notFound(c, 'organisationId', `No organisation '${params.value.organisationId}'`);
    const certifications = [];
    for (const certification of found.certifications) certifications.push(await publisher.sign(db, certification));
    c.header('Cache-Control', CACHE);
    return c.json(OrganisationCertifications.parse({ ...found, certifications }));
  });

  routes.get(routePath('certification'), async (c) => {
    const params = identifiers(c, ['certificateId'] as const);
    if (!params.ok) return params.response;
    const found = await findCertification(db, params.value.certificateId);
    if (!found) return notFound(c, 'certificateId', `No certificate '${params.value.certificateId}'`);
    c.header('Cache-Control', CACHE);
    return c.json(Certification.parse(await publisher.sign(db, found)));
  });

  return routes;
}
