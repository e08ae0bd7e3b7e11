/**
 * The results cube of issue 20: votes per period and place, each cell either published with its
 * figures or suppressed with none, such that no suppressed cell can be recovered by subtracting
 * published cells from one another. Pure (no database): the store feeds it vote counts, the routes
 * select cells from it and never add cells up, so no query can publish a total the cube did not check.
 *
 * The cells. Two period kinds, month and quarter (a quarter is the sum of its three months), times a
 * fixed hierarchy of places: all services of one scale -> service -> service x centre (a null centre
 * is "no centre") -> service x centre x channel. Scales never mix: a distribution of stars and one of
 * faces do not add up. Cells with no votes do not exist (a known zero discloses no one).
 *
 * The equations an attacker has: every cell with children is their sum, along the places (a parent
 * and its children in one period) and along time (a quarter and its months at one place).
 *
 * The suppression rule:
 * 1. Primary: a cell of fewer than `minGroup` votes is suppressed.
 * 2. Secondary: in every equation (a parent with its children), the number of suppressed cells must
 *    be 0 or at least 2. When exactly one is suppressed, the smallest published child is suppressed
 *    too (or the parent, when no child is left published). The parent counts as a member: a suppressed
 *    parent whose children are all published is their sum, so one of them goes as well. This repeats
 *    until no equation changes, across levels and periods: a cell suppressed as a complement is a
 *    hole in its own parent's equation and in its children's equation, and gets complements there.
 * 3. Check: in a tree, rule 2 is enough (every suppressed cell can be moved by +1 and its complement
 *    by -1 along a path of equations, so the published figures never pin it). Places times periods
 *    are not a tree, so each quarter of each scale is then checked exactly: a suppressed cell is
 *    recoverable when its vote set is a linear combination of published cells' vote sets (any
 *    subtraction, of any number of published cells). For each one that is, the smallest published
 *    cell that shares an equation with it (the nearest, widening the search until one is found) is
 *    suppressed, and rules 2-3 run again. Suppression only grows, so this ends.
 *
 * What one suppressed cell hides is all of its figures: n, every score's count, positive, negative.
 *
 * Reasons: the votes citing one reason make a cube of their own with the same cells and the same
 * equations (a vote citing two reasons is in two of them; none links them by a sum), suppressed by
 * the same rules, starting from every cell the main cube suppressed: the reasons of a held-back cell
 * would tell about it.
 */
import { SCORE_RANGE } from '../../../src/core/vocabulary.js';

export type CubeScale = keyof typeof SCORE_RANGE;
export type CubePeriodKind = 'month' | 'quarter';

/** Votes of one score at the finest grain: one month, service, centre and channel. */
export interface CubeVoteCount {
  /** YYYY-MM (UTC). */
  month: string;
  serviceId: string;
  centreId: string | null;
  channel: string;
  scale: CubeScale;
  score: number;
  votes: number;
}

/** Where a cell sits: no key for "all services of the scale"; then service, centre, channel. */
export interface CubeDimensions {
  serviceId?: string;
  centreId?: string | null;
  channel?: string;
}

interface CellKey {
  periodKind: CubePeriodKind;
  /** 2026-03 or 2026-Q1. */
  period: string;
  scale: CubeScale;
  dimensions: CubeDimensions;
}

export interface PublishedCell extends CellKey {
  suppressed: false;
  n: number;
  /** Votes per score, every score of the scale present. */
  distribution: Record<string, number>;
  positive: number;
  negative: number;
}

export interface SuppressedCell extends CellKey {
  suppressed: true;
}

export type CubeCell = PublishedCell | SuppressedCell;

export interface ResultsCube {
  minGroup: number;
  cells: CubeCell[];
}

/**
 * The scores that count as satisfied (positive) and dissatisfied (negative) per scale: 4-5 and 1-2
 * stars, the happy and the sad face, thumbs up and down. The middle (3 stars, the neutral face) is neither.
 */
