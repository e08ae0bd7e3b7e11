/**
 * What an operator publishes through the admin API and the import: services (with their reason
 * chips), centres and their evaluations per cycle, organisations and their certificates (whose status
 * changes are kept: suspended on, restored on, withdrawn on). Reads of the public shapes stay in
 * evaluations.ts and certifications.ts; this module writes, and reads what only admins see.
 */
import type { Certification, Evaluation, LocalizedText, RatingScale, ReasonOptions } from '../../../src/core/contract.js';
import type { Queryable } from '../db.js';
import { findCertification } from './certifications.js';
import { revokeEntries, REVOKED_STATUSES } from './status-entries.js';

/* ---------------------------------------------------------------- services */

export interface ServiceRecord {
  id: string;
  name: LocalizedText;
  scale: RatingScale;
  reasonOptions?: ReasonOptions;
  /** Votes stored for it (a service with votes keeps its scale and cannot be deleted). */
  votes: number;
}
export type ServiceInput = Omit<ServiceRecord, 'id' | 'votes'>;

const SERVICE_SQL = `
  SELECT s.id, s.name_ar, s.name_en, s.scale, s.reason_options,
         (SELECT coalesce(sum(t.votes), 0)::int FROM rating_tallies t WHERE t.service_id = s.id) AS votes
    FROM services s`;

type ServiceRow = { id: string; name_ar: string; name_en: string; scale: RatingScale; reason_options: ReasonOptions | null; votes: number };
const toService = (row: ServiceRow): ServiceRecord => ({
  id: row.id,
  name: { ar: row.name_ar, en: row.name_en },
  scale: row.scale,
  ...(row.reason_options ? { reasonOptions: row.reason_options } : {}),
  votes: row.votes,
});

export async function listServices(db: Queryable): Promise<ServiceRecord[]> {
  return (await db.query<ServiceRow>(`${SERVICE_SQL} ORDER BY s.id`)).map(toService);
}
export async function getService(db: Queryable, id: string): Promise<ServiceRecord | undefined> {
  const [row] = await db.query<ServiceRow>(`${SERVICE_SQL} WHERE s.id = $1`, [id]);
  return row && toService(row);
}

export async function putService(
  tx: Queryable,
  id: string,
  input: ServiceInput,
): Promise<{ before?: ServiceRecord; after: ServiceRecord } | { conflict: string }> {
  const before = await getService(tx, id);
  if (before && before.votes > 0 && before.scale !== input.scale)
    return { conflict: `The service has ${before.votes} votes on the ${before.scale} scale; its scale cannot change` };
  await tx.query(
    `INSERT INTO services (id, scale, name_ar, name_en, reason_options) VALUES ($1, $2, $3, $4, $5::jsonb)
     ON CONFLICT (id) DO UPDATE SET scale = EXCLUDED.scale, name_ar = EXCLUDED.name_ar, name_en = EXCLUDED.name_en, reason_options = EXCLUDED.reason_options`,
    [id, input.scale, input.name.ar, input.name.en, input.reasonOptions ? JSON.stringify(input.reasonOptions) : null],
  );
  return { before, after: (await getService(tx, id))! };
}

export async function deleteService(tx: Queryable, id: string): Promise<{ before?: ServiceRecord; conflict?: string }> {
  const before = await getService(tx, id);
  if (!before) return {};
  if (before.votes > 0) return { before, conflict: `The service has ${before.votes} votes; it cannot be deleted` };
  await tx.query('DELETE FROM rating_tallies WHERE service_id = $1', [id]);
  await tx.query('DELETE FROM services WHERE id = $1', [id]);
  return { before };
}

/* ----------------------------------------------------------------- centres */

export type Centre = Evaluation['centre'];
export interface CentreRecord extends Centre {
  /** Cycles with a published evaluation, oldest first. */
  cycles: number[];
}

const CENTRE_SQL = `
  SELECT c.id, c.name_ar, c.name_en, c.entity_ar, c.entity_en, c.model,
         (SELECT coalesce(jsonb_agg(e.cycle ORDER BY e.cycle), '[]') FROM evaluations e WHERE e.centre_id = c.id) AS cycles
    FROM centres c`;
