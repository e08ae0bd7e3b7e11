/**
 * The ranking variant's module, loaded once per page on first use (a dynamic `import()`, so pages of
 * cards never download it; a failed import is tried again at the next use). Kept at module level
 * so a server renderer, or a page taking server-rendered markup over, can load it ahead and the
 * element then renders the ranking at once.
 */
import { lazy } from '../core/lazy.js';

type RankingModule = typeof import('./ranking.js');

let loaded: RankingModule | undefined;

export const loadRanking = lazy(() => import('./ranking.js').then((module) => (loaded = module)));

/** The module if it has loaded, else undefined. */
export function rankingModule(): RankingModule | undefined {
  return loaded;
}