export const SCORE_SIDES: Readonly<Record<CubeScale, { positive: readonly number[]; negative: readonly number[] }>> = {
  stars: { positive: [4, 5], negative: [1, 2] },
  faces: { positive: [3], negative: [1] },
  thumbs: { positive: [1], negative: [0] },
};

/** 2026-03 -> 2026-Q1. */
export function quarterOf(month: string): string {
  const [year, monthNumber] = month.split('-');
  return `${year}-Q${Math.ceil(Number(monthNumber) / 3)}`;
}

/** The depth of a cell in the place hierarchy: 0 all, 1 service, 2 centre, 3 channel. */
export function levelOf(dimensions: CubeDimensions): 0 | 1 | 2 | 3 {
  if (dimensions.channel !== undefined) return 3;
  if (dimensions.centreId !== undefined) return 2;
  return dimensions.serviceId !== undefined ? 1 : 0;
}

interface WorkCell {
  id: string;
  key: CellKey;
  level: number;
  n: number;
  distribution: Map<number, number>;
  /** Indices of the finest cells (month x channel) it sums: what an equation is made of. */
  leaves: Set<number>;
  suppressed: boolean;
}

/** An equation the published figures satisfy: the parent is the sum of the children. */
interface Equation {
  parent: WorkCell;
  children: WorkCell[];
}

const placeAt = (count: CubeVoteCount, level: number): CubeDimensions =>
  [
    {},
    { serviceId: count.serviceId },
    { serviceId: count.serviceId, centreId: count.centreId },
    { serviceId: count.serviceId, centreId: count.centreId, channel: count.channel },
  ][level]!;

const idOf = (periodKind: CubePeriodKind, period: string, scale: string, level: number, d: CubeDimensions) =>
  JSON.stringify([periodKind, period, scale, level, d.serviceId ?? '', d.centreId === undefined ? '' : d.centreId, d.channel ?? '']);

/** A cell's identity, the same in every cube built from the same votes. */
export const cellId = (cell: { periodKind: CubePeriodKind; period: string; scale: string; dimensions: CubeDimensions }): string =>
  idOf(cell.periodKind, cell.period, cell.scale, levelOf(cell.dimensions), cell.dimensions);

/**
 * The cube of `counts` (suspect votes already left out), suppressed for groups under `minGroup`.
 * `held`: ids (`cellId`) of cells to suppress whatever their size, e.g. every cell another cube over
 * the same votes suppressed, so that this one publishes a subset of that one's cells and the two
 * together disclose nothing that one alone does not.
 */
export function buildResultsCube(counts: readonly CubeVoteCount[], minGroup: number, held: ReadonlySet<string> = new Set()): ResultsCube {
  const cells = new Map<string, WorkCell>();
  const leafIds = new Map<string, number>();
  const cellOf = (periodKind: CubePeriodKind, period: string, count: CubeVoteCount, level: number): WorkCell => {
    const dimensions = placeAt(count, level);
    const id = idOf(periodKind, period, count.scale, level, dimensions);
    let cell = cells.get(id);
    if (!cell) {
      cell = {
        id,
        key: { periodKind, period, scale: count.scale, dimensions },
        level,
        n: 0,
        distribution: new Map(),
        leaves: new Set(),
        suppressed: false,
      };
      cells.set(id, cell);
    }
    return cell;
  };
  for (const count of counts) {
    if (count.votes <= 0) continue;
    const leafKey = idOf('month', count.month, count.scale, 3, placeAt(count, 3));
    const leaf = leafIds.get(leafKey) ?? leafIds.size;
    leafIds.set(leafKey, leaf);
    for (const [periodKind, period] of [
      ['month', count.month],
      ['quarter', quarterOf(count.month)],
    ] as const)
      for (let level = 0; level <= 3; level++) {
        const cell = cellOf(periodKind, period, count, level);
        cell.n += count.votes;
        cell.distribution.set(count.score, (cell.distribution.get(count.score) ?? 0) + count.votes);
        cell.leaves.add(leaf);
      }
  }
  const all = [...cells.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const cell of all) cell.suppressed = cell.n < minGroup || held.has(cell.id);
  const equations = equationsOf(all, cells);
  const partners = new Map<WorkCell, WorkCell[]>(all.map((cell) => [cell, []]));
  for (const { parent, children } of equations)
    for (const member of [parent, ...children]) partners.get(member)!.push(...[parent, ...children].filter((m) => m !== member));

  for (;;) {
    if (complementOnce(equations)) continue;
    // Every exposed cell gets its complement at once (one check per round, not one per cell).
    const complements = recoverableCells(all).flatMap((exposed) => nearestPublished(exposed, partners) ?? []);
    if (!complements.length) break; // none exposed, or nothing published is linked to one: nothing to subtract from
    for (const complement of complements) complement.suppressed = true;
  }
  return { minGroup, cells: all.map(toCell) };
}