type CentreRow = {
  id: string;
  name_ar: string;
  name_en: string;
  entity_ar: string;
  entity_en: string;
  model: Centre['model'];
  cycles: number[];
};
const toCentre = (row: CentreRow): CentreRecord => ({
  id: row.id,
  name: { ar: row.name_ar, en: row.name_en },
  entity: { ar: row.entity_ar, en: row.entity_en },
  model: row.model,
  cycles: row.cycles,
});

export async function listCentres(db: Queryable): Promise<CentreRecord[]> {
  return (await db.query<CentreRow>(`${CENTRE_SQL} ORDER BY c.id`)).map(toCentre);
}
export async function getCentre(db: Queryable, id: string): Promise<CentreRecord | undefined> {
  const [row] = await db.query<CentreRow>(`${CENTRE_SQL} WHERE c.id = $1`, [id]);
  return row && toCentre(row);
}

export async function putCentre(tx: Queryable, centre: Centre): Promise<{ before?: CentreRecord; after: CentreRecord }> {
  const before = await getCentre(tx, centre.id);
  await tx.query(
    `INSERT INTO centres (id, name_ar, name_en, entity_ar, entity_en, model) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET name_ar = EXCLUDED.name_ar, name_en = EXCLUDED.name_en, entity_ar = EXCLUDED.entity_ar,
       entity_en = EXCLUDED.entity_en, model = EXCLUDED.model`,
    [centre.id, centre.name.ar, centre.name.en, centre.entity.ar, centre.entity.en, centre.model],
  );
  return { before, after: (await getCentre(tx, centre.id))! };
}

export async function deleteCentre(tx: Queryable, id: string): Promise<{ before?: CentreRecord; conflict?: string }> {
  const before = await getCentre(tx, id);
  if (!before) return {};
  if (before.cycles.length)
    return { before, conflict: `The centre has evaluations (cycles ${before.cycles.join(', ')}); delete them first` };
  await tx.query('DELETE FROM centres WHERE id = $1', [id]);
  return { before };
}

/* ------------------------------------------------------------- evaluations */

/** Stores one cycle's evaluation of a centre (the centre must exist); history is derived, never stored. */
export async function putEvaluation(tx: Queryable, e: Evaluation): Promise<void> {
  await tx.query(
    `INSERT INTO evaluations (centre_id, cycle, year, programme_ar, programme_en, result, criteria,
       mystery_shopper_visits, field_visits, survey_responses, rank_position, rank_of, strengths, improvements, published_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10, $11, $12, $13::jsonb, $14::jsonb, $15::date)
     ON CONFLICT (centre_id, cycle) DO UPDATE SET year = EXCLUDED.year, programme_ar = EXCLUDED.programme_ar,
       programme_en = EXCLUDED.programme_en, result = EXCLUDED.result, criteria = EXCLUDED.criteria,
       mystery_shopper_visits = EXCLUDED.mystery_shopper_visits, field_visits = EXCLUDED.field_visits,
       survey_responses = EXCLUDED.survey_responses, rank_position = EXCLUDED.rank_position, rank_of = EXCLUDED.rank_of,
       strengths = EXCLUDED.strengths, improvements = EXCLUDED.improvements, published_at = EXCLUDED.published_at`,
    [
      e.centre.id,
      e.cycle.number,
      e.cycle.year,
      e.cycle.programme.ar,
      e.cycle.programme.en,
      JSON.stringify(e.result),
      JSON.stringify(e.criteria),
      e.evidence?.mysteryShopperVisits ?? null,
      e.evidence?.fieldVisits ?? null,
      e.evidence?.surveyResponses ?? null,
      e.rank?.position ?? null,
      e.rank?.of ?? null,
      JSON.stringify(e.strengths),
      JSON.stringify(e.improvements),
      e.publishedAt ?? null,
    ],
  );
}

export async function deleteEvaluation(tx: Queryable, centreId: string, cycle: number): Promise<boolean> {
  return (await tx.query('DELETE FROM evaluations WHERE centre_id = $1 AND cycle = $2 RETURNING cycle', [centreId, cycle])).length === 1;
}

/* ----------------------------------------------------------- organisations */

