/**
 * Bulk import of a Taqyeem results sheet (CSV or JSON), by `npm run admin -- import FILE`. Every row
 * is checked with the contract's schemas before anything is written; one bad row and nothing is
 * imported, and the report names every bad row, column and reason. Otherwise everything goes in one
 * transaction, with one audit-log row.
 *
 * CSV columns (the first row names them; order free): centre (its id), centre_ar, centre_en,
 * entity_ar, entity_en, model (on-premise | remote | digital), cycle, year, percentage, tier
 * (platinum | gold | silver | bronze), and optionally programme_ar, programme_en, published_at,
 * rank, rank_of, mystery_shopper_visits, field_visits, survey_responses. Each criterion is a column
 * named `criterion:<English name>|<Arabic name>|<weight>` whose cells are the centre's score (%);
 * an empty cell: the criterion was not assessed for that centre.
 *
 * JSON: an array of rows with the same keys (criteria may also come as `criteria: [{name, weight,
 * score}]`), or `{ "evaluations": [rows], "organisations": [{id, name}], "certifications":
 * [{id, organisationId, ...the contract's Certification}] }`.
 */
import { readFileSync } from 'node:fs';
import { Certification, Evaluation, TIERS } from '../../../src/core/contract.js';
import type { Db } from '../db.js';
import { CentreInput, CertificationPlacement, certificationIssues, evaluationIssues, OrganisationInput } from '../routes/admin-inputs.js';
import { audit } from '../store/audit.js';
import { putCentre, putCertification, putEvaluation, putOrganisation, type Centre, type CertificationWrite } from '../store/publishing.js';
import { parseCsv } from './csv.js';

export interface RowError {
  /** CSV: the line as a spreadsheet numbers it (the header is row 1); JSON: `evaluations[0]`, ... */
  row: string;
  column: string;
  reason: string;
}

export interface ImportReport {
  file: string;
  dryRun: boolean;
  /** Whether anything was written. */
  imported: boolean;
  counts: { centres: number; evaluations: number; organisations: number; certifications: number };
  errors: RowError[];
}

type Row = Record<string, unknown>;
const TAQYEEM = { ar: 'تقييم', en: 'Taqyeem' };
const CRITERION_COLUMN = /^criterion:([^|]+)\|([^|]+)\|(\d+(?:\.\d+)?)$/;

/** From a parsed value's path to the sheet's column that holds it. */
const COLUMN_OF: Record<string, string> = {
  'name.ar': 'centre_ar',
  'name.en': 'centre_en',
  'entity.ar': 'entity_ar',
  'entity.en': 'entity_en',
  model: 'model',
  'cycle.number': 'cycle',
  'cycle.year': 'year',
  'cycle.programme.ar': 'programme_ar',
  'cycle.programme.en': 'programme_en',
  result: 'percentage',
  'result.percentage': 'percentage',
  'result.tier': 'tier',
  'result.scheme': 'percentage',
  publishedAt: 'published_at',
  'rank.position': 'rank',
  'rank.of': 'rank_of',
  rank: 'rank',
  'evidence.mysteryShopperVisits': 'mystery_shopper_visits',
  'evidence.fieldVisits': 'field_visits',
  'evidence.surveyResponses': 'survey_responses',
};

