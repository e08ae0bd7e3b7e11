/** SQL for services and their ratings. */
import type { RatingScale, RatingSubmission, RatingSummary } from '../../../src/core/contract.js';
import type { Queryable } from '../db.js';

export interface Service {
  id: string;
  scale: RatingScale;
}

export async function findService(db: Queryable, serviceId: string): Promise<Service | undefined> {
  const [row] = await db.query<Service>('SELECT id, scale FROM services WHERE id = $1', [serviceId]);
  return row;
}

/**
 * Count, average and the votes per score of one service, every score of its scale present (zero
 * when nobody chose it). Reads the tallies, so its cost does not grow with the number of votes.
 */
const SUMMARY_SQL = `
  WITH scores AS (
    SELECT s.id, s.scale, g.score, coalesce(t.votes, 0) AS votes
    FROM services s
    CROSS JOIN LATERAL generate_series(
      CASE s.scale WHEN 'thumbs' THEN 0 ELSE 1 END,
      CASE s.scale WHEN 'stars' THEN 5 WHEN 'faces' THEN 3 ELSE 1 END) AS g (score)
    LEFT JOIN rating_tallies t ON t.service_id = s.id AND t.score = g.score
    WHERE s.id = $1
  )
  SELECT id AS "serviceId", scale,
         sum(votes)::int AS count,
         coalesce(round(sum(score * votes)::numeric / nullif(sum(votes), 0), 2), 0)::float8 AS average,
         jsonb_object_agg(score::text, votes ORDER BY score) AS distribution
  FROM scores GROUP BY id, scale`;

export async function ratingSummary(db: Queryable, serviceId: string): Promise<RatingSummary | undefined> {
  const [row] = await db.query<RatingSummary>(SUMMARY_SQL, [serviceId]);
  return row;
}

/** Only the origin and path of the page are kept, whatever the client sent. */
function pageWithoutQuery(page: string): string {
  const url = new URL(page);
  return url.origin + url.pathname;
}

/**
 * Stores a vote once: a second INSERT with the same submission_id does nothing, even when both
 * arrive at the same moment (the unique index decides, not a check before the insert).
 * Returns whether this call stored it.
 */
export async function insertRating(db: Queryable, serviceId: string, vote: RatingSubmission): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO ratings (submission_id, service_id, score, scale, reasons, comment, channel, centre_id,
                          transaction_id, locale, page, client_time, dwell_ms, context)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb)
     ON CONFLICT (submission_id) DO NOTHING
     RETURNING id`,
    [
      vote.submissionId, serviceId, vote.score, vote.scale, JSON.stringify(vote.reasons), vote.comment ?? null,
      vote.channel, vote.centreId ?? null, vote.transactionId ?? null, vote.locale, pageWithoutQuery(vote.page),
      vote.clientTime, vote.dwellMs ?? null, vote.context === undefined ? null : JSON.stringify(vote.context),
    ],
  );
  return rows.length === 1;
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
