/**
 * `GET {base}/results`: what citizens said, for anyone (no key), per month or quarter and place, from
 * the suppressed results cube (store/results-cube.ts). Filters and periods only select cells of the
 * cube; nothing is added up here, so no two answers differ by a suppressed cell. Public, so the
 * minimum group is at least PUBLIC_MIN_GROUP whatever JAWDA_MIN_GROUP says.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { Identifier, RATING_CHANNELS, RatingChannel, Results, type LocalizedText, type ReasonOptions } from '../../../src/core/contract.js';
import type { Db } from '../db.js';
import type { AppEnv } from '../http/app-env.js';
import { fieldIssues, problem } from '../http/problems.js';
import type { ServerSettings } from '../settings.js';
import { cellId, levelOf, type CubeCell, type PublishedCell } from '../store/results-cube.js';
import { ResultsCubes } from '../store/results.js';

/** The smallest group the public answer shows: a published figure stands for at least ten people. */
export const PUBLIC_MIN_GROUP = 10;

export const RESULTS_PATH = '/results';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

/** A comma-separated list of `item`s. */
const listOf = (item: z.core.$ZodType, what: string) =>
  z.string().check(z.refine((text) => text.split(',').every((part) => z.safeParse(item, part).success), `Comma-separated ${what}`));

const Query = z
  .object({
    services: z.optional(listOf(Identifier, 'service ids')),
    centres: z.optional(listOf(Identifier, 'centre ids')),
    channels: z.optional(listOf(RatingChannel, `channels (${RATING_CHANNELS.join(', ')})`)),
    period: z.optional(z.enum(['month', 'quarter'])),
    from: z.optional(z.string().check(z.refine((t) => MONTH.test(t) || QUARTER.test(t), 'Expected a whole period: 2026-03 or 2026-Q1'))),
    to: z.optional(z.string().check(z.refine((t) => MONTH.test(t) || QUARTER.test(t), 'Expected a whole period: 2026-03 or 2026-Q1'))),
  })
  .check(
    z.refine((q) => [q.from, q.to].every((p) => p === undefined || (q.period === 'quarter' ? QUARTER : MONTH).test(p)), {
      message: 'from and to are periods of the kind asked for (2026-03 for month, 2026-Q1 for quarter)',
      path: ['from'],
    }),
    z.refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from is after to', path: ['to'] }),
  );

const listParameter = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string' },
});
const periodSchema = { type: 'string', pattern: '^\\d{4}-((0[1-9]|1[0-2])|Q[1-4])$' };

/** The query parameters, as the OpenAPI document describes them (public and admin answers alike). */
export const RESULTS_PARAMETERS = [
  listParameter('services', 'Comma-separated service ids: only their cells (service level and below)'),
  listParameter('centres', 'Comma-separated centre ids: only their cells (centre level and below)'),
  listParameter('channels', 'Comma-separated channels: only their cells (channel level)'),
  { name: 'period', in: 'query', required: false, schema: { type: 'string', enum: ['month', 'quarter'], default: 'month' } },
  { name: 'from', in: 'query', required: false, description: 'First whole period: 2026-03 or 2026-Q1', schema: periodSchema },
  { name: 'to', in: 'query', required: false, description: 'Last whole period, included', schema: periodSchema },
];

// The answer's schema is the contract's (src/core/contract.ts), which <rating-results> validates with.
export { Results, ResultsRow } from '../../../src/core/contract.js';

type Filters = z.infer<typeof Query>;

/** Whether a cube cell is one the filters select: a filter on a dimension selects the cells that have it. */
function selected(cell: CubeCell, filters: Filters, period: 'month' | 'quarter'): boolean {
  if (cell.periodKind !== period) return false;
  if (filters.from && cell.period < filters.from) return false;
  if (filters.to && cell.period > filters.to) return false;
  const { serviceId, centreId, channel } = cell.dimensions;
  const level = levelOf(cell.dimensions);
  const within = (list: string | undefined, value: string | null | undefined, depth: number) =>
    list === undefined || (level >= depth && value !== null && value !== undefined && list.split(',').includes(value));
  return within(filters.services, serviceId, 1) && within(filters.centres, centreId, 2) && within(filters.channels, channel, 3);
}

/** The minimum groups of the two answers: the analysts' (JAWDA_MIN_GROUP) and the public's (at least 10). */
export function resultsMinimumGroups(settings: ServerSettings): { internal: number; public: number } {
  return { internal: settings.minGroup, public: Math.max(PUBLIC_MIN_GROUP, settings.minGroup) };
}

