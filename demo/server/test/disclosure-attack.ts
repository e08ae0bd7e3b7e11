/**
 * The attacker of issue 20's acceptance: given every figure some set of queries published, and every
 * group that was held back, can a held-back group be recovered by subtraction? Groups are sets of the
 * fixture's votes (the test knows which votes each answer covers; the attacker only needs the figures).
 *
 * Two attacks, both exhaustive:
 * - tiling: a published group minus any set of disjoint published groups inside it (a parent minus
 *   any subset of its published children; two published groups whose difference is exactly the
 *   held-back group), searched as an exact cover of the rest, so no subset is left untried;
 * - span: any integer combination of published groups, however they overlap (linear algebra on the
 *   vote sets), which also catches chains of subtractions across periods and levels.
 */
import { LinearSpan } from '../store/results-cube.js';

export interface Group<F> {
  /** What an analyst would call it (query and cell), for the failure message. */
  label: string;
  votes: ReadonlySet<number>;
  figures: F;
}

export interface Recovery {
  secret: string;
  votes: ReadonlySet<number>;
  how: string;
  /** The parent and the groups subtracted from it (tiling), empty for a span recovery. */
  from: string[];
}

const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size === b.size && [...a].every((v) => b.has(v));
const within = (inner: ReadonlySet<number>, outer: ReadonlySet<number>) => [...inner].every((v) => outer.has(v));

/** Distinct vote sets only: the same group published by two queries is one equation. */
function distinct<F>(groups: readonly Group<F>[]): Group<F>[] {
  const seen = new Map<string, Group<F>>();
  for (const group of groups) {
    const key = [...group.votes].sort((a, b) => a - b).join(',');
    if (!seen.has(key)) seen.set(key, group);
  }
  return [...seen.values()];
}

/** A set of disjoint groups from `pieces` covering `rest` exactly, or undefined. */
function exactCover<F>(rest: ReadonlySet<number>, pieces: readonly Group<F>[]): Group<F>[] | undefined {
  if (rest.size === 0) return [];
  const first = Math.min(...rest);
  for (const piece of pieces) {
    if (!piece.votes.has(first) || !within(piece.votes, rest)) continue;
    const left = new Set([...rest].filter((v) => !piece.votes.has(v)));
    const cover = exactCover(left, pieces);
    if (cover) return [piece, ...cover];
  }
  return undefined;
}

/** Every way found to recover one of `secrets` from `published` (empty: nothing recoverable). */
export function subtractionAttack<F>(published: readonly Group<F>[], secrets: readonly Group<unknown>[]): Recovery[] {
  const groups = distinct(published);
  const recoveries: Recovery[] = [];
  const span = new LinearSpan();
  for (const group of groups) span.add(group.votes);
  for (const secret of distinct(secrets)) {
    if (groups.some((group) => sameSet(group.votes, secret.votes))) {
      recoveries.push({ secret: secret.label, votes: secret.votes, how: 'published as is', from: [] });
      continue;
    }
    for (const parent of groups) {
      if (!within(secret.votes, parent.votes)) continue;
      const rest = new Set([...parent.votes].filter((v) => !secret.votes.has(v)));
      const pieces = groups.filter((g) => g !== parent && within(g.votes, rest));
      const cover = exactCover(rest, pieces);
      if (cover) {
        recoveries.push({ secret: secret.label, votes: secret.votes, how: 'tiling', from: [parent.label, ...cover.map((g) => g.label)] });
        break;
      }
    }
    if (recoveries.at(-1)?.secret === secret.label) continue;
    if (span.contains(secret.votes)) recoveries.push({ secret: secret.label, votes: secret.votes, how: 'span', from: [] });
  }
  return recoveries;
}
