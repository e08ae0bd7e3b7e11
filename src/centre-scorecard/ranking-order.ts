/**
 * The ranking's order, as pure functions (no DOM, no lit, no messages): the reference server ranks
 * with the same ones, so the element and the API agree on ties.
 *
 * - Results of different schemes (or of one scheme on different scales: 5 vs 7 stars) are never
 *   compared: each forms its own group, in the order of RESULT_SCHEMES, unknown schemes last.
 * - Within a group, the better result ranks first; equal results share a rank and the next rank
 *   skips (1, 2, 2, 4: "standard competition" ranking, as league tables print it).
 * - A reader's sort reorders rows but never changes their rank.
 */
import type { EvaluationResult, RankingEntry } from '../core/contract.js';
import { RESULT_SCHEMES } from '../core/vocabulary.js';

export const SORT_KEYS = ['rank', 'centre', 'entity', 'model', 'result', 'change'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** A row of the ranking: the entry with what ordering needs. */
export interface RankedRow {
  entry: RankingEntry;
  /** Undefined only for a scheme this version does not know. */
  rank?: number;
  /** The result's place on its scale (percent, stars, level). */
  value?: number;
  /** Change against the previous cycle on the same scale; undefined when not comparable. */
  change?: number;
}

export interface RankedGroup {
  /** `percentage-tier`, `stars/7`, `maturity/5`, or an unknown scheme's name. */
  key: string;
  scheme: string;
  rows: RankedRow[];
}

interface Scaled {
  key: string;
  value?: number;
}

/** Where a result sits, and on which scale; results of different keys are never compared. */
export function scaleOf(result: EvaluationResult): Scaled {
  const r = result as { scheme: string; percentage?: number; stars?: number; maxStars?: number; level?: number; levels?: unknown[] };
  switch (r.scheme) {
    case 'percentage-tier':
      return { key: r.scheme, value: r.percentage };
    case 'stars':
      return { key: `stars/${r.maxStars ?? 7}`, value: r.stars };
    case 'maturity':
      return { key: `maturity/${r.levels?.length ?? 0}`, value: r.level };
    default:
      return { key: r.scheme };
  }
}

/** Standard competition ranks of `values`, best (highest) first: [90, 85, 85, 80] -> [1, 2, 2, 4]. */
export function competitionRanks(values: readonly number[]): number[] {
  return values.map((value) => 1 + values.filter((other) => other > value).length);
}

function changeOf(entry: RankingEntry, now: Scaled): number | undefined {
  if (!entry.previous || now.value === undefined) return undefined;
  const then = scaleOf(entry.previous.result);
  // Rounded as shown (one decimal), so a change of 0.04 is "no change", as in the card.
  return then.key === now.key && then.value !== undefined ? Math.round((now.value - then.value) * 10) / 10 : undefined;
}

const schemeOrder = (scheme: string) => {
  const index = (RESULT_SCHEMES as readonly string[]).indexOf(scheme);
  return index === -1 ? RESULT_SCHEMES.length : index;
};

/**
 * Groups `entries` by scheme and scale and ranks each group. A rank given by the data is kept when
 * every entry of its group has one (the publisher's ranking); otherwise ranks are computed from the
 * results. Rows come in rank order, ties by `name` (the centre's name in the reader's language).
 */
export function rankGroups(
  entries: readonly RankingEntry[],
  name: (entry: RankingEntry) => string,
  compareText: (a: string, b: string) => number,
): RankedGroup[] {
  const groups = new Map<string, RankedGroup>();
  for (const entry of entries) {
    const scaled = scaleOf(entry.result);
    let group = groups.get(scaled.key);
    if (!group) groups.set(scaled.key, (group = { key: scaled.key, scheme: entry.result.scheme, rows: [] }));
    group.rows.push({ entry, value: scaled.value, change: changeOf(entry, scaled) });
  }
  for (const group of groups.values()) {
    const known = group.rows.every((row) => row.value !== undefined);
    if (!known) continue;
    const given = group.rows.every((row) => row.entry.rank !== undefined);
    const computed = competitionRanks(group.rows.map((row) => row.value!));
    group.rows.forEach((row, i) => (row.rank = given ? row.entry.rank : computed[i]));
    group.rows.sort((a, b) => a.rank! - b.rank! || compareText(name(a.entry), name(b.entry)));
  }
  return [...groups.values()].sort((a, b) => schemeOrder(a.scheme) - schemeOrder(b.scheme));
}

/** The direction a column sorts in on its first press: best or biggest first for figures, A to Z for text. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'result' || key === 'change' ? 'descending' : 'ascending';
}

/**
 * `rows` sorted by `key` in `direction` (a new array). Rows without a value for the key (no
 * previous cycle for `change`) go last in both directions; equal keys keep rank order.
 */
export function sortRows(
  rows: readonly RankedRow[],
  key: SortKey,
  direction: SortDirection,
  text: (row: RankedRow, key: 'centre' | 'entity' | 'model') => string,
  compareText: (a: string, b: string) => number,
): RankedRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const figure = (row: RankedRow) => (key === 'rank' ? row.rank : key === 'result' ? row.value : row.change);
  const byRank = (a: RankedRow, b: RankedRow) => (a.rank ?? Infinity) - (b.rank ?? Infinity);
  return [...rows].sort((a, b) => {
    if (key === 'centre' || key === 'entity' || key === 'model') return sign * compareText(text(a, key), text(b, key)) || byRank(a, b);
    const x = figure(a);
    const y = figure(b);
    if (x === undefined || y === undefined) return x === y ? byRank(a, b) : x === undefined ? 1 : -1;
    return sign * (x - y) || byRank(a, b);
  });
}

/** How many rows have each value of `label` (tiers, star counts, levels), in order of first appearance. */
export function countBy<K>(rows: readonly RankedRow[], label: (row: RankedRow) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) counts.set(label(row), (counts.get(label(row)) ?? 0) + 1);
  return counts;
}
