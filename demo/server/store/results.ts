/**
 * The results cube read from the votes (suspect ones never count), built again only when the votes
 * changed: the same votes give the same cube and the same `generatedAt`, so an ETag holds.
 */
import type { Queryable } from '../db.js';
import {
  buildReasonCubes,
  buildResultsCube,
  cellId,
  type CubeReasonCount,
  type CubeVoteCount,
  type PublishedCell,
  type ResultsCube,
} from './results-cube.js';

export interface DatedCube extends ResultsCube {
  /** When the votes in it were read (ISO 8601, UTC). */
  generatedAt: string;
  /** The published reason cells of each cell (by `cellId`): the votes of the cell that cite the reason. */
  reasons: Map<string, { reason: string; cell: PublishedCell }[]>;
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

/** The same per reason cited: a vote citing two reasons counts under each. */
export async function reasonCounts(db: Queryable): Promise<CubeReasonCount[]> {
  return db.query<CubeReasonCount>(
    `SELECT to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, r.service_id AS "serviceId", r.centre_id AS "centreId",
            r.channel, r.scale, r.score, reason.value AS reason, count(*)::int AS votes
       FROM ratings r CROSS JOIN LATERAL jsonb_array_elements_text(r.reasons) AS reason (value)
      WHERE r.suspect IS NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7`,
  );
}

/**
 * One cube per minimum group (the analysts' and the public's), rebuilt when a vote was added,
 * removed or marked since. Each cube is built from the smaller one's suppression: a larger minimum
 * publishes a subset of the smaller's cells, so someone who reads both (an analyst reads the public
 * page too) can subtract nothing more than from the smaller alone.
 */
export class ResultsCubes {
  private readonly minimumGroups: number[];
  private built?: { version: string; cubes: Promise<Map<number, DatedCube>>; checkedAt: number };

  constructor(
    private readonly db: Queryable,
    minimumGroups: readonly number[],
    /**
     * How long a cube is served before the votes are looked at again (`JAWDA_RESULTS_REBUILD_S`):
     * a cube takes about a second of CPU per 10,000 cells and reason, and a public GET after every
     * vote must not make the server build it again each time. `generatedAt` says how fresh it is.
     */
    private readonly rebuildAfterMs = 60_000,
  ) {
    this.minimumGroups = [...new Set(minimumGroups)].sort((a, b) => a - b);
  }

  async read(minGroup: number): Promise<DatedCube> {
    if (!this.minimumGroups.includes(minGroup)) throw new Error(`No cube for a minimum group of ${minGroup}`);
    if (this.built && Date.now() - this.built.checkedAt < this.rebuildAfterMs) return (await this.built.cubes).get(minGroup)!;
    const [row] = await this.db.query<{ version: string }>(
      `SELECT concat_ws(':', count(*), max(id), count(*) FILTER (WHERE suspect IS NULL)) AS version FROM ratings`,
    );
    const version = row?.version ?? '';
    if (this.built?.version === version) this.built.checkedAt = Date.now();
    else {
      const cubes = this.build();
      this.built = { version, cubes, checkedAt: Date.now() };
      cubes.catch(() => {
        if (this.built?.cubes === cubes) this.built = undefined;
      });
    }
    return (await this.built!.cubes).get(minGroup)!;
  }

  private async build(): Promise<Map<number, DatedCube>> {
    const [counts, cited] = await Promise.all([voteCounts(this.db), reasonCounts(this.db)]);
    const generatedAt = new Date().toISOString();
    const cubes = new Map<number, DatedCube>();
    const suppressedIn = (cube: ResultsCube) => new Set(cube.cells.filter((cell) => cell.suppressed).map(cellId));
    let held = new Set<string>();
    let heldReasons = new Map<string, Set<string>>();
    for (const minGroup of this.minimumGroups) {
      const cube = buildResultsCube(counts, minGroup, held);
      const reasonCubes = buildReasonCubes(cited, minGroup, cube, heldReasons);
      const reasons = new Map<string, { reason: string; cell: PublishedCell }[]>();
      for (const [reason, reasonCube] of [...reasonCubes].sort(([a], [b]) => (a < b ? -1 : 1)))
        for (const cell of reasonCube.cells)
          if (!cell.suppressed) reasons.set(cellId(cell), [...(reasons.get(cellId(cell)) ?? []), { reason, cell }]);
      held = suppressedIn(cube);
      heldReasons = new Map([...reasonCubes].map(([reason, reasonCube]) => [reason, suppressedIn(reasonCube)]));
      cubes.set(minGroup, { ...cube, generatedAt, reasons });
    }
    return cubes;
  }
}
