/**
 * The figures `<rating-results>` shows, made from the answer's published cells (pure: no DOM, no
 * Lit). Every figure is computed from cells the server published, so nothing here can bring back a
 * suppressed one: a group whose cells are all held back has no figure at all, and the element says
 * how many cells were held back instead.
 */
import type { Results, ResultsRow } from '../core/contract.js';
import { SCORE_RANGE } from '../core/vocabulary.js';
import { meanInterval, newcombeInterval, onHundred, wilsonInterval, type Change, type Confidence, type Interval } from './statistics.js';

import type { Breakdown, Metric } from './choices.js';

export type { Breakdown, Metric };

/** What the filters asked for: a filter on a level selects the cells at that level and below (see the server's `selected`). */
export interface Filters {
  services?: string;
  centres?: string;
  channels?: string;
}

/** Votes of a group of cells, added up: counts, and the votes per value on 0-100 (every scale on one axis). */
export interface Group {
  n: number;
  positive: number;
  negative: number;
  /** Votes per score mapped on 0-100 (stars 1..5 -> 0, 25, 50, 75, 100), keyed by that value. */
  onHundred: Record<string, number>;
}

/** One group's figure for a metric: the estimate with its interval (undefined: too few votes for one). */
export interface Figure {
  n: number;
  /** The metric's estimate on its own scale: 0-100 for satisfied and mean, -100..100 for net. */
  estimate: number;
  low?: number;
  high?: number;
  formula: 'wilson' | 't';
}

/** The level of the cells that stand for "everything asked for": the deepest level a filter names. */
export function baseLevel(filters: Filters): 0 | 1 | 2 | 3 {
  return filters.channels ? 3 : filters.centres ? 2 : filters.services ? 1 : 0;
}

/** The level of a cell (0: all; 1: service; 2: service x centre; 3: service x centre x channel). */
export function levelOf(row: ResultsRow): number {
  const { serviceId, centreId, channel } = row.dimensions;
  return channel !== undefined ? 3 : centreId !== undefined ? 2 : serviceId !== undefined ? 1 : 0;
}

/** The periods of the answer, oldest first (months 2026-03 and quarters 2026-Q1 sort as text). */
export function periodsOf(results: Results): string[] {
  return [...new Set(results.rows.map((row) => row.period))].sort();
}

/** Adds up published cells (of one level, so that no vote counts twice). */
export function groupOf(rows: readonly ResultsRow[]): Group {
  const group: Group = { n: 0, positive: 0, negative: 0, onHundred: {} };
  for (const row of rows) {
    group.n += row.n;
    group.positive += row.positive;
    group.negative += row.negative;
    const toHundred = onHundred(row.scale);
    const { min, max } = SCORE_RANGE[row.scale];
    for (let score = min; score <= max; score++) {
      const key = String(toHundred(score));
      group.onHundred[key] = (group.onHundred[key] ?? 0) + (row.distribution[String(score)] ?? 0);
    }
  }
  return group;
}

/**
 * A group's figure for `metric`: `satisfied` is the share of positive votes with its Wilson interval;
 * `net` (% positive − % negative) and `mean` (scores on 0-100) are means, with Student's t interval
 * (a net score is the mean of +100, 0 and −100 votes). Undefined: no votes.
 */
export function figureOf(group: Group, metric: Metric, confidence: Confidence): Figure | undefined {
  if (group.n === 0) return undefined;
  if (metric === 'satisfied') {
    const share = wilsonInterval(group.positive, group.n, confidence);
    return share && { n: group.n, estimate: share.estimate * 100, low: share.low * 100, high: share.high * 100, formula: 'wilson' };
  }
  const distribution =
    metric === 'net' ? { '100': group.positive, '0': group.n - group.positive - group.negative, '-100': group.negative } : group.onHundred;
  const mean: Interval<'t'> | undefined = meanInterval(distribution, undefined, confidence);
  if (!mean) {
    // One vote: its value, and no interval.
    const only = Object.entries(distribution).find(([, count]) => count > 0);
    return { n: group.n, estimate: Number(only?.[0] ?? 0), formula: 't' };
  }
  return { n: group.n, estimate: mean.estimate, low: mean.low, high: mean.high, formula: 't' };
}

/** The rows of `period` at `level`. */
const rowsAt = (results: Results, period: string, level: number) =>
  results.rows.filter((row) => row.period === period && levelOf(row) === level);

/** The overview: the latest period's figure, its votes and the change of the satisfied share since the period before. */
export interface Overview {
  period: string;
  previousPeriod?: string;
  figure: Figure;
  /** The period's votes by channel, most first: the published channel cells (a held-back one counts in none). */
  channels: { channel: string; n: number }[];
  /** The satisfied share's change since the previous period (Newcombe), on -1..1. */
  change?: Change;
}

