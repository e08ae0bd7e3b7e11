/**
 * `POST /csp-reports` receives Content-Security-Policy violation reports from the demo pages (both the
 * `report-uri` format, `application/csp-report`, and the Reporting API's `application/reports+json`),
 * logs each one and keeps the latest in memory. `GET /csp-reports` lists them, so an end-to-end test
 * can assert that a page caused none.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { LogSink } from '../http/request-log.js';
import { CSP_REPORT_PATH } from '../http/security-headers.js';

export interface CspViolation {
  receivedAt: string;
  documentUri?: string;
  violatedDirective?: string;
  effectiveDirective?: string;
  blockedUri?: string;
  sourceFile?: string;
  lineNumber?: number;
  sample?: string;
}

const KEEP = 200;

export class CspReports {
  private readonly recent: CspViolation[] = [];
  total = 0;

  add(violation: CspViolation): void {
    this.total++;
    this.recent.push(violation);
    if (this.recent.length > KEEP) this.recent.shift();
  }

  list(): readonly CspViolation[] {
    return this.recent;
  }
}

type Raw = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 2048) : undefined);

/** Both report formats, reduced to the fields worth keeping. */
function violations(payload: unknown): CspViolation[] {
  const receivedAt = new Date().toISOString();
  const from = (body: Raw, camel: boolean): CspViolation => ({
    receivedAt,
    documentUri: text(camel ? body.documentURL : body['document-uri']),
    violatedDirective: text(camel ? body.effectiveDirective : body['violated-directive']),
    effectiveDirective: text(camel ? body.effectiveDirective : body['effective-directive']),
    blockedUri: text(camel ? body.blockedURL : body['blocked-uri']),
    sourceFile: text(camel ? body.sourceFile : body['source-file']),
    lineNumber: Number((camel ? body.lineNumber : body['line-number']) ?? NaN) || undefined,
    sample: text(camel ? body.sample : body['script-sample']),
  });
  if (Array.isArray(payload)) {
    return payload
      .filter((report): report is Raw => typeof report === 'object' && report !== null && (report as Raw).type === 'csp-violation')
      .map((report) => from((report.body ?? {}) as Raw, true));
  }
  if (payload && typeof payload === 'object' && 'csp-report' in payload) return [from((payload as Raw)['csp-report'] as Raw, false)];
  return [];
}

export function cspReportRoutes(reports: CspReports, log: LogSink): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post(CSP_REPORT_PATH, async (c) => {
    let payload: unknown;
    try {
      payload = JSON.parse(await c.req.text());
    } catch {
      return c.body(null, 204); // a malformed report is not worth an error page
    }
    for (const violation of violations(payload)) {
      reports.add(violation);
      log({ level: 'warn', msg: 'csp violation', ...violation });
    }
    return c.body(null, 204);
  });
  routes.get(CSP_REPORT_PATH, (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ count: reports.total, reports: reports.list() });
  });
  return routes;
}