export interface OrganisationRecord {
  id: string;
  name: LocalizedText;
  /** Its certificates' ids in display order. */
  certificates: string[];
}
const ORGANISATION_SQL = `
  SELECT o.id, o.name_ar, o.name_en,
         (SELECT coalesce(jsonb_agg(c.id ORDER BY c.position, c.id), '[]') FROM certifications c WHERE c.organisation_id = o.id) AS certificates
    FROM organisations o`;
type OrganisationRow = { id: string; name_ar: string; name_en: string; certificates: string[] };
const toOrganisation = (row: OrganisationRow): OrganisationRecord => ({
  id: row.id,
  name: { ar: row.name_ar, en: row.name_en },
  certificates: row.certificates,
});

export async function listOrganisations(db: Queryable): Promise<OrganisationRecord[]> {
  return (await db.query<OrganisationRow>(`${ORGANISATION_SQL} ORDER BY o.id`)).map(toOrganisation);
}
export async function getOrganisation(db: Queryable, id: string): Promise<OrganisationRecord | undefined> {
  const [row] = await db.query<OrganisationRow>(`${ORGANISATION_SQL} WHERE o.id = $1`, [id]);
  return row && toOrganisation(row);
}

export async function putOrganisation(
  tx: Queryable,
  id: string,
  name: LocalizedText,
): Promise<{ before?: OrganisationRecord; after: OrganisationRecord }> {
  const before = await getOrganisation(tx, id);
  await tx.query(
    'INSERT INTO organisations (id, name_ar, name_en) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET name_ar = EXCLUDED.name_ar, name_en = EXCLUDED.name_en',
    [id, name.ar, name.en],
  );
  return { before, after: (await getOrganisation(tx, id))! };
}

export async function deleteOrganisation(tx: Queryable, id: string): Promise<{ before?: OrganisationRecord; conflict?: string }> {
  const before = await getOrganisation(tx, id);
  if (!before) return {};
  if (before.certificates.length)
    return { before, conflict: `The organisation has certificates (${before.certificates.join(', ')}); delete them first` };
  await tx.query('DELETE FROM organisations WHERE id = $1', [id]);
  return { before };
}

/* ---------------------------------------------------------- certifications */

export interface StatusChange {
  /** What happened, read as "<event> on <on>": suspended, restored, withdrawn, ... */
  event: string;
  from: string | null;
  to: string;
  on: string;
  note?: string;
  keyId: string;
  recordedAt: string;
}

export interface CertificationRecord {
  organisationId: string;
  position: number;
  certification: Certification;
  statusHistory: StatusChange[];
}

/** "restored" when a suspension ends; otherwise the new status itself ("suspended", "withdrawn"). */
function statusEvent(from: string | null, to: string): string {
  if (from === null) return 'issued';
  if (to === 'active' && (from === 'suspended' || from === 'inactive')) return 'restored';
  return to;
}

export async function statusHistory(db: Queryable, certificateId: string): Promise<StatusChange[]> {
  const rows = await db.query<{
    from_status: string | null;
    to_status: string;
    on: string;
    note: string | null;
    key_id: string;
    recorded_at: string;
  }>(
    `SELECT from_status, to_status, to_char(changed_on, 'YYYY-MM-DD') AS "on", note, key_id,
            to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS recorded_at
       FROM certification_status_changes WHERE certificate_id = $1 ORDER BY id`,
    [certificateId],
  );
  return rows.map((row) => ({
    event: statusEvent(row.from_status, row.to_status),
    from: row.from_status,
    to: row.to_status,
    on: row.on,
    ...(row.note ? { note: row.note } : {}),
    keyId: row.key_id,
    recordedAt: row.recorded_at,
  }));
}

export async function getCertificationRecord(db: Queryable, id: string): Promise<CertificationRecord | undefined> {
  const [place] = await db.query<{ organisation_id: string; position: number }>(
    'SELECT organisation_id, position FROM certifications WHERE id = $1',
    [id],
  );
  if (!place) return undefined;
  return {
    organisationId: place.organisation_id,
    position: place.position,
    certification: (await findCertification(db, id))!,
    statusHistory: await statusHistory(db, id),
  };
}

export interface CertificationWrite {
  organisationId: string;
  /** Display order within the organisation; default: after the others (new) or unchanged. */
  position?: number;
  certification: Certification;
  /** When a status change took effect (default: today), and why. */
  statusChangedOn?: string;
  statusNote?: string;
}

