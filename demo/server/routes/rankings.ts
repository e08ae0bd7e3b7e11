/**
 * `GET {base}/evaluations?cycle=N&entity=&model=&scheme=&cursor=`: one cycle's results for a ranking,
 * filtered, ranked per scheme (ties share a rank, see src/centre-scorecard/ranking-order.ts) and paged
 * with an opaque cursor. Without `cycle`, the latest cycle among the filtered results.
 *
 * The seeded centres carry no entity id, so one is derived from the entity's English name
 * ("Customs Affairs" -> `customs-affairs`); a real API would store it.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { CENTRE_MODELS, Identifier, RESULT_SCHEMES, Ranking, type EvaluationResult, type RankingEntry } from '../../../src/core/contract.js';
import { rankGroups } from '../../../src/centre-scorecard/ranking-order.js';
import type { Db } from '../db.js';
import type { AppEnv } from '../http/app-env.js';
import { fieldIssues, problem, type Issue } from '../http/problems.js';
import { routePath } from './contract-paths.js';
import { cycleQuery } from './params.js';

/** Items per page unless `?limit=` asks for another size (1-100). */
export const RANKING_PAGE_SIZE = 50;

interface Row {
  centre_id: string;
  name_ar: string;
  name_en: string;
  entity_ar: string;
  entity_en: string;
  model: RankingEntry['centre']['model'];
  cycle: number;
  year: number;
  programme_ar: string;
  programme_en: string;
  result: EvaluationResult;
  previous: { cycle: number; year: number; result: EvaluationResult } | null;
}

const RANKING_SQL = `
  SELECT e.centre_id, c.name_ar, c.name_en, c.entity_ar, c.entity_en, c.model,
         e.cycle, e.year, e.programme_ar, e.programme_en, e.result,
         (SELECT jsonb_build_object('cycle', p.cycle, 'year', p.year, 'result', p.result)
            FROM evaluations p WHERE p.centre_id = e.centre_id AND p.cycle < e.cycle
            ORDER BY p.cycle DESC LIMIT 1) AS previous
  FROM evaluations e JOIN centres c ON c.id = e.centre_id
  WHERE ($1::text IS NULL OR c.model = $1)
  ORDER BY e.cycle, e.centre_id`;

/** `Customs Affairs` -> `customs-affairs`; `Information & eGovernment Authority` -> `information-egovernment-authority`. */
export function entityId(englishName: string): string {
  return englishName.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const Query = z.object({
  entity: z.optional(Identifier),
  model: z.optional(z.enum(CENTRE_MODELS)),
  scheme: z.optional(z.enum(RESULT_SCHEMES)),
  cursor: z.optional(z.string().check(z.regex(/^o[1-9][0-9]{0,5}$/, 'Expected a cursor from nextCursor'))),
  limit: z.optional(z.string().check(z.regex(/^([1-9][0-9]?|100)$/, 'Expected a page size from 1 to 100'))),
});

function query(c: Context): { ok: true; value: z.infer<typeof Query> } | { ok: false; response: Response } {
  const raw = Object.fromEntries(['entity', 'model', 'scheme', 'cursor', 'limit'].map((name) => [name, c.req.query(name) || undefined]));
  const result = Query.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issues: Issue[] = fieldIssues(result.error.issues);
  return { ok: false, response: problem(c, 400, 'invalid-request', issues) };
}

function toEntry(row: Row): RankingEntry {
  return {
    centre: {
      id: row.centre_id,
      name: { ar: row.name_ar, en: row.name_en },
      entity: { id: entityId(row.entity_en), ar: row.entity_ar, en: row.entity_en },
      model: row.model,
    },
    cycle: { number: row.cycle, year: row.year, programme: { ar: row.programme_ar, en: row.programme_en } },
    result: row.result,
    previous: row.previous ?? undefined,
  };
}

export function rankingRoutes(db: Db): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(routePath('ranking'), async (c) => {
    const cycle = cycleQuery(c);
    if (!cycle.ok) return cycle.response;
    const params = query(c);
    if (!params.ok) return params.response;
    const { entity, model, scheme, cursor, limit } = params.value;
    const rows = await db.query<Row>(RANKING_SQL, [model ?? null]);
    const matching = rows
      .map(toEntry)
      .filter((e) => (!entity || e.centre.entity.id === entity) && (!scheme || e.result.scheme === scheme));
    const answered = cycle.value ?? Math.max(0, ...matching.map((e) => e.cycle.number));
    const ofCycle = matching.filter((e) => e.cycle.number === answered);
    // Ranked over the whole filtered cycle, so a rank means the same on every page.
    const ranked = rankGroups(ofCycle, (e) => e.centre.name.en, (a, b) => a.localeCompare(b, 'en')).flatMap((group) =>
      group.rows.map((row) => ({ ...row.entry, ...(row.rank === undefined ? {} : { rank: row.rank }) })),
    );
    const start = cursor ? Number(cursor.slice(1)) : 0;
    const size = limit ? Number(limit) : RANKING_PAGE_SIZE;
    const end = start + size;
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(
      Ranking.parse({
        ...(answered ? { cycle: answered } : {}),
        items: ranked.slice(start, end),
        ...(end < ranked.length ? { nextCursor: `o${end}` } : {}),
      }),
    );
  });
  return routes;
}
