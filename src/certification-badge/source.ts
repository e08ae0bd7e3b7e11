/**
 * Where the certificates come from (inline JSON, an organisation's list, or one certificate) and
 * which of them the element shows. Kept apart from rendering so the rules can be read in one place.
 */
import { apiClient } from '../core/api.js';
import { validateNow, validatePayload } from '../core/contract-check.js';
import type { ResolvedConfig } from '../core/config.js';
import type { Certification } from '../core/contract.js';
import { JawdaError } from '../core/errors.js';
import { CERTIFICATE_STATUSES } from '../core/vocabulary.js';
import type { CertificationLoadDetail } from './events.js';
import { safeLinks } from './links.js';

/** What the element asks for: its attributes. */
export interface CertificationQuery {
  organisationId?: string;
  certificateId?: string;
  /** "ISO 9001" or "ISO 9001:2015": matches the standard's code, or code and version. */
  standard?: string;
}

/**
 * Inline JSON may hold either shape: an object with `certifications` is read as an organisation's
 * list (OrganisationCertifications), anything else as one Certification. Each is validated with the
 * same schema as an API answer, so the editor sees which field is wrong.
 */
export async function inlineCertifications(payload: unknown): Promise<CertificationLoadDetail> {
  if (isList(payload)) return validatePayload(payload, 'OrganisationCertifications');
  return { certifications: [await validatePayload(payload, 'Certification')] };
}

const isList = (payload: unknown) => payload !== null && typeof payload === 'object' && 'certifications' in payload;

/** The same, without waiting, when the contract is loaded and the payload valid; else undefined. */
export function inlineCertificationsNow(payload: unknown): CertificationLoadDetail | undefined {
  if (isList(payload)) return validateNow(payload, 'OrganisationCertifications');
  const one = validateNow(payload, 'Certification');
  return one && { certifications: [one] };
}

/**
 * Asks the API for what `query` names. An organisation's list is preferred even when a certificate-id
 * is given too: twenty badges of one organisation then share one request, each picking its certificate.
 */
export async function fetchCertifications(
  config: ResolvedConfig,
  query: CertificationQuery,
  signal: AbortSignal,
): Promise<CertificationLoadDetail> {
  if (query.organisationId) {
    return apiClient().get(
      config,
      'organisationCertifications',
      { organisationId: query.organisationId },
      'OrganisationCertifications',
      signal,
    );
  }
  const certification = await apiClient().get(config, 'certification', { certificateId: query.certificateId }, 'Certification', signal);
  return { certifications: [certification] };
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function matchesStandard(certification: Certification, standard: string): boolean {
  const { code, version } = certification.standard;
  const wanted = normalise(standard);
  return normalise(code) === wanted || (version !== undefined && normalise(`${code}:${version}`) === wanted);
}

/**
 * The certificates to show: filtered by `certificateId` (in a list) and `standard`. A certificate-id
 * missing from the organisation's list is a not-found, named like a 404 would be.
 */
export function selectCertifications(
  loaded: CertificationLoadDetail,
  query: CertificationQuery,
  warn: (message: string) => void,
): CertificationLoadDetail {
  let shown = loaded.certifications;
  if (query.certificateId && loaded.organisation) {
    shown = shown.filter((c) => c.id === query.certificateId || c.certificateNumber === query.certificateId);
    if (!shown.length) throw new JawdaError('not-found', 'No such certificate in the list', { attribute: 'certificate-id' });
  }
  if (query.standard) shown = shown.filter((c) => matchesStandard(c, query.standard!));
  return { organisation: loaded.organisation, certifications: shown.map((c) => withSafeLinks(c, warn)) };
}

/**
 * Drops every link and logo that is not https:, saying so once to the developer; a status outside
 * the IAF vocabulary is named to the developer too (the citizen reads "Status unknown").
 */
function withSafeLinks(certification: Certification, warn: (message: string) => void): Certification {
  if (!(CERTIFICATE_STATUSES as readonly string[]).includes(certification.status.trim().toLowerCase())) {
    warn(`certificate "${certification.id}": unknown status ${JSON.stringify(certification.status)}`);
  }
  return safeLinks(certification, warn);
}
