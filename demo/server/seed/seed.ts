/**
 * Puts the demo data in the database on first start. Idempotent: every row has a fixed key and goes
 * in with ON CONFLICT DO NOTHING (the initial votes too: their submission ids are derived from the
 * service, score and ordinal), so restarting never duplicates anything nor undoes an operator's edit.
 */
import { Certification, Evaluation } from '../../../src/core/contract.js';
import type { Db, Queryable } from '../db.js';
import { ORGANISATIONS } from './certifications.js';
import { CENTRES, EVALUATIONS } from './centres.js';
import { SERVICES } from './services.js';

async function seedServices(tx: Queryable): Promise<void> {
  for (const service of SERVICES) {
    await tx.query('INSERT INTO services (id, scale, name_ar, name_en) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING', [
      service.id,
      service.scale,
      service.name.ar,
      service.name.en,
    ]);
    for (const [score, votes] of Object.entries(service.votes)) {
      // Spread over the last six months, on the web (7 in 10), the app (2) and at two centres' counters
      // (1), so that the results page has periods, channels and centres to show; the poor scores lean
      // to the older months: satisfaction rose, as a quality programme hopes. Every other star or face
      // vote cites one of <service-rating>'s built-in reasons (thumbs are quick: none), a poor one
      // most often the time it took, a good one the ease.
      const poor = Number(score) <= (service.scale === 'stars' ? 2 : service.scale === 'faces' ? 1 : 0);
      await tx.query(
        `INSERT INTO ratings (submission_id, service_id, score, scale, reasons, channel, centre_id, locale, page, client_time, received_at)
         SELECT md5('jawda-seed:' || $1 || ':' || $2 || ':' || n)::uuid, $1, $2::smallint, $3,
                CASE WHEN $3 = 'thumbs' OR n % 2 = 1 THEN '[]'::jsonb
                     WHEN $5 THEN jsonb_build_array((ARRAY['efficiency', 'efficiency', 'employee', 'transparency', 'ease'])[1 + (n / 2) % 5])
                     ELSE jsonb_build_array((ARRAY['ease', 'efficiency', 'ease', 'effectiveness', 'employee'])[1 + (n / 2) % 5]) END,
                CASE WHEN n % 10 < 7 THEN 'web' WHEN n % 10 < 9 THEN 'app' ELSE 'centre' END,
                CASE WHEN n % 10 = 9 THEN CASE WHEN n % 20 = 9 THEN 'isa-town' ELSE 'iga-seef-mall' END END,
                CASE WHEN n % 4 = 0 THEN 'en' ELSE 'ar' END, 'https://portal.example/services/' || $1,
                '2024-01-01T00:00:00Z',
                now() - make_interval(hours => 1 + floor(4300 * power(n::float8 / $4, CASE WHEN $5 THEN 0.6 ELSE 1 END))::int)
         FROM generate_series(1, $4::int) AS n
         ON CONFLICT (submission_id) DO NOTHING`,
        [service.id, Number(score), service.scale, votes, poor],
      );
    }
  }
}

async function seedEvaluations(tx: Queryable): Promise<void> {
  for (const centre of CENTRES) {
    await tx.query(
      `INSERT INTO centres (id, name_ar, name_en, entity_ar, entity_en, model) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO NOTHING`,
      [centre.id, centre.name.ar, centre.name.en, centre.entity.ar, centre.entity.en, centre.model],
    );
  }
  for (const evaluation of EVALUATIONS) {
    const e = Evaluation.parse({ ...evaluation, history: [] }); // the seed obeys the contract, or the server does not start
    await tx.query(
      `INSERT INTO evaluations (centre_id, cycle, year, programme_ar, programme_en, result, criteria,
         mystery_shopper_visits, field_visits, survey_responses, rank_position, rank_of, strengths, improvements, published_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10, $11, $12, $13::jsonb, $14::jsonb, $15::date)
       ON CONFLICT (centre_id, cycle) DO NOTHING`,
      [
        e.centre.id,
        e.cycle.number,
        e.cycle.year,
        e.cycle.programme.ar,
        e.cycle.programme.en,
        JSON.stringify(e.result),
        JSON.stringify(e.criteria),
        e.evidence?.mysteryShopperVisits ?? null,
        e.evidence?.fieldVisits ?? null,
        e.evidence?.surveyResponses ?? null,
        e.rank?.position ?? null,
        e.rank?.of ?? null,
        JSON.stringify(e.strengths),
        JSON.stringify(e.improvements),
        e.publishedAt ?? null,
      ],
    );
  }
}

async function seedCertifications(tx: Queryable): Promise<void> {
  for (const organisation of ORGANISATIONS) {
    await tx.query('INSERT INTO organisations (id, name_ar, name_en) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [
      organisation.id,
      organisation.name.ar,
      organisation.name.en,
    ]);
    for (const [position, certification] of organisation.certifications.entries()) {
      const c = Certification.parse(certification);
      await tx.query(
        `INSERT INTO certifications (id, organisation_id, position, certificate_number, standard_code, standard_version,
           standard_title_ar, standard_title_en, certified_entity_ar, certified_entity_en, scope_ar, scope_en, sites,
           body_name, body_url, body_logo, accreditation_name, accreditation_status, original_issue_date, issue_date,
           expiry_date, status, verify_url, last_verified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $16, $17, $18,
                 $19::date, $20::date, $21::date, $22, $23, $24::timestamptz)
         ON CONFLICT (id) DO NOTHING`,
        [
          c.id,
          organisation.id,
          position,
          c.certificateNumber,
          c.standard.code,
          c.standard.version ?? null,
          c.standard.title.ar,
          c.standard.title.en,
          c.certifiedEntity.ar,
          c.certifiedEntity.en,
          c.scope.ar,
          c.scope.en,
          JSON.stringify(c.sites),
          c.certificationBody.name,
          c.certificationBody.url ?? null,
          c.certificationBody.logo ?? null,
          c.accreditationBody?.name ?? null,
          c.accreditationBody?.status ?? null,
          c.originalIssueDate ?? null,
          c.issueDate,
          c.expiryDate,
          c.status,
          c.verifyUrl ?? null,
          c.lastVerifiedAt ?? null,
        ],
      );
    }
  }
}

/** Inserts whatever demo data is missing, in one transaction. */
export async function seedDatabase(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('jawda:seed:' || current_schema()))`);
    await seedServices(tx);
    await seedEvaluations(tx);
    await seedCertifications(tx);
  });
}