export async function putCertification(
  tx: Queryable,
  write: CertificationWrite,
  keyId: string,
): Promise<{ before?: CertificationRecord; after: CertificationRecord }> {
  const c = write.certification;
  const before = await getCertificationRecord(tx, c.id);
  const [{ next } = { next: 0 }] = await tx.query<{ next: number }>(
    'SELECT coalesce(max(position) + 1, 0)::int AS next FROM certifications WHERE organisation_id = $1',
    [write.organisationId],
  );
  const position = write.position ?? (before && before.organisationId === write.organisationId ? before.position : next);
  await tx.query(
    `INSERT INTO certifications (id, organisation_id, position, certificate_number, standard_code, standard_version,
       standard_title_ar, standard_title_en, certified_entity_ar, certified_entity_en, scope_ar, scope_en, sites,
       body_name, body_url, body_logo, accreditation_name, accreditation_status, original_issue_date, issue_date,
       expiry_date, status, verify_url, last_verified_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $16, $17, $18,
             $19::date, $20::date, $21::date, $22, $23, $24::timestamptz)
     ON CONFLICT (id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, position = EXCLUDED.position,
       certificate_number = EXCLUDED.certificate_number, standard_code = EXCLUDED.standard_code,
       standard_version = EXCLUDED.standard_version, standard_title_ar = EXCLUDED.standard_title_ar,
       standard_title_en = EXCLUDED.standard_title_en, certified_entity_ar = EXCLUDED.certified_entity_ar,
       certified_entity_en = EXCLUDED.certified_entity_en, scope_ar = EXCLUDED.scope_ar, scope_en = EXCLUDED.scope_en,
       sites = EXCLUDED.sites, body_name = EXCLUDED.body_name, body_url = EXCLUDED.body_url, body_logo = EXCLUDED.body_logo,
       accreditation_name = EXCLUDED.accreditation_name, accreditation_status = EXCLUDED.accreditation_status,
       original_issue_date = EXCLUDED.original_issue_date, issue_date = EXCLUDED.issue_date,
       expiry_date = EXCLUDED.expiry_date, status = EXCLUDED.status, verify_url = EXCLUDED.verify_url,
       last_verified_at = EXCLUDED.last_verified_at`,
    [
      c.id,
      write.organisationId,
      position,
      c.certificateNumber,
      c.standard.code,
      c.standard.version ?? null,
      c.standard.title.ar,
      c.standard.title.en,
      c.certifiedEntity.ar,
      c.certifiedEntity.en,
      c.scope.ar,
      c.scope.en,
      JSON.stringify(c.sites),
      c.certificationBody.name,
      c.certificationBody.url ?? null,
      c.certificationBody.logo ?? null,
      c.accreditationBody?.name ?? null,
      c.accreditationBody?.status ?? null,
      c.originalIssueDate ?? null,
      c.issueDate,
      c.expiryDate,
      c.status,
      c.verifyUrl ?? null,
      c.lastVerifiedAt ?? null,
    ],
  );
  const previous = before?.certification.status ?? null;
  if (previous !== c.status) {
    await tx.query(
      'INSERT INTO certification_status_changes (certificate_id, from_status, to_status, changed_on, note, key_id) VALUES ($1, $2, $3, $4::date, $5, $6)',
      [
        c.id,
        previous,
        c.status,
        write.statusChangedOn ?? (before ? new Date().toISOString().slice(0, 10) : c.issueDate),
        write.statusNote ?? null,
        keyId,
      ],
    );
  }
  // Withdrawn or cancelled: the revocation bit of every record signed so far is set, for good.
  if (REVOKED_STATUSES.includes(c.status)) await revokeEntries(tx, c.id);
  return { before, after: (await getCertificationRecord(tx, c.id))! };
}

export async function deleteCertification(tx: Queryable, id: string): Promise<CertificationRecord | undefined> {
  const before = await getCertificationRecord(tx, id);
  if (before) {
    await tx.query('DELETE FROM certifications WHERE id = $1', [id]);
    // Records signed before stay in circulation: they must read as withdrawn, not as valid.
    await revokeEntries(tx, id);
  }
  return before;
}