function equationsOf(all: readonly WorkCell[], cells: ReadonlyMap<string, WorkCell>): Equation[] {
  // Two families: a parent and its children in one period; a quarter and its months at one place.
  const byPlace = new Map<WorkCell, WorkCell[]>();
  const byTime = new Map<WorkCell, WorkCell[]>();
  const add = (family: Map<WorkCell, WorkCell[]>, parent: WorkCell | undefined, child: WorkCell) => {
    if (parent) family.set(parent, [...(family.get(parent) ?? []), child]);
  };
  for (const cell of all) {
    const { periodKind, period, scale, dimensions } = cell.key;
    if (cell.level > 0) {
      const parentDimensions = placeAt(
        { serviceId: dimensions.serviceId!, centreId: dimensions.centreId ?? null, channel: dimensions.channel! } as CubeVoteCount,
        cell.level - 1,
      );
      add(byPlace, cells.get(idOf(periodKind, period, scale, cell.level - 1, parentDimensions)), cell);
    }
    if (periodKind === 'month') add(byTime, cells.get(idOf('quarter', quarterOf(period), scale, cell.level, dimensions)), cell);
  }
  return [...byPlace, ...byTime].map(([parent, children]) => ({ parent, children }));
}

/** Rule 2 once over every equation; true when it suppressed something. */
function complementOnce(equations: readonly Equation[]): boolean {
  let changed = false;
  for (const { parent, children } of equations) {
    const holes = (parent.suppressed ? 1 : 0) + children.filter((child) => child.suppressed).length;
    if (holes !== 1) continue;
    const complement = smallest(children.filter((child) => !child.suppressed)) ?? (parent.suppressed ? undefined : parent);
    if (!complement) continue;
    complement.suppressed = true;
    changed = true;
  }
  return changed;
}

const smallest = (cells: readonly WorkCell[]): WorkCell | undefined =>
  cells.reduce<WorkCell | undefined>((best, cell) => (!best || cell.n < best.n ? cell : best), undefined);

/** The published cell closest to `cell` through shared equations, the smallest at that distance. */
function nearestPublished(cell: WorkCell, partners: ReadonlyMap<WorkCell, WorkCell[]>): WorkCell | undefined {
  const seen = new Set([cell]);
  let ring = [cell];
  while (ring.length) {
    const next = [...new Set(ring.flatMap((c) => partners.get(c)!))].filter((c) => !seen.has(c));
    next.forEach((c) => seen.add(c));
    const found = smallest(next.filter((c) => !c.suppressed));
    if (found) return found;
    ring = next;
  }
  return undefined;
}

/**
 * The suppressed cells whose vote sets are in the span of the published cells' vote sets, per
 * quarter and scale (the only cells that share votes). Exact over a prime field: anything
 * recoverable over the rationals is recoverable there, so the check errs on the safe side.
 */
