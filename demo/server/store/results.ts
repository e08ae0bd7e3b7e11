/**
 * The results cube read from the votes (suspect ones never count), built again only when the votes
 * changed: the same votes give the same cube and the same `generatedAt`, so an ETag holds.
 */
import type { Queryable } from '../db.js';
import { buildResultsCube, type CubeVoteCount, type ResultsCube } from './results-cube.js';

export interface DatedCube extends ResultsCube {
  /** When the votes in it were read (ISO 8601, UTC). */
  generatedAt: string;
}

/** Votes per month (UTC), service, centre, channel, scale and score, suspect votes left out. */
export async function voteCounts(db: Queryable): Promise<CubeVoteCount[]> {
  return db.query<CubeVoteCount>(
    `SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, service_id AS "serviceId", centre_id AS "centreId",
            channel, scale, score, count(*)::int AS votes
       FROM ratings WHERE suspect IS NULL
      GROUP BY 1, 2, 3, 4, 5, 6`,
  );
}

/** One cube per minimum group, rebuilt when a vote was added, removed or marked since. */
export class ResultsCubes {
  private readonly built = new Map<number, { version: string; cube: Promise<DatedCube> }>();

  constructor(private readonly db: Queryable) {}

  async read(minGroup: number): Promise<DatedCube> {
    const [row] = await this.db.query<{ version: string }>(
      `SELECT concat_ws(':', count(*), max(id), count(*) FILTER (WHERE suspect IS NULL)) AS version FROM ratings`,
    );
    const version = row?.version ?? '';
    const cached = this.built.get(minGroup);
    if (cached?.version === version) return cached.cube;
    const cube = voteCounts(this.db).then((counts) => ({ ...buildResultsCube(counts, minGroup), generatedAt: new Date().toISOString() }));
    this.built.set(minGroup, { version, cube });
    cube.catch(() => this.built.delete(minGroup));
    return cube;
  }
}
