/** `GET {base}/centres/{centreId}/evaluation?cycle=N`: that cycle, or the latest when N is absent. */
import { Hono } from 'hono';
import { Evaluation } from '../../../src/core/contract.js';
import type { Db } from '../db.js';
import type { AppEnv } from '../http/app-env.js';
import { notFound } from '../http/problems.js';
import { centreExists, findEvaluation } from '../store/evaluations.js';
import { routePath } from './contract-paths.js';
import { cycleQuery, identifiers } from './params.js';

export function evaluationRoutes(db: Db): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(routePath('evaluation'), async (c) => {
    const params = identifiers(c, ['centreId'] as const);
    if (!params.ok) return params.response;
    const cycle = cycleQuery(c);
    if (!cycle.ok) return cycle.response;
    const { centreId } = params.value;
    const evaluation = await findEvaluation(db, centreId, cycle.value);
    if (!evaluation) {
      // Say exactly what is missing: an editor who typed the id or the cycle wrong must see which.
      if (!(await centreExists(db, centreId))) return notFound(c, 'centreId', `No centre '${centreId}'`);
      const which = cycle.value === undefined ? '' : ` in cycle ${cycle.value}`;
      return notFound(c, cycle.value === undefined ? 'centreId' : 'cycle', `No evaluation published for centre '${centreId}'${which}`);
    }
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(Evaluation.parse(evaluation));
  });
  return routes;
}
