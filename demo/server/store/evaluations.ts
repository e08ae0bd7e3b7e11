/** SQL for service centres and their evaluations. */
import type { Evaluation, EvaluationResult, LocalizedText } from '../../../src/core/contract.js';
import type { Queryable } from '../db.js';
import { rankOf } from './rankings.js';

interface EvaluationRow {
  centre_id: string;
  name_ar: string;
  name_en: string;
  entity_ar: string;
  entity_en: string;
  model: Evaluation['centre']['model'];
  cycle: number;
  year: number;
  programme_ar: string;
  programme_en: string;
  result: EvaluationResult;
  criteria: Evaluation['criteria'];
  history: Evaluation['history'];
  mystery_shopper_visits: number | null;
  field_visits: number | null;
  survey_responses: number | null;
  strengths: LocalizedText[];
  improvements: LocalizedText[];
  published_at: string | null;
}

/** The evaluation of `cycle`, or the latest one when `cycle` is undefined; history is every earlier cycle. */
const EVALUATION_SQL = `
  SELECT e.centre_id, c.name_ar, c.name_en, c.entity_ar, c.entity_en, c.model,
         e.cycle, e.year, e.programme_ar, e.programme_en, e.result, e.criteria,
         e.mystery_shopper_visits, e.field_visits, e.survey_responses,
         e.strengths, e.improvements, to_char(e.published_at, 'YYYY-MM-DD') AS published_at,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('cycle', h.cycle, 'year', h.year, 'result', h.result) ORDER BY h.cycle), '[]')
            FROM evaluations h WHERE h.centre_id = e.centre_id AND h.cycle < e.cycle) AS history
  FROM evaluations e JOIN centres c ON c.id = e.centre_id
  WHERE e.centre_id = $1 AND ($2::int IS NULL OR e.cycle = $2)
  ORDER BY e.cycle DESC
  LIMIT 1`;

function defined<T extends object>(value: T): T | undefined {
  return Object.values(value).some((v) => v !== undefined) ? value : undefined;
}

function toEvaluation(row: EvaluationRow): Evaluation {
  return {
    centre: {
      id: row.centre_id,
      name: { ar: row.name_ar, en: row.name_en },
      entity: { ar: row.entity_ar, en: row.entity_en },
      model: row.model,
    },
    cycle: { number: row.cycle, year: row.year, programme: { ar: row.programme_ar, en: row.programme_en } },
    result: row.result,
    criteria: row.criteria,
    history: row.history,
    evidence: defined({
      mysteryShopperVisits: row.mystery_shopper_visits ?? undefined,
      fieldVisits: row.field_visits ?? undefined,
      surveyResponses: row.survey_responses ?? undefined,
    }),
    strengths: row.strengths,
    improvements: row.improvements,
    publishedAt: row.published_at ?? undefined,
  };
}

export async function findEvaluation(db: Queryable, centreId: string, cycle?: number): Promise<Evaluation | undefined> {
  const [row] = await db.query<EvaluationRow>(EVALUATION_SQL, [centreId, cycle ?? null]);
  if (!row) return undefined;
  // The rank is the centre's place in the ranking this server serves for the same cycle, never the
  // stored rank_position: a publisher's "13 of 64" counted centres this store does not hold, and a
  // reader sees the card beside the table (issue 19).
  const rank = await rankOf(db, centreId, row.cycle);
  return { ...toEvaluation(row), ...(rank ? { rank } : {}) };
}

export async function centreExists(db: Queryable, centreId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM centres WHERE id = $1', [centreId])).length === 1;
}
