/** SQL for organisations and their management-system certifications. */
import type { Certification, LocalizedText, OrganisationCertifications } from '../../../src/core/contract.js';
import type { Queryable } from '../db.js';

interface CertificationRow {
  id: string;
  certificate_number: string;
  standard_code: string;
  standard_version: string | null;
  standard_title_ar: string;
  standard_title_en: string;
  certified_entity_ar: string;
  certified_entity_en: string;
  scope_ar: string;
  scope_en: string;
  sites: LocalizedText[];
  body_name: string;
  body_url: string | null;
  body_logo: string | null;
  accreditation_name: string | null;
  accreditation_status: string | null;
  original_issue_date: string | null;
  issue_date: string;
  expiry_date: string;
  status: string;
  verify_url: string | null;
  last_verified_at: string | null;
}

// Dates leave the database as text: a JS Date would move them by the server's time zone.
const CERTIFICATION_COLUMNS = `
  id, certificate_number, standard_code, standard_version, standard_title_ar, standard_title_en,
  certified_entity_ar, certified_entity_en, scope_ar, scope_en, sites, body_name, body_url, body_logo,
  accreditation_name, accreditation_status,
  to_char(original_issue_date, 'YYYY-MM-DD') AS original_issue_date,
  to_char(issue_date, 'YYYY-MM-DD') AS issue_date,
  to_char(expiry_date, 'YYYY-MM-DD') AS expiry_date,
  status, verify_url,
  to_char(last_verified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS last_verified_at`;

function toCertification(row: CertificationRow): Certification {
  return {
    id: row.id,
    certificateNumber: row.certificate_number,
    standard: {
      code: row.standard_code,
      version: row.standard_version ?? undefined,
      title: { ar: row.standard_title_ar, en: row.standard_title_en },
    },
    certifiedEntity: { ar: row.certified_entity_ar, en: row.certified_entity_en },
    scope: { ar: row.scope_ar, en: row.scope_en },
    sites: row.sites,
    certificationBody: { name: row.body_name, url: row.body_url ?? undefined, logo: row.body_logo ?? undefined },
    accreditationBody: row.accreditation_name ? { name: row.accreditation_name, status: row.accreditation_status ?? '' } : undefined,
    originalIssueDate: row.original_issue_date ?? undefined,
    issueDate: row.issue_date,
    expiryDate: row.expiry_date,
    status: row.status,
    verifyUrl: row.verify_url ?? undefined,
    lastVerifiedAt: row.last_verified_at ?? undefined,
  };
}

export async function findCertification(db: Queryable, certificateId: string): Promise<Certification | undefined> {
  const [row] = await db.query<CertificationRow>(`SELECT ${CERTIFICATION_COLUMNS} FROM certifications WHERE id = $1`, [certificateId]);
  return row && toCertification(row);
}

/** An organisation and all its certifications in their display order; undefined when it is unknown. */
export async function findOrganisationCertifications(
  db: Queryable,
  organisationId: string,
): Promise<OrganisationCertifications | undefined> {
  const [organisation] = await db.query<{ id: string; name_ar: string; name_en: string }>(
    'SELECT id, name_ar, name_en FROM organisations WHERE id = $1',
    [organisationId],
  );
  if (!organisation) return undefined;
  const rows = await db.query<CertificationRow>(
    `SELECT ${CERTIFICATION_COLUMNS} FROM certifications WHERE organisation_id = $1 ORDER BY position, id`,
    [organisationId],
  );
  return {
    organisation: { id: organisation.id, name: { ar: organisation.name_ar, en: organisation.name_en } },
    certifications: rows.map(toCertification),
  };
}
