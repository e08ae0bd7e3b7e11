/**
 * What the admin API accepts, built from the contract's own schemas (the ones the elements validate
 * with), plus the few checks a database needs beyond them: calendar dates that exist, whole numbers
 * that fit a 32-bit column, a result scheme the elements know, an IAF status.
 */
import * as z from 'zod/mini';
import {
  CERTIFICATE_STATUSES,
  Evaluation,
  LocalizedText,
  OrganisationCertifications,
  RatingScale,
  ReasonOptions,
  RESULT_SCHEMES,
  type Certification,
} from '../../../src/core/contract.js';
import type { Issue } from '../http/problems.js';

export const ServiceInput = z.object({ name: LocalizedText, scale: RatingScale, reasonOptions: z.optional(ReasonOptions) });
export const CentreInput = z.omit(Evaluation.shape.centre, { id: true });
export const OrganisationInput = z.omit(OrganisationCertifications.shape.organisation, { id: true });

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date: YYYY-MM-DD'));
/** What a certification body does to a certificate, and the IAF status it leaves it in. */
export const STATUS_ACTIONS = { suspend: 'suspended', withdraw: 'withdrawn', reinstate: 'active' } as const;
export type StatusAction = keyof typeof STATUS_ACTIONS;

/** A status change: an `action` (suspend, withdraw, reinstate) or the IAF `status` itself; exactly one of them. */
export const StatusChangeInput = z.object({
  status: z.optional(z.enum(CERTIFICATE_STATUSES)),
  action: z.optional(z.enum(Object.keys(STATUS_ACTIONS) as [StatusAction, ...StatusAction[]])),
  /** When the change took effect; default today. */
  on: z.optional(Day),
  note: z.optional(z.string().check(z.maxLength(500))),
});
/** The certificate's placing, and the status change's date and note, beside the contract's fields. */
export const CertificationPlacement = z.object({
  organisationId: z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[\p{L}\p{N}._~:-]+$/u)),
  position: z.optional(z.int().check(z.minimum(0), z.maximum(10_000))),
  statusChangedOn: z.optional(Day),
  statusNote: z.optional(z.string().check(z.maxLength(500))),
});

const INT32_MAX = 2 ** 31 - 1;

/** Whole numbers too large for the database's 32-bit columns, anywhere in `value`. */
function int32Issues(value: unknown, path: string[] = []): Issue[] {
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) > INT32_MAX
      ? [{ path: path.join('.'), code: 'too_big', message: `Too large: at most ${INT32_MAX}` }]
      : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => int32Issues(item, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => int32Issues(item, [...path, key]));
  return [];
}

/** A date (with an optional time) that is on the calendar: 2024-02-30 is not. */
export function realDate(text: string): boolean {
  const day = text.slice(0, 10);
  const midnight = new Date(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(midnight.getTime()) &&
    midnight.toISOString().slice(0, 10) === day &&
    !Number.isNaN(Date.parse(text.length > 10 ? text : `${text}T00:00:00Z`))
  );
}

function dateIssues(fields: Record<string, string | undefined>): Issue[] {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined && !realDate(value))
    .map(([path]) => ({ path, code: 'invalid_date', message: 'Not a date on the calendar' }));
}

export function evaluationIssues(e: Evaluation): Issue[] {
  return [
    ...((RESULT_SCHEMES as readonly string[]).includes(e.result.scheme)
      ? []
      : [{ path: 'result.scheme', code: 'invalid_value', message: `Expected one of ${RESULT_SCHEMES.join(', ')}` }]),
    ...dateIssues({ publishedAt: e.publishedAt }),
    ...int32Issues(e),
  ];
}

export function certificationIssues(c: Certification): Issue[] {
  return [
    ...((CERTIFICATE_STATUSES as readonly string[]).includes(c.status)
      ? []
      : [{ path: 'status', code: 'invalid_value', message: `Expected one of ${CERTIFICATE_STATUSES.join(', ')}` }]),
    ...dateIssues({
      originalIssueDate: c.originalIssueDate,
      issueDate: c.issueDate,
      expiryDate: c.expiryDate,
      lastVerifiedAt: c.lastVerifiedAt,
    }),
    ...(realDate(c.issueDate) && realDate(c.expiryDate) && c.expiryDate.slice(0, 10) < c.issueDate.slice(0, 10)
      ? [{ path: 'expiryDate', code: 'invalid_value', message: 'The expiry date is before the issue date' }]
      : []),
  ];
}

/** `action` or `status`, not both and not neither. */
export function statusChangeIssues(change: { status?: string; action?: string }): Issue[] {
  if ((change.status === undefined) === (change.action === undefined))
    return [{ path: 'action', code: 'invalid_value', message: 'Send either action (suspend, withdraw, reinstate) or status' }];
  return [];
}

export const dayIssues = (fields: Record<string, string | undefined>) => dateIssues(fields);