interface Prepared {
  centres: Map<string, Centre>;
  evaluations: Evaluation[];
  organisations: { id: string; name: { ar: string; en: string } }[];
  certifications: CertificationWrite[];
  errors: RowError[];
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A number from a cell ("93.2", "93.2%", 93.2); undefined when empty; NaN when not a number. */
function numeric(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  const cell = text(value);
  if (cell === undefined) return undefined;
  return /^-?\d+(\.\d+)?%?$/.test(cell) ? Number(cell.replace('%', '')) : Number.NaN;
}

function sheetRows(file: string, format: 'csv' | 'json', errors: RowError[]): { label: string; row: Row }[] & { extra?: Row } {
  const content = readFileSync(file, 'utf8');
  if (format === 'csv') {
    const [header, ...lines] = parseCsv(content);
    if (!header) return [];
    const names = header.map((name) => name.trim());
    return lines
      .map((cells, i) => ({ label: String(i + 2), cells }))
      .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
      .map(({ label, cells }) => {
        if (cells.length > names.length)
          errors.push({ row: label, column: '', reason: `${cells.length} cells but ${names.length} columns` });
        return { label, row: Object.fromEntries(names.map((name, j) => [name, cells[j] ?? ''])) };
      });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    errors.push({ row: '', column: '', reason: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    return [];
  }
  const rows = Array.isArray(parsed) ? parsed : ((parsed as Row | null)?.evaluations ?? []);
  if (!Array.isArray(rows)) {
    errors.push({ row: '', column: 'evaluations', reason: 'Expected an array of rows' });
    return [];
  }
  const result: { label: string; row: Row }[] & { extra?: Row } = rows.map((row, i) => ({
    label: Array.isArray(parsed) ? `[${i}]` : `evaluations[${i}]`,
    row: row as Row,
  }));
  if (!Array.isArray(parsed)) result.extra = parsed as Row;
  return result;
}

function criteriaOf(row: Row, label: string, errors: RowError[]): unknown {
  if (Array.isArray(row.criteria)) return row.criteria;
  const criteria = [];
  for (const [column, cell] of Object.entries(row)) {
    const match = CRITERION_COLUMN.exec(column);
    if (!match) {
      if (column.startsWith('criterion:'))
        errors.push({ row: label, column, reason: 'A criterion column is named criterion:<English name>|<Arabic name>|<weight>' });
      continue;
    }
    const score = numeric(cell);
    if (score === undefined) continue;
    criteria.push({ name: { en: match[1]!.trim(), ar: match[2]!.trim() }, weight: Number(match[3]), score, column });
  }
  return criteria;
}

function evaluationRow(row: Row, label: string, prepared: Prepared): void {
  const { errors } = prepared;
  const before = errors.length;
  const issue = (column: string, reason: string): void => void errors.push({ row: label, column, reason });
  if (typeof row !== 'object' || row === null) return issue('', 'Expected an object');
  const centreId = text(row.centre);
  if (!centreId) issue('centre', 'The centre id is required');
  const numbers: Record<string, number | undefined> = {};
  for (const column of ['cycle', 'year', 'percentage', 'rank', 'rank_of', 'mystery_shopper_visits', 'field_visits', 'survey_responses']) {
    numbers[column] = numeric(row[column]);
    if (Number.isNaN(numbers[column])) issue(column, `Not a number: "${String(row[column])}"`);
  }
  for (const column of ['cycle', 'year', 'percentage']) if (numbers[column] === undefined) issue(column, 'Required');

  const centre = CentreInput.safeParse({
    name: { ar: text(row.centre_ar), en: text(row.centre_en) },
    entity: { ar: text(row.entity_ar), en: text(row.entity_en) },
    model: text(row.model),
  });
  if (!centre.success) for (const i of centre.error.issues) issue(COLUMN_OF[i.path.join('.')] ?? i.path.join('.'), i.message);

  const criteria = criteriaOf(row, label, errors) as { column?: string }[];
  if (errors.length > before || !centreId || !centre.success) return;
  const tier = text(row.tier)?.toLowerCase();
  // The result is a union in the contract, whose error names no field: say which cell is wrong.
  if (tier && !(TIERS as readonly string[]).includes(tier)) return issue('tier', `Expected one of ${TIERS.join(', ')}`);
  if (numbers.percentage! < 0 || numbers.percentage! > 100) return issue('percentage', 'A percentage is from 0 to 100');
  const candidate = {
    centre: { id: centreId, ...centre.data },
    cycle: {
      number: numbers.cycle,
      year: numbers.year,
      programme: { ar: text(row.programme_ar) ?? TAQYEEM.ar, en: text(row.programme_en) ?? TAQYEEM.en },
    },
    result: { scheme: 'percentage-tier', percentage: numbers.percentage, ...(tier ? { tier } : {}) },
    criteria: criteria.map(({ column: _, ...criterion }) => criterion),
    history: [],
    evidence:
      (numbers.mystery_shopper_visits ?? numbers.field_visits ?? numbers.survey_responses ?? undefined)
        ? {
            mysteryShopperVisits: numbers.mystery_shopper_visits,
            fieldVisits: numbers.field_visits,
            surveyResponses: numbers.survey_responses,
          }
        : undefined,
    rank: numbers.rank !== undefined || numbers.rank_of !== undefined ? { position: numbers.rank, of: numbers.rank_of } : undefined,
    publishedAt: text(row.published_at),
  };
  const parsed = Evaluation.safeParse(candidate);
  const issues = parsed.success
    ? evaluationIssues(parsed.data)
    : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  for (const i of issues) {
    const criterion = /^criteria\.(\d+)/.exec(i.path);
    issue(criterion ? (criteria[Number(criterion[1])]?.column ?? 'criteria') : (COLUMN_OF[i.path] ?? i.path), i.message);
  }
  if (!parsed.success || issues.length) return;
  const e = parsed.data;
  if (prepared.evaluations.some((other) => other.centre.id === e.centre.id && other.cycle.number === e.cycle.number)) {
    return issue('cycle', `Centre ${e.centre.id} appears twice for cycle ${e.cycle.number}`);
  }
  const known = prepared.centres.get(e.centre.id);
  if (known && JSON.stringify(known) !== JSON.stringify(e.centre))
    return issue('centre', `Centre ${e.centre.id} has other names, entity or model on an earlier row`);
  prepared.centres.set(e.centre.id, e.centre);
  prepared.evaluations.push(e);
}

function certificationRows(extra: Row | undefined, prepared: Prepared): void {
  const issue = (row: string, column: string, reason: string): void => void prepared.errors.push({ row, column, reason });
  const organisations = extra?.organisations ?? [];
  const certifications = extra?.certifications ?? [];
  if (!Array.isArray(organisations)) return issue('organisations', '', 'Expected an array');
  if (!Array.isArray(certifications)) return issue('certifications', '', 'Expected an array');
  organisations.forEach((value, i) => {
    const row = value as Row;
    const label = `organisations[${i}]`;
    const id = text(row?.id);
    const parsed = OrganisationInput.safeParse(row);
    if (!id) issue(label, 'id', 'Required');
    if (!parsed.success) for (const e of parsed.error.issues) issue(label, e.path.join('.'), e.message);
    if (id && parsed.success) prepared.organisations.push({ id, name: parsed.data.name });
  });
  certifications.forEach((value, i) => {
    const label = `certifications[${i}]`;
    const placement = CertificationPlacement.safeParse(value);
    const parsed = Certification.safeParse(value);
    const issues = [
      ...(placement.success ? [] : placement.error.issues.map((e) => ({ path: e.path.join('.'), message: e.message }))),
      ...(parsed.success
        ? certificationIssues(parsed.data)
        : parsed.error.issues.map((e) => ({ path: e.path.join('.'), message: e.message }))),
    ];
    for (const e of issues) issue(label, e.path, e.message);
    if (issues.length || !placement.success || !parsed.success) return;
    prepared.certifications.push({ ...placement.data, certification: parsed.data });
  });
}

/** Checks the whole file, then (unless `dryRun` or any row is bad) writes all of it in one transaction. */
export async function importSheet(
  db: Db,
  file: string,
  { format, dryRun, keyId = 'cli' }: { format: 'csv' | 'json'; dryRun: boolean; keyId?: string },
): Promise<ImportReport> {
  const prepared: Prepared = { centres: new Map(), evaluations: [], organisations: [], certifications: [], errors: [] };
  const rows = sheetRows(file, format, prepared.errors);
  if (format === 'csv' && rows.length === 0 && prepared.errors.length === 0)
    prepared.errors.push({ row: '', column: '', reason: 'No rows under the header' });
  for (const { label, row } of rows) evaluationRow(row, label, prepared);
  certificationRows(rows.extra, prepared);

  // Certificates of organisations neither in the file nor in the database are bad rows too.
  const known = new Set([
    ...prepared.organisations.map((o) => o.id),
    ...(await db.query<{ id: string }>('SELECT id FROM organisations')).map((o) => o.id),
  ]);
  prepared.certifications.forEach((write, i) => {
    if (!known.has(write.organisationId))
      prepared.errors.push({
        row: `certifications[${i}]`,
        column: 'organisationId',
        reason: `No organisation '${write.organisationId}' in the file or the database`,
      });
  });

  const counts = {
    centres: prepared.centres.size,
    evaluations: prepared.evaluations.length,
    organisations: prepared.organisations.length,
    certifications: prepared.certifications.length,
  };
  const report: ImportReport = { file, dryRun, imported: false, counts, errors: prepared.errors };
  if (dryRun || prepared.errors.length) return report;
  try {
    await db.transaction(async (tx) => {
      for (const centre of prepared.centres.values()) await putCentre(tx, centre);
      for (const evaluation of prepared.evaluations) await putEvaluation(tx, evaluation);
      for (const organisation of prepared.organisations) await putOrganisation(tx, organisation.id, organisation.name);
      for (const certification of prepared.certifications) await putCertification(tx, certification, keyId);
      await audit(tx, keyId, 'import', `file:${file.split('/').at(-1)}`, {
        counts,
        evaluations: prepared.evaluations.map((e) => `${e.centre.id}:${e.cycle.number}`),
      });
    });
  } catch (error) {
    report.errors.push({
      row: '',
      column: '',
      reason: `The database refused the import, nothing was written: ${error instanceof Error ? error.message : String(error)}`,
    });
    return report;
  }
  report.imported = true;
  return report;
}

export function formatImportReport(report: ImportReport): string[] {
  const { counts } = report;
  const what = `${counts.centres} centres, ${counts.evaluations} evaluations, ${counts.organisations} organisations, ${counts.certifications} certifications`;
  if (report.errors.length) {
    return [
      `${report.file}: ${report.errors.length} problem(s); nothing was imported.`,
      'row\tcolumn\treason',
      ...report.errors.map((e) => `${e.row}\t${e.column}\t${e.reason}`),
    ];
  }
  return [
    report.dryRun ? `${report.file}: valid (dry run, nothing written): ${what}` : `${report.file}: imported ${what} in one transaction`,
  ];
}
