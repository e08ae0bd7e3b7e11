/**
 * `GET /admin/exports/ratings(.csv|.ndjson)`, `GET /admin/reports/ratings` and its v2
 * `GET /admin/reports/results` (analyst role). Exports stream: one page of votes is read from the
 * database each time the client is ready for more, so an export of millions of votes holds one page
 * in memory. Groups of fewer than JAWDA_MIN_GROUP votes are left out of both; comments are masked
 * (store/exports.ts). Report v2 is the results cube (routes/results.ts), safe against subtraction.
 */
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { Identifier, RatingChannel } from '../../../src/core/contract.js';
import { csvLine } from '../../../src/core/csv.js';
import type { Db } from '../db.js';
import { requireRole } from '../http/admin-auth.js';
import type { AppEnv } from '../http/app-env.js';
import { fieldIssues, problem } from '../http/problems.js';
import type { ServerSettings } from '../settings.js';
import {
  EXPORT_COLUMNS,
  exportPage,
  ratingReport,
  REPORT_PERIODS,
  startExport,
  type ExportedVote,
  type ExportFilter,
  type ReportDimension,
} from '../store/exports.js';
import { realDate } from './admin-inputs.js';
import { resultsAnswer, resultsCubes, resultsMinimumGroups } from './results.js';

export const EXPORT_FILTERS: { name: string; description: string; format?: string }[] = [
  { name: 'service', description: 'Only this service id' },
  { name: 'centre', description: 'Only this centre id' },
  { name: 'channel', description: 'Only this channel (web, app, centre, kiosk, ...)' },
  { name: 'from', description: 'Received on or after this date (YYYY-MM-DD, UTC)', format: 'date' },
  { name: 'to', description: 'Received on or before this date (YYYY-MM-DD, UTC)', format: 'date' },
];
export const REPORT_DIMENSIONS = ['service', 'centre', 'channel', 'reason'] as const satisfies readonly ReportDimension[];

const Day = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date: YYYY-MM-DD'), z.refine(realDate, 'Not a date on the calendar'));
const Filter = z.object({
  service: z.optional(Identifier),
  centre: z.optional(Identifier),
  channel: z.optional(RatingChannel),
  from: z.optional(Day),
  to: z.optional(Day),
});
const Report = z.object({
  by: z.optional(
    z
      .string()
      .check(
        z.regex(
          new RegExp(`^(${REPORT_DIMENSIONS.join('|')})(,(${REPORT_DIMENSIONS.join('|')}))*$`),
          `Comma-separated: ${REPORT_DIMENSIONS.join(', ')}`,
        ),
      ),
  ),
  period: z.optional(z.enum(REPORT_PERIODS)),
});

function filterOf(c: Context): { ok: true; value: ExportFilter } | { ok: false; response: Response } {
  const query = Object.fromEntries(EXPORT_FILTERS.map(({ name }) => [name, c.req.query(name) || undefined]));
  const parsed = Filter.safeParse(query);
  if (!parsed.success) return { ok: false, response: problem(c, 400, 'invalid-request', fieldIssues(parsed.error.issues)) };
  return { ok: true, value: parsed.data };
}

const FORMATS = {
  csv: {
    type: 'text/csv; charset=utf-8',
    header: `${EXPORT_COLUMNS.join(',')}\r\n`,
    line: (v: ExportedVote) => csvLine(EXPORT_COLUMNS.map((k) => v[k])),
  },
  ndjson: { type: 'application/x-ndjson; charset=utf-8', header: '', line: (v: ExportedVote) => `${JSON.stringify(v)}\n` },
} as const;
type Format = keyof typeof FORMATS;

/** `.csv` / `.ndjson` in the path, else the Accept header (NDJSON when anything goes); undefined: 406. */
function formatOf(c: Context, extension: string | undefined): Format | undefined {
  if (extension === 'csv' || extension === 'ndjson') return extension;
  const accept = c.req.header('accept') ?? '*/*';
  if (/\btext\/csv\b/.test(accept)) return 'csv';
  if (/\bapplication\/(x-)?ndjson\b|\*\/\*|application\/\*/.test(accept)) return 'ndjson';
  return undefined;
}

export function exportRoutes(db: Db, settings: ServerSettings, cubes = resultsCubes(db, settings)): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/exports/*', requireRole('analyst'));
  routes.use('/reports/*', requireRole('analyst'));

  const exportVotes = async (c: Context<AppEnv>, extension?: string) => {
    const format = formatOf(c, extension);
    if (!format)
      return problem(c, 406, 'not-acceptable', [{ path: '', code: 'not_acceptable', message: 'Ask for text/csv or application/x-ndjson' }]);
    const filter = filterOf(c);
    if (!filter.ok) return filter.response;
    const cursor = await startExport(db, filter.value, settings.minGroup);
    const { type, header, line } = FORMATS[format];
    const encoder = new TextEncoder();
    let after: number | undefined = 0;
    let started = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!started) {
          started = true;
          if (header) return controller.enqueue(encoder.encode(header));
        }
        if (after === undefined) return controller.close();
        const page = await exportPage(db, filter.value, cursor, after);
        after = page.next;
        if (page.votes.length) controller.enqueue(encoder.encode(page.votes.map(line).join('')));
        else if (after === undefined) controller.close();
      },
    });
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': type,
        'Content-Disposition': `attachment; filename="ratings.${format}"`,
        'Cache-Control': 'no-store',
        'X-Jawda-Min-Group': String(settings.minGroup),
      },
    });
  };
  routes.get('/exports/ratings', (c) => exportVotes(c));
  routes.get('/exports/ratings.csv', (c) => exportVotes(c, 'csv'));
  routes.get('/exports/ratings.ndjson', (c) => exportVotes(c, 'ndjson'));

  routes.get('/reports/ratings', async (c) => {
    const filter = filterOf(c);
    if (!filter.ok) return filter.response;
    const options = Report.safeParse({ by: c.req.query('by') || undefined, period: c.req.query('period') || undefined });
    if (!options.success) return problem(c, 400, 'invalid-request', fieldIssues(options.error.issues));
    const by = [...new Set((options.data.by ?? 'service').split(','))] as ReportDimension[];
    const period = options.data.period ?? 'month';
    const report = await ratingReport(db, filter.value, by, period, settings.minGroup);
    return c.json({ period, by, filter: filter.value, minGroup: settings.minGroup, ...report });
  });

  // Report v2 (issue 20): the results cube at JAWDA_MIN_GROUP, the same answer as the public `/results`.
  routes.get('/reports/results', resultsAnswer(cubes, resultsMinimumGroups(settings).internal, 'no-store', db));
  return routes;
}
