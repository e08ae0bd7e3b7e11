/** SQL for services and their ratings (the work is done by the functions of migration 1). */
import type { RatingScale, RatingSubmission, RatingSummary } from '../../../src/core/contract.js';
import type { Queryable } from '../db.js';

export async function ratingSummary(db: Queryable, serviceId: string): Promise<RatingSummary | undefined> {
  const [row] = await db.query<{ summary: RatingSummary | null }>('SELECT rating_summary($1) AS summary', [serviceId]);
  return row?.summary ?? undefined;
}

export interface Submission {
  /** The service's scale; undefined when there is no such service. */
  serviceScale?: RatingScale;
  /** Whether this call stored the vote (false: stored before, or refused for its scale). */
  stored: boolean;
  summary?: RatingSummary;
}

/** Only the origin and path of the page are kept, whatever the client sent. */
function pageWithoutQuery(page: string): string {
  const url = new URL(page);
  return url.origin + url.pathname;
}

/** Why a stored vote is left out of the public summary (see migration 10); undefined for a person. */
export type Suspect = 'too-fast' | 'trap';

/** Stores a vote once per submissionId, in one round trip (see `submit_rating` in migrations.ts). */
export async function submitRating(db: Queryable, serviceId: string, vote: RatingSubmission, suspect?: Suspect): Promise<Submission> {
  const [row] = await db.query<{ service_scale: RatingScale | null; stored: boolean; summary: RatingSummary | null }>(
    `SELECT service_scale, stored, summary
       FROM submit_rating($1::uuid, $2, $3::smallint, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13::int, $14::jsonb, $15)`,
    [
      vote.submissionId,
      serviceId,
      vote.score,
      vote.scale,
      JSON.stringify(vote.reasons),
      vote.comment ?? null,
      vote.channel,
      vote.centreId ?? null,
      vote.transactionId ?? null,
      vote.locale,
      pageWithoutQuery(vote.page),
      vote.clientTime,
      vote.dwellMs ?? null,
      vote.context === undefined ? null : JSON.stringify(vote.context),
      suspect ?? null,
    ],
  );
  return { serviceScale: row?.service_scale ?? undefined, stored: row?.stored ?? false, summary: row?.summary ?? undefined };
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