/** The overview of the latest period with published votes; undefined when there is none. */
export function overviewOf(results: Results, filters: Filters, metric: Metric, confidence: Confidence): Overview | undefined {
  const level = baseLevel(filters);
  const periods = periodsOf(results).filter((period) => rowsAt(results, period, level).length > 0);
  const period = periods.at(-1);
  if (!period) return undefined;
  const current = groupOf(rowsAt(results, period, level));
  const figure = figureOf(current, metric, confidence);
  if (!figure) return undefined;
  const previousPeriod = periods.at(-2);
  const previous = previousPeriod ? groupOf(rowsAt(results, previousPeriod, level)) : undefined;
  const change = previous
    ? newcombeInterval({ successes: current.positive, n: current.n }, { successes: previous.positive, n: previous.n }, confidence)
    : undefined;
  const channels = new Map<string, number>();
  for (const row of rowsAt(results, period, 3)) channels.set(row.dimensions.channel!, (channels.get(row.dimensions.channel!) ?? 0) + row.n);
  const mix = [...channels].map(([channel, n]) => ({ channel, n })).sort((a, b) => b.n - a.n || a.channel.localeCompare(b.channel));
  return { period, previousPeriod: change && previousPeriod, figure, change, channels: mix };
}

/** One group of the comparison: what it is (a centre, service or channel id; null: no centre) and its figure. */
export interface Compared {
  key: string | null;
  figure: Figure;
}

/** The dimension a breakdown groups by, and the level of the cells that carry it. */
const BY: Record<Breakdown, { level: number; key: (row: ResultsRow) => string | null | undefined }> = {
  service: { level: 1, key: (row) => row.dimensions.serviceId },
  centre: { level: 2, key: (row) => row.dimensions.centreId },
  channel: { level: 3, key: (row) => row.dimensions.channel },
};

/**
 * The latest period's groups by centre, service or channel, highest estimate first (ties by more
 * votes, then by key). A group adds up the published cells that carry its key at one level.
 */
export function compareOf(results: Results, filters: Filters, by: Breakdown, metric: Metric, confidence: Confidence) {
  const latest = latestGroups(results, filters, by);
  if (!latest) return undefined;
  const compared: (Compared & { rows: ResultsRow[] })[] = [];
  for (const [key, rows] of latest.groups) {
    const figure = figureOf(groupOf(rows), metric, confidence);
    if (figure) compared.push({ key, figure, rows });
  }
  compared.sort((a, b) => b.figure.estimate - a.figure.estimate || b.figure.n - a.figure.n || String(a.key).localeCompare(String(b.key)));
  return { period: latest.period, groups: compared };
}

/** The published cells of the latest period with any at the breakdown's level, by the key of their group. */
function latestGroups(results: Results, filters: Filters, by: Breakdown) {
  const level = Math.max(BY[by].level, baseLevel(filters));
  const periods = periodsOf(results).filter((period) => rowsAt(results, period, level).length > 0);
  const period = periods.at(-1);
  if (!period) return undefined;
  const groups = new Map<string | null, ResultsRow[]>();
  for (const row of rowsAt(results, period, level)) {
    const key = BY[by].key(row) ?? null;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return { period, groups };
}

/** The published cells that stand for everything asked for, in the latest period that has any. */
export function latestBase(results: Results, filters: Filters): { period: string; rows: ResultsRow[] } | undefined {
  const level = baseLevel(filters);
  const period = periodsOf(results)
    .filter((each) => rowsAt(results, each, level).length > 0)
    .at(-1);
  return period ? { period, rows: rowsAt(results, period, level) } : undefined;
}

/** The period after `period` (a month `2026-03` or a quarter `2026-Q1`). */
export function nextPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
  }
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** One period of the trend: its figure, or none (held back, or no votes): a gap, never a zero. */
export interface TrendPoint {
  period: string;
  figure?: Figure;
}

/**
 * Every period from the first to the last (of the answer, or `from`/`to` when given, whole periods of
 * the answer's kind), each with the figure of the cells that stand for everything asked for.
 */
export function trendOf(
  results: Results,
  filters: Filters,
  metric: Metric,
  confidence: Confidence,
  from?: string,
  to?: string,
): TrendPoint[] {
  const level = baseLevel(filters);
  const shape = results.period === 'quarter' ? /^\d{4}-Q[1-4]$/ : /^\d{4}-(0[1-9]|1[0-2])$/;
  const periods = periodsOf(results);
  const first = from && shape.test(from) ? from : periods[0];
  const last = to && shape.test(to) ? to : periods.at(-1);
  if (!first || !last || first > last) return [];
  const points: TrendPoint[] = [];
  // At most ten years of months: a typo in `from` must not draw a thousand periods.
  for (let period = first; period <= last && points.length < 120; period = nextPeriod(period)) {
    const rows = rowsAt(results, period, level);
    points.push({ period, figure: rows.length ? figureOf(groupOf(rows), metric, confidence) : undefined });
  }
  return points;
}
