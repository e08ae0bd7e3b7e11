/**
 * Votes with small groups for the disclosure tests (issue 20): the issue's own example (five web
 * votes of 5 and one kiosk vote of 1 for one service in one month), centres and no centre, three
 * scales, several months of one quarter and the next quarter.
 */
import type { Queryable } from '../db.js';
import { quarterOf, type CubeReasonCount, type CubeScale, type CubeVoteCount } from '../store/results-cube.js';

export interface FixtureVote {
  id: number;
  /** YYYY-MM-DD (UTC). */
  day: string;
  serviceId: string;
  centreId: string | null;
  channel: string;
  scale: CubeScale;
  score: number;
  reasons: string[];
}

export const FIXTURE_SERVICES: { id: string; scale: CubeScale }[] = [
  { id: 'cr-renewal', scale: 'stars' },
  { id: 'passport', scale: 'stars' },
  { id: 'licence', scale: 'stars' },
  { id: 'permit', scale: 'faces' },
  { id: 'e-visa', scale: 'thumbs' },
];

/** `count` votes with the scores of `scores` in turn, on days 1, 2, ... of `month`. */
function votes(
  count: number,
  month: string,
  serviceId: string,
  centreId: string | null,
  channel: string,
  scores: readonly number[],
): Omit<FixtureVote, 'id'>[] {
  const scale = FIXTURE_SERVICES.find((service) => service.id === serviceId)!.scale;
  return Array.from({ length: count }, (_, i) => ({
    day: `${month}-${String((i % 27) + 1).padStart(2, '0')}`,
    serviceId,
    centreId,
    channel,
    scale,
    score: scores[i % scores.length]!,
    reasons: i % 2 ? ['quick'] : i % 3 ? [] : ['polite', 'quick'],
  }));
}

export const FIXTURE_VOTES: FixtureVote[] = [
  // The example: by=service 6 votes, average 4.33; by=service,channel web 5 of 5, kiosk 1 of 1.
  ...votes(5, '2026-03', 'cr-renewal', null, 'web', [5]),
  ...votes(1, '2026-03', 'cr-renewal', 'isa-town', 'kiosk', [1]),
  ...votes(8, '2026-01', 'passport', null, 'web', [5, 4, 3, 2]),
  ...votes(3, '2026-01', 'passport', 'isa-town', 'centre', [4, 1]),
  ...votes(6, '2026-02', 'passport', null, 'web', [5, 5, 3]),
  ...votes(7, '2026-03', 'passport', 'isa-town', 'centre', [5, 4, 4, 2, 1]),
  ...votes(2, '2026-03', 'passport', 'isa-town', 'kiosk', [2]),
  ...votes(9, '2026-03', 'passport', null, 'web', [4, 5]),
  ...votes(12, '2026-04', 'passport', null, 'web', [5, 3, 4]),
  ...votes(2, '2026-04', 'passport', 'muharraq', 'kiosk', [1]),
  ...votes(9, '2026-03', 'licence', null, 'web', [4]),
  ...votes(4, '2026-03', 'licence', null, 'app', [2, 5]),
  ...votes(6, '2026-02', 'licence', null, 'app', [3, 4, 5]),
  ...votes(5, '2026-03', 'permit', null, 'web', [3, 2]),
  ...votes(3, '2026-03', 'permit', 'isa-town', 'kiosk', [1, 3]),
  ...votes(11, '2026-01', 'e-visa', null, 'web', [1, 1, 0]),
  ...votes(1, '2026-01', 'e-visa', null, 'app', [0]),
].map((vote, id) => ({ ...vote, id }));

/** The fixture as the cube's input: votes per month, place and score. */
export function fixtureCounts(votes: readonly FixtureVote[] = FIXTURE_VOTES): CubeVoteCount[] {
  const counts = new Map<string, CubeVoteCount>();
  for (const vote of votes) {
    const month = vote.day.slice(0, 7);
    const key = JSON.stringify([month, vote.serviceId, vote.centreId, vote.channel, vote.score]);
    const count = counts.get(key) ?? {
      month,
      serviceId: vote.serviceId,
      centreId: vote.centreId,
      channel: vote.channel,
      scale: vote.scale,
      score: vote.score,
      votes: 0,
    };
    count.votes += 1;
    counts.set(key, count);
  }
  return [...counts.values()];
}

/** The fixture as the reason cubes' input: votes per month, place, score and reason cited. */
export function fixtureReasonCounts(votes: readonly FixtureVote[] = FIXTURE_VOTES): CubeReasonCount[] {
  return [...new Set(votes.flatMap((vote) => vote.reasons))].flatMap((reason) =>
    fixtureCounts(votes.filter((vote) => vote.reasons.includes(reason))).map((count) => ({ ...count, reason })),
  );
}

/** The votes a cube cell covers (of a reason cube: only those citing `reason`). */
export function votesOfCell(
  votes: readonly FixtureVote[],
  cell: {
    periodKind: 'month' | 'quarter';
    period: string;
    scale: string;
    dimensions: { serviceId?: string; centreId?: string | null; channel?: string };
  },
  reason?: string,
): Set<number> {
  const { serviceId, centreId, channel } = cell.dimensions;
  return new Set(
    votes
      .filter(
        (vote) =>
          vote.scale === cell.scale &&
          (cell.periodKind === 'month' ? vote.day.slice(0, 7) : quarterOf(vote.day.slice(0, 7))) === cell.period &&
          (serviceId === undefined || vote.serviceId === serviceId) &&
          (centreId === undefined || vote.centreId === centreId) &&
          (channel === undefined || vote.channel === channel) &&
          (reason === undefined || vote.reasons.includes(reason)),
      )
      .map((vote) => vote.id),
  );
}

/** Stores the fixture's services and votes (none suspect; plus suspect votes that must never count). */
export async function storeFixture(db: Queryable, { suspects = true } = {}, votes: readonly FixtureVote[] = FIXTURE_VOTES): Promise<void> {
  for (const service of FIXTURE_SERVICES)
    await db.query(`INSERT INTO services (id, scale, name_ar, name_en) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
      service.id,
      service.scale,
      `خدمة ${service.id}`,
      `Service ${service.id}`,
    ]);
  await db.query(
    `INSERT INTO ratings (submission_id, service_id, score, scale, reasons, channel, centre_id, locale, page, client_time, received_at, suspect)
     SELECT gen_random_uuid(), v.service_id, v.score, v.scale, v.reasons, v.channel, v.centre_id, 'ar', 'https://portal.example/s', v.day,
            (v.day::date)::timestamp AT TIME ZONE 'UTC' + make_interval(hours => 10), v.suspect
       FROM jsonb_to_recordset($1::jsonb) AS v (service_id text, score smallint, scale text, reasons jsonb, channel text, centre_id text, day text, suspect text)`,
    [
      JSON.stringify([
        ...votes.map((v) => ({
          service_id: v.serviceId,
          score: v.score,
          scale: v.scale,
          reasons: v.reasons,
          channel: v.channel,
          centre_id: v.centreId,
          day: v.day,
          suspect: null,
        })),
        // A trap and a too-fast vote in the kiosk cell of the example: counted, they would lift it over any minimum.
        ...Array.from({ length: suspects ? 12 : 0 }, (_, i) => ({
          service_id: 'cr-renewal',
          score: 1,
          scale: 'stars',
          reasons: [],
          channel: 'kiosk',
          centre_id: 'isa-town',
          day: '2026-03-05',
          suspect: i % 2 ? 'trap' : 'too-fast',
        })),
      ]),
    ],
  );
}
