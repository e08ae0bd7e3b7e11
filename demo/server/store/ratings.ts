/** SQL for services and their ratings (the work is done by the functions of migration 1). */
import type { RatingScale, RatingSubmission, RatingSummary } from '../../../src/core/contract.js';
import type { Queryable } from '../db.js';

export async function ratingSummary(db: Queryable, serviceId: string): Promise<RatingSummary | undefined> {
  const [row] = await db.query<{ summary: RatingSummary | null }>('SELECT rating_summary($1) AS summary', [serviceId], {
    name: 'jawda-rating-summary',
  });
  return row?.summary ?? undefined;
}

/** Only the origin and path of the page are kept, whatever the client sent. */
function pageWithoutQuery(page: string): string {
  const url = new URL(page);
  return url.origin + url.pathname;
}

/** Why a stored vote is left out of the public summary (see migration 10); undefined for a person. */
export type Suspect = 'too-fast' | 'trap';

/** A vote checked by the route, on its way to the database. */
export interface VoteToStore {
  serviceId: string;
  vote: RatingSubmission;
  suspect?: Suspect;
}

/** What storing one vote of a batch did. */
export interface StoredVote {
  /** The service's scale; undefined when there is no such service. */
  serviceScale?: RatingScale;
  /** Whether this batch stored the vote (false: stored before, or refused for its service or scale). */
  stored: boolean;
}

/**
 * Many votes in one statement (so one commit): each stored unless its submission_id is already
 * there (the unique index decides, so copies arriving together in two batches, or on two servers,
 * still count once), and only when its service exists and uses its scale. The tallies follow in the
 * same statement (the statement trigger of migration 7). The ids of one batch must be distinct.
 */
const STORE_VOTES = `
  WITH batch AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::smallint[], $4::text[], $5::jsonb[], $6::text[], $7::text[], $8::text[],
                         $9::text[], $10::text[], $11::text[], $12::text[], $13::int[], $14::jsonb[], $15::text[])
      WITH ORDINALITY AS b (submission_id, service_id, score, scale, reasons, comment, channel, centre_id, transaction_id, locale,
                            page, client_time, dwell_ms, context, suspect, position)
  ), inserted AS (
    INSERT INTO ratings (submission_id, service_id, score, scale, reasons, comment, channel, centre_id, transaction_id, locale,
                         page, client_time, dwell_ms, context, suspect)
    SELECT b.submission_id, b.service_id, b.score, b.scale, b.reasons, b.comment, b.channel, b.centre_id, b.transaction_id,
           b.locale, b.page, b.client_time, b.dwell_ms, b.context, b.suspect
      FROM batch b JOIN services s ON s.id = b.service_id AND s.scale = b.scale
    ON CONFLICT (submission_id) DO NOTHING
    RETURNING submission_id
  )
  SELECT s.scale AS service_scale, i.submission_id IS NOT NULL AS stored
    FROM batch b LEFT JOIN services s ON s.id = b.service_id LEFT JOIN inserted i ON i.submission_id = b.submission_id
   ORDER BY b.position`;

/** Stores a batch of votes with distinct submission ids in one round trip; the results in the batch's order. */
export async function storeVotes(db: Queryable, votes: readonly VoteToStore[]): Promise<StoredVote[]> {
  const column = <T>(value: (entry: VoteToStore) => T) => votes.map(value);
  const rows = await db.query<{ service_scale: RatingScale | null; stored: boolean }>(
    STORE_VOTES,
    [
      column((v) => v.vote.submissionId),
      column((v) => v.serviceId),
      column((v) => v.vote.score),
      column((v) => v.vote.scale),
      column((v) => JSON.stringify(v.vote.reasons)),
      column((v) => v.vote.comment ?? null),
      column((v) => v.vote.channel),
      column((v) => v.vote.centreId ?? null),
      column((v) => v.vote.transactionId ?? null),
      column((v) => v.vote.locale),
      column((v) => pageWithoutQuery(v.vote.page)),
      column((v) => v.vote.clientTime),
      column((v) => v.vote.dwellMs ?? null),
      column((v) => (v.vote.context === undefined ? null : JSON.stringify(v.vote.context))),
      column((v) => v.suspect ?? null),
    ],
    { name: 'jawda-store-votes' },
  );
  return rows.map((row) => ({ serviceScale: row.service_scale ?? undefined, stored: row.stored }));
}

/** Votes stored, and distinct submission ids among them (they must be equal), for checks and the benchmark. */
export async function ratingCounts(db: Queryable, serviceId?: string): Promise<{ stored: number; distinct: number; tallied: number }> {
  const [row] = await db.query<{ stored: number; distinct: number; tallied: number }>(
    `SELECT (SELECT count(*)::int FROM ratings WHERE $1::text IS NULL OR service_id = $1) AS stored,
            (SELECT count(DISTINCT submission_id)::int FROM ratings WHERE $1::text IS NULL OR service_id = $1) AS "distinct",
            (SELECT coalesce(sum(votes), 0)::int FROM rating_tallies WHERE $1::text IS NULL OR service_id = $1) AS tallied`,
    [serviceId ?? null],
  );
  return row!;
}