function recoverableCells(all: readonly WorkCell[]): WorkCell[] {
  const blocks = new Map<string, WorkCell[]>();
  const exposed: WorkCell[] = [];
  for (const cell of all) {
    const block = `${cell.key.scale}|${cell.key.periodKind === 'quarter' ? cell.key.period : quarterOf(cell.key.period)}`;
    const members = blocks.get(block) ?? [];
    members.push(cell);
    blocks.set(block, members);
  }
  for (const block of blocks.values()) {
    if (!block.some((cell) => cell.suppressed)) continue;
    const basis = new LinearSpan();
    for (const cell of block) if (!cell.suppressed) basis.add(cell.leaves);
    exposed.push(...block.filter((cell) => cell.suppressed && basis.contains(cell.leaves)));
  }
  return exposed;
}

/** Votes of one score that cite one reason (a vote citing several reasons counts once under each). */
export interface CubeReasonCount extends CubeVoteCount {
  reason: string;
}

/**
 * Per reason, the cube of the votes citing it, suppressed with `minGroup` and never showing a cell
 * that `main` (the cube of all votes) suppressed; `held` adds cells to suppress per reason.
 */
export function buildReasonCubes(
  counts: readonly CubeReasonCount[],
  minGroup: number,
  main: ResultsCube,
  held: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Map<string, ResultsCube> {
  const hidden = main.cells.filter((cell) => cell.suppressed).map(cellId);
  const byReason = new Map<string, CubeReasonCount[]>();
  for (const count of counts) {
    const list = byReason.get(count.reason) ?? [];
    list.push(count);
    byReason.set(count.reason, list);
  }
  return new Map(
    [...byReason].map(([reason, list]) => [reason, buildResultsCube(list, minGroup, new Set([...hidden, ...(held.get(reason) ?? [])]))]),
  );
}

const PRIME = 65_521;

function inverse(a: number): number {
  let [r0, r1, s0, s1] = [PRIME, a % PRIME, 0, 1];
  while (r1) {
    const q = Math.floor(r0 / r1);
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return ((s0 % PRIME) + PRIME) % PRIME;
}

/** Sparse Gaussian elimination over GF(PRIME): rows keyed by their pivot (their smallest column). */
export class LinearSpan {
  private readonly rows = new Map<number, Map<number, number>>();

  /** What is left of `vector` after subtracting every row it meets, smallest column first. */
  private reduce(vector: Iterable<number>): Map<number, number> {
    const rest = new Map<number, number>();
    for (const column of vector) rest.set(column, 1);
    for (;;) {
      const pivot = [...rest.keys()].filter((column) => this.rows.has(column)).sort((a, b) => a - b)[0];
      if (pivot === undefined) return rest;
      const factor = rest.get(pivot)!;
      for (const [column, value] of this.rows.get(pivot)!) {
        const updated = ((((rest.get(column) ?? 0) - factor * value) % PRIME) + PRIME) % PRIME;
        if (updated) rest.set(column, updated);
        else rest.delete(column);
      }
    }
  }

  add(vector: Iterable<number>): void {
    const rest = this.reduce(vector);
    if (!rest.size) return;
    const pivot = Math.min(...rest.keys());
    const scale = inverse(rest.get(pivot)!);
    this.rows.set(pivot, new Map([...rest].map(([column, value]) => [column, (value * scale) % PRIME])));
  }

  contains(vector: Iterable<number>): boolean {
    return this.reduce(vector).size === 0;
  }
}

function toCell(cell: WorkCell): CubeCell {
  const key = { ...cell.key, dimensions: { ...cell.key.dimensions } };
  if (cell.suppressed) return { ...key, suppressed: true };
  const { min, max } = SCORE_RANGE[cell.key.scale];
  const distribution: Record<string, number> = {};
  for (let score = min; score <= max; score++) distribution[score] = cell.distribution.get(score) ?? 0;
  const sum = (scores: readonly number[]) => scores.reduce((total, score) => total + (cell.distribution.get(score) ?? 0), 0);
  const sides = SCORE_SIDES[cell.key.scale];
  return { ...key, suppressed: false, n: cell.n, distribution, positive: sum(sides.positive), negative: sum(sides.negative) };
}
