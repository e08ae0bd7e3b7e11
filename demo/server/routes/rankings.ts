/**
 * `GET {base}/evaluations?cycle=N&entity=&model=&scheme=&cursor=`: one cycle's results for a ranking,
 * filtered, ranked per scheme (store/rankings.ts, which a centre's evaluation takes its rank from too)
 * and paged with an opaque cursor. Without `cycle`, the latest cycle among the filtered results.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { CENTRE_MODELS, Identifier, RESULT_SCHEMES, Ranking } from '../../../src/core/contract.js';
import type { Db } from '../db.js';
import type { AppEnv } from '../http/app-env.js';
import { fieldIssues, problem, type Issue } from '../http/problems.js';
import { rankedCycle } from '../store/rankings.js';
import { routePath } from './contract-paths.js';
import { cycleQuery } from './params.js';

export { entityId } from '../store/rankings.js';

/** Items per page unless `?limit=` asks for another size (1-100). */
export const RANKING_PAGE_SIZE = 50;

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

export function rankingRoutes(db: Db): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(routePath('ranking'), async (c) => {
    const cycle = cycleQuery(c);
    if (!cycle.ok) return cycle.response;
    const params = query(c);
    if (!params.ok) return params.response;
    const { entity, model, scheme, cursor, limit } = params.value;
    const { cycle: answered, groups } = await rankedCycle(db, { cycle: cycle.value, entity, model, scheme });
    const ranked = groups.flat();
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