/**
 * A reason's name from a service's own chips (`reason_options`): the good score's words and the poor
 * one's, "It was quick / It took too long" (one id for both: the results weigh one against the other).
 */
function reasonName(options: ReasonOptions, reason: string): LocalizedText | undefined {
  const [high, low] = [options.high, options.low].map((side) => side.find(({ id }) => id === reason)?.label);
  if (!high || !low) return high ?? low;
  const join = (a: string, b: string) => (a === b ? a : `${a} / ${b}`);
  return { ar: join(high.ar, low.ar), en: join(high.en, low.en) };
}

/**
 * The names of the reasons `rows` cite that their services name in their own chips (the first such
 * service by id); `<service-rating>`'s built-in reasons, and the others, go by the element's words.
 */
async function reasonNamesOf(db: Db, services: string[], cited: Set<string>) {
  if (!services.length || !cited.size) return {};
  const chips = await db.query<{ reason_options: ReasonOptions }>(
    'SELECT reason_options FROM services WHERE id = ANY($1) AND reason_options IS NOT NULL ORDER BY id',
    [services],
  );
  const names: Record<string, LocalizedText> = {};
  for (const { reason_options: options } of chips)
    for (const reason of cited) {
      const name = names[reason] ? undefined : reasonName(options, reason);
      if (name) names[reason] = name;
    }
  return names;
}

/** The Arabic and English names of the services and centres `rows` name, by id, and of the reasons they cite where a service names them. */
async function namesOf(db: Db, rows: readonly { dimensions: CubeCell['dimensions']; reasons: readonly { reason: string }[] }[]) {
  const ids = (key: 'serviceId' | 'centreId') => [...new Set(rows.map((row) => row.dimensions[key]).filter((id): id is string => !!id))];
  const read = async (table: 'services' | 'centres', wanted: string[]) =>
    Object.fromEntries(
      wanted.length
        ? (
            await db.query<{ id: string; ar: string; en: string }>(
              `SELECT id, name_ar AS ar, name_en AS en FROM ${table} WHERE id = ANY($1)`,
              [wanted],
            )
          ).map(({ id, ar, en }) => [id, { ar, en }])
        : [],
    );
  const cited = new Set(rows.flatMap((row) => row.reasons.map(({ reason }) => reason)));
  return {
    services: await read('services', ids('serviceId')),
    centres: await read('centres', ids('centreId')),
    reasons: await reasonNamesOf(db, ids('serviceId'), cited),
  };
}

/** The answer of `GET /results` and of the analysts' report v2: the selected cells of the cube of `minGroup`. */

export function resultsAnswer(cubes: ResultsCubes, minGroup: number, cacheControl: string, db: Db) {
  return async (c: Context<AppEnv>): Promise<Response> => {
    const raw = Object.fromEntries(
      ['services', 'centres', 'channels', 'period', 'from', 'to'].map((name) => [name, c.req.query(name) || undefined]),
    );
    const parsed = Query.safeParse(raw);
    if (!parsed.success) return problem(c, 400, 'invalid-request', fieldIssues(parsed.error.issues));
    const filters = parsed.data;
    const period = filters.period ?? 'month';
    const cube = await cubes.read(minGroup);
    const cells = cube.cells.filter((cell) => selected(cell, filters, period));
    const rows = cells
      .filter((cell): cell is PublishedCell => !cell.suppressed)
      .map((cell) => ({
        period: cell.period,
        dimensions: cell.dimensions,
        scale: cell.scale,
        n: cell.n,
        distribution: cell.distribution,
        positive: cell.positive,
        negative: cell.negative,
        formula: 'wilson' as const,
        reasons: (cube.reasons.get(cellId(cell)) ?? []).map(({ reason, cell: cited }) => ({
          reason,
          n: cited.n,
          distribution: cited.distribution,
          positive: cited.positive,
          negative: cited.negative,
        })),
      }));
    c.header('Cache-Control', cacheControl);
    const names = await namesOf(db, rows);
    return c.json(
      Results.parse({ generatedAt: cube.generatedAt, minGroup, period, rows, suppressedCells: cells.length - rows.length, names }),
    );
  };
}

/** The cubes of both answers, built together (store/results.ts). */
export const resultsCubes = (db: Db, settings: ServerSettings): ResultsCubes =>
  new ResultsCubes(db, Object.values(resultsMinimumGroups(settings)), settings.resultsRebuildMs);

export function resultsRoutes(db: Db, settings: ServerSettings, cubes = resultsCubes(db, settings)): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(RESULTS_PATH, resultsAnswer(cubes, resultsMinimumGroups(settings).public, 'public, max-age=300', db));
  return routes;
}
