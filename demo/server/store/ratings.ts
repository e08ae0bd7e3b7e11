/** SQL for services and their ratings (the work is done by the functions of migration 1). */
import type { RatingScale, RatingSubmission, RatingSummary } from '../../../src/core/contract.js';
import type { Queryable } from '../db.js';

export async function ratingSummary(db: Queryable, serviceId: string): Promise<RatingSummary | undefined> {
  const [row] = await db.query<{ summary: RatingSummary | null }>('SELECT rating_summary($1) AS summary', [serviceId], {
    name: 'jawda-rating-summary',
  });
  return row?.summary ?? undefined;
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
  /** The service's summary with this batch's votes in it (when the vote was accepted). */
  summary?: RatingSummary;
}

/**
 * Stores a batch of votes with distinct submission ids in one round trip and one commit (see
 * `store_votes` in migrations.ts); the results in the batch's order.
 */
export async function storeVotes(db: Queryable, votes: readonly VoteToStore[]): Promise<StoredVote[]> {
  const column = <T>(value: (entry: VoteToStore) => T) => votes.map(value);
  const rows = await db.query<{ service_scale: RatingScale | null; stored: boolean; summary: RatingSummary | null }>(
    `SELECT service_scale, stored, summary FROM store_votes($1::uuid[], $2::text[], $3::smallint[], $4::text[], $5::jsonb[], $6::text[],
       $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::int[], $14::jsonb[], $15::text[])`,
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
      column((v) => v.vote.page), // origin and path only: the route kept no more
      column((v) => v.vote.clientTime),
      column((v) => v.vote.dwellMs ?? null),
      column((v) => (v.vote.context === undefined ? null : JSON.stringify(v.vote.context))),
      column((v) => v.suspect ?? null),
    ],
    { name: 'jawda-store-votes' },
  );
  return rows.map((row) => ({
    serviceScale: row.service_scale ?? undefined,
    stored: row.stored,
    ...(row.summary ? { summary: row.summary } : {}),
  }));
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
