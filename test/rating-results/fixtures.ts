/**
 * Results answers made in the tests, in the shape of `GET /results` (demo/server/routes/results.ts):
 * a row is made from its votes per score, and its positive and negative counts follow from them as
 * the server counts them (stars 4-5 / 1-2, faces 3 / 1, thumbs 1 / 0).
 */
import type { Results, ResultsRow } from '../../src/core/contract.js';

const SIDES = {
  stars: { positive: [4, 5], negative: [1, 2], scores: [1, 2, 3, 4, 5] },
  faces: { positive: [3], negative: [1], scores: [1, 2, 3] },
  thumbs: { positive: [1], negative: [0], scores: [0, 1] },
} as const;

/** A published cell with `counts` votes per score of its scale (in the scale's order). */
export function row(period: string, dimensions: ResultsRow['dimensions'], scale: ResultsRow['scale'], counts: number[]): ResultsRow {
  const sides = SIDES[scale];
  const distribution = Object.fromEntries(sides.scores.map((score, i) => [String(score), counts[i] ?? 0]));
  const sum = (scores: readonly number[]) => scores.reduce((total, score) => total + distribution[String(score)]!, 0);
  return {
    period,
    dimensions,
    scale,
    n: counts.reduce((a, b) => a + b, 0),
    distribution,
    positive: sum(sides.positive),
    negative: sum(sides.negative),
    formula: 'wilson',
    reasons: [],
  };
}

export function answer(rows: ResultsRow[], suppressedCells = 0, minGroup = 10): Results {
  return { generatedAt: '2026-04-01T00:00:00.000Z', minGroup, period: 'month', rows, suppressedCells };
}

/**
 * Two months of a ministry: February 40 of 60 satisfied (all stars), March 120 of 150 (stars and
 * faces); March by centre: isa-town, muharraq, and votes with no centre; a March kiosk cell held back.
 */
export function ministry(): Results {
  return answer(
    [
      row('2026-02', {}, 'stars', [5, 5, 10, 20, 20]),
      row('2026-03', {}, 'stars', [5, 5, 10, 40, 40]),
      row('2026-03', {}, 'faces', [5, 15, 40]),
      row('2026-03', { serviceId: 'passport' }, 'stars', [5, 5, 10, 40, 40]),
      row('2026-03', { serviceId: 'permit' }, 'faces', [5, 15, 40]),
      row('2026-03', { serviceId: 'passport', centreId: 'isa-town' }, 'stars', [1, 2, 5, 20, 30]),
      row('2026-03', { serviceId: 'passport', centreId: 'muharraq' }, 'stars', [4, 3, 5, 20, 10]),
      row('2026-03', { serviceId: 'permit', centreId: null }, 'faces', [5, 15, 40]),
      row('2026-03', { serviceId: 'passport', centreId: 'isa-town', channel: 'centre' }, 'stars', [1, 2, 5, 20, 30]),
      row('2026-03', { serviceId: 'permit', centreId: null, channel: 'web' }, 'faces', [5, 15, 40]),
    ],
    2,
  );
}

/** A reason cell: the votes of a cell that cite `reason`, per score of its scale (in the scale's order). */
export function cited(reason: string, scale: ResultsRow['scale'], counts: number[]): ResultsRow['reasons'][number] {
  const cell = row('', {}, scale, counts);
  return { reason, n: cell.n, distribution: cell.distribution, positive: cell.positive, negative: cell.negative };
}

/** The ministry's months, its March cells of everything and of each service citing three reasons each. */
export function ministryWithReasons(): Results {
  const results = ministry();
  for (const each of results.rows.filter((r) => r.period === '2026-03' && r.dimensions.centreId === undefined))
    each.reasons =
      each.scale === 'stars'
        ? [
            cited('efficiency', 'stars', [3, 2, 4, 20, 20]),
            cited('ease', 'stars', [1, 1, 2, 15, 10]),
            cited('employee', 'stars', [2, 3, 2, 5, 5]),
          ]
        : [cited('efficiency', 'faces', [3, 5, 20]), cited('ease', 'faces', [1, 5, 15]), cited('employee', 'faces', [2, 2, 10])];
  return results;
}
