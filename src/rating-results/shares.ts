/**
 * The shares the `distribution` and `reasons` views draw, made from the answer's published cells
 * (pure: no DOM, no Lit). As in figures.ts, nothing here can bring back a held-back cell: a group
 * adds up published cells only, and a reason is drawn only where every cell it stands for publishes it.
 */
import type { Results, ResultsRow } from '../core/contract.js';
import { SCORE_RANGE } from '../core/vocabulary.js';
import { compareOf, latestBase, type Breakdown, type Compared, type Filters, type Metric } from './figures.js';
import { wilsonInterval, type Confidence } from './statistics.js';

/** The side of the centre line a category is drawn on. */
export type Side = 'negative' | 'neutral' | 'positive';

/**
 * A category of votes: a score of the one scale the groups share (`stars` 1..5, `faces` 1..3,
 * `thumbs` 0..1), or, where scales are mixed, a side (`negative`, `neutral`, `positive`).
 */
export interface Category {
  /** `stars:4`, `faces:1`, `thumbs:0`, or `side:neutral`. */
  id: string;
  side: Side;
  /** How far from the centre: 0 for neutral, 1 for the nearest score, 2 for the next. */
  distance: number;
}

/** One group's votes per category, as shares on 0-100 (in the order of `categories`), and its votes. */
export interface Distributed extends Compared {
  shares: number[];
}

/** The categories of `scale`, from the most negative to the most positive. */
function scoresOf(scale: ResultsRow['scale']): Category[] {
  const { min, max } = SCORE_RANGE[scale];
  const middle = (min + max) / 2;
  const categories: Category[] = [];
  for (let score = min; score <= max; score++) {
    const side: Side = score < middle ? 'negative' : score > middle ? 'positive' : 'neutral';
    categories.push({ id: `${scale}:${score}`, side, distance: Math.abs(score - middle) });
  }
  return categories;
}

const SIDES: Category[] = [
  { id: 'side:negative', side: 'negative', distance: 1 },
  { id: 'side:neutral', side: 'neutral', distance: 0 },
  { id: 'side:positive', side: 'positive', distance: 1 },
];

/**
 * The latest period's groups by centre, service or channel, in the order compare sorts them, each
 * with its share of votes per score (or per side, where the groups' scales differ; a star and a face
 * are not the same score), summing to 100.
 */
export function distributionOf(results: Results, filters: Filters, by: Breakdown, metric: Metric, confidence: Confidence) {
  const compared = compareOf(results, filters, by, metric, confidence);
  if (!compared) return undefined;
  const scales = new Set(compared.groups.flatMap(({ rows }) => rows.map((row) => row.scale)));
  const scale = scales.size === 1 ? [...scales][0]! : undefined;
  const categories = scale ? scoresOf(scale) : SIDES;
  const groups: Distributed[] = compared.groups.map(({ key, figure, rows }) => {
    const counts = categories.map((category) =>
      rows.reduce((sum, row) => {
        if (!scale) {
          const side = category.side;
          return sum + (side === 'positive' ? row.positive : side === 'negative' ? row.negative : row.n - row.positive - row.negative);
        }
        return sum + (row.distribution[category.id.split(':')[1]!] ?? 0);
      }, 0),
    );
    return { key, figure, shares: counts.map((count) => (count / figure.n) * 100) };
  });
  return { period: compared.period, categories, groups };
}

/** A share of votes citing a reason, with its Wilson interval (on 0-100); undefined when that side has no votes. */
export interface CitedShare {
  cited: number;
  of: number;
  estimate: number;
  low: number;
  high: number;
}

/** One reason: how many votes cite it, and the shares of positive and negative votes that do. */
export interface CitedReason {
  reason: string;
  n: number;
  positive?: CitedShare;
  negative?: CitedShare;
}

function citedShare(cited: number, of: number, confidence: Confidence): CitedShare | undefined {
  const share = of > 0 ? wilsonInterval(cited, of, confidence) : undefined;
  return share && { cited, of, estimate: share.estimate * 100, low: share.low * 100, high: share.high * 100 };
}

/**
 * The reasons cited in the cells that stand for everything asked for, in the latest period with any:
 * per reason, the share of the positive votes that cite it and the share of the negative ones, most
 * cited first. Cells that publish no reason at all (thumbs: quick votes cite none) are left out, and
 * `votes` counts the votes of the others, the shares' denominators. A reason is drawn only when each
 * of those cells publishes it (a share over some of them would read as a share of all); the others
 * known to the answer are `heldBack`, by count only.
 */
export function reasonsOf(results: Results, filters: Filters, confidence: Confidence) {
  const base = latestBase(results, filters);
  if (!base) return undefined;
  const known = new Set(results.rows.flatMap((row) => row.reasons.map(({ reason }) => reason)));
  const rows = base.rows.filter((row) => row.reasons.length > 0);
  const positive = rows.reduce((sum, row) => sum + row.positive, 0);
  const negative = rows.reduce((sum, row) => sum + row.negative, 0);
  const reasons: CitedReason[] = [];
  for (const reason of rows.length ? known : []) {
    const cells = rows.map((row) => row.reasons.find((cited) => cited.reason === reason));
    if (cells.some((cell) => !cell)) continue;
    const sum = (side: 'n' | 'positive' | 'negative') => cells.reduce((total, cell) => total + cell![side], 0);
    reasons.push({
      reason,
      n: sum('n'),
      positive: citedShare(sum('positive'), positive, confidence),
      negative: citedShare(sum('negative'), negative, confidence),
    });
  }
  reasons.sort((a, b) => b.n - a.n || a.reason.localeCompare(b.reason));
  return { period: base.period, votes: { positive, negative }, reasons, heldBack: known.size - reasons.length };
}

/**
 * A diverging axis: from `-negative` to `positive` (each the farthest a bar reaches on its side,
 * rounded up to a quarter, a quarter at least), so that one per cent is as long on either side and
 * the bars take the width; ticks every 25 (every 50 over a long axis, where labels would touch).
 */
export function divergingAxis(negative: number, positive: number): { min: number; max: number; ticks: number[] } {
  const reach = (value: number) => Math.min(100, Math.max(25, Math.ceil(value / 25 - 1e-9) * 25));
  const [min, max] = [-reach(negative), reach(positive)];
  const step = max - min > 125 ? 50 : 25;
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step) * step; tick <= max; tick += step) ticks.push(tick);
  return { min, max, ticks };
}

/** Where `value` sits on `axis`, in per cent of its length from the inline start (mirrored right to left). */
export const onAxis = (axis: { min: number; max: number }, rtl: boolean, value: number): number =>
  ((rtl ? axis.max - value : value - axis.min) / (axis.max - axis.min)) * 100;
