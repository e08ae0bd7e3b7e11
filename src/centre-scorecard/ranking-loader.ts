/**
 * The ranking variant's module, loaded once per page on first use (a dynamic `import()`, so pages of
 * cards never download it). Kept at module level so a server renderer, or a page taking over
 * server-rendered markup, can load it ahead and the element then renders the ranking at once.
 */
type RankingModule = typeof import('./ranking.js');

let loading: Promise<RankingModule> | undefined;
let loaded: RankingModule | undefined;

export function loadRanking(): Promise<RankingModule> {
  return (loading ??= import('./ranking.js').then((module) => (loaded = module)));
}

/** The module if it has loaded, else undefined. */
export function rankingModule(): RankingModule | undefined {
  return loaded;
}
