/**
 * The votes going out again, for analysts: filtered rows (in pages, for streaming) and aggregated
 * reports. Groups of fewer than `minGroup` votes are left out, so no export singles out a citizen, and
 * comments leave with e-mail addresses, phone numbers and ID-shaped numbers masked. What never leaves:
 * submissionId, transactionId, the host page's context, the dwell time.
 */
import type { Queryable } from '../db.js';

export interface ExportFilter {
  service?: string;
  centre?: string;
  channel?: string;
  /** YYYY-MM-DD, inclusive, UTC. */
  from?: string;
  to?: string;
}

export interface ExportedVote {
  receivedAt: string;
  serviceId: string;
  score: number;
  scale: string;
  reasons: string[];
  comment: string | null;
  channel: string;
  centreId: string | null;
  locale: string;
  page: string;
  /** `trap` or `too-fast` for a vote kept but left out of the public summary (the spam rule); null for a person's. */
  suspect: string | null;
}

export const EXPORT_COLUMNS: readonly (keyof ExportedVote)[] = [
  'receivedAt',
  'serviceId',
  'score',
  'scale',
  'reasons',
  'comment',
  'channel',
  'centreId',
  'locale',
  'page',
  'suspect',
];

// Digits in any script: citizens type Arabic-Indic digits too.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A Bahraini CPR (9 digits) or a Saudi national / iqama number (10 digits from 1 or 2), on its own.
const ID_NUMBER = /(?<!\p{Nd})(?:\p{Nd}{9}|[12١٢]\p{Nd}{9})(?!\p{Nd})/gu;
// Seven digits or more, with the separators people put in phone numbers.
const PHONE = /(?:\+|00)?\(?\p{Nd}(?:[\s().-]*\p{Nd}){6,}/gu;

/** A comment without the e-mail addresses, phone numbers and ID numbers people sometimes type into it. */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, '[email]').replace(ID_NUMBER, '[id]').replace(PHONE, '[phone]');
}

/** The WHERE clause of a filter, for the table aliased `r`, with its parameters numbered from `first`. */
function where(filter: ExportFilter, first = 1): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    clauses.push(clause.replace('?', `$${first + params.length - 1}`));
  };
  if (filter.service) add('r.service_id = ?', filter.service);
  if (filter.centre) add('r.centre_id = ?', filter.centre);
  if (filter.channel) add('r.channel = ?', filter.channel);
  if (filter.from) add(`r.received_at >= (?::date)::timestamp AT TIME ZONE 'UTC'`, filter.from);
  if (filter.to) add(`r.received_at < ((?::date) + 1)::timestamp AT TIME ZONE 'UTC'`, filter.to);
  return { sql: clauses.length ? clauses.join(' AND ') : 'true', params };
}

export interface ExportCursor {
  /** Only votes stored when the export began (id <= lastId): one consistent snapshot across pages. */
  lastId: number;
  /** Service, centre and channel groups with enough votes to be exported. */
  groups: { s: string; c: string | null; ch: string }[];
}

/** Where an export starts: the newest id, and the groups that are large enough. */
export async function startExport(db: Queryable, filter: ExportFilter, minGroup: number): Promise<ExportCursor> {
  const { sql, params } = where(filter, 2);
  const [row] = await db.query<{ last_id: number | null; groups: ExportCursor['groups'] | null }>(
    `WITH g AS (SELECT r.service_id AS s, r.centre_id AS c, r.channel AS ch FROM ratings r WHERE ${sql}
                GROUP BY 1, 2, 3 HAVING count(*) >= $1)
     SELECT (SELECT max(id)::float8 FROM ratings) AS last_id, (SELECT jsonb_agg(g) FROM g) AS groups`,
    [minGroup, ...params],
  );
  return { lastId: row?.last_id ?? 0, groups: row?.groups ?? [] };
}

/** The next page of exported votes after `afterId`, oldest first; `next` is undefined after the last. */
export async function exportPage(
  db: Queryable,
  filter: ExportFilter,
  cursor: ExportCursor,
  afterId: number,
  size = 1000,
): Promise<{ votes: ExportedVote[]; next?: number }> {
  if (cursor.groups.length === 0) return { votes: [] };
  const { sql, params } = where(filter, 5);
  const rows = await db.query<ExportedVote & { id: number }>(
    `SELECT r.id::float8 AS id, to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "receivedAt",
            r.service_id AS "serviceId", r.score, r.scale, r.reasons, r.comment, r.channel, r.centre_id AS "centreId", r.locale, r.page, r.suspect
       FROM ratings r
       JOIN jsonb_to_recordset($1::jsonb) AS g (s text, c text, ch text)
         ON g.s = r.service_id AND g.c IS NOT DISTINCT FROM r.centre_id AND g.ch = r.channel
      WHERE r.id > $2 AND r.id <= $3 AND ${sql}
      ORDER BY r.id LIMIT $4`,
    [JSON.stringify(cursor.groups), afterId, cursor.lastId, size, ...params],
  );
  const votes = rows.map(({ id: _, ...vote }) => ({ ...vote, comment: vote.comment === null ? null : maskPersonalData(vote.comment) }));
  return { votes, next: rows.length === size ? rows.at(-1)!.id : undefined };
}

export const REPORT_PERIODS = ['day', 'week', 'month'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
export type ReportDimension = 'service' | 'centre' | 'channel' | 'reason';

const DIMENSION_SQL: Record<ReportDimension, string> = {
  service: 'r.service_id',
  centre: 'r.centre_id',
  channel: 'r.channel',
  reason: 'reason.value',
};

export interface ReportGroup {
  period: string;
  scale: string;
  service?: string;
  centre?: string | null;
  channel?: string;
  reason?: string | null;
  count: number;
  average: number;
}

/**
 * Votes and average score per period and the chosen dimensions (the scale always: averages of
 * different scales do not mix). With `reason`, a vote counts once per reason it gave (null: none).
 */
export async function ratingReport(
  db: Queryable,
  filter: ExportFilter,
  by: readonly ReportDimension[],
  period: ReportPeriod,
  minGroup: number,
): Promise<{ groups: ReportGroup[]; suppressedGroups: number }> {
  const { sql, params } = where(filter, 2);
  const dimensions = by.map((dimension) => `${DIMENSION_SQL[dimension]} AS "${dimension}"`);
  const rows = await db.query<ReportGroup>(
    `SELECT to_char(date_trunc($1, r.received_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period, r.scale,
            ${dimensions.map((d) => `${d}, `).join('')}count(*)::int AS count, round(avg(r.score), 2)::float8 AS average
       FROM ratings r
       ${by.includes('reason') ? `LEFT JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_array_length(r.reasons) > 0 THEN r.reasons ELSE '[null]' END) AS reason (value) ON true` : ''}
      WHERE ${sql}
      GROUP BY ${['1', '2', ...by.map((_, i) => String(i + 3))].join(', ')}
      ORDER BY ${['1', '2', ...by.map((_, i) => String(i + 3))].join(', ')}`,
    [period, ...params],
  );
  const groups = rows.filter((row) => row.count >= minGroup);
  return { groups, suppressedGroups: rows.length - groups.length };
}
