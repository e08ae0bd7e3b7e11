import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CERTIFICATE_STATUSES,
  Certification,
  Evaluation,
  OrganisationCertifications,
  Results,
  ValidationProblem,
} from '../../../src/core/contract.js';
import { levelOf } from '../store/results-cube.js';
import { ENGINES, seededDatabase, testServer, type TestDatabase, type TestServer } from './support.js';

async function problemAt(response: Response, status: number, path: string): Promise<string> {
  assert.equal(response.status, status);
  const problem = ValidationProblem.parse(await response.json());
  const issue = problem.issues.find((i) => i.path === path);
  assert.ok(issue, `an issue at "${path}" in ${JSON.stringify(problem.issues)}`);
  return issue.message;
}

for (const engine of ENGINES)
  describe(`reads (${engine})`, () => {
    let database: TestDatabase;
    let server: TestServer;
    before(async () => {
      database = await seededDatabase(engine);
      server = await testServer(database.db);
    });
    after(async () => {
      await server?.close();
      await database?.cleanup();
    });

    describe('centre evaluations', () => {
      const evaluation = (centreId: string, query = '') => fetch(`${server.api}/centres/${centreId}/evaluation${query}`);

      test('without ?cycle: the latest cycle, with the earlier ones as history, oldest first', async () => {
        const response = await evaluation('isa-town');
        assert.equal(response.status, 200);
        const e = Evaluation.parse(await response.json());
        assert.equal(e.cycle.number, 5);
        assert.equal(e.cycle.year, 2024);
        assert.deepEqual(e.cycle.programme, { ar: 'تقييم', en: 'Taqyeem' });
        assert.deepEqual(
          e.history.map((h) => h.cycle),
          [1, 2, 3, 4],
        );
        assert.equal(e.centre.name.ar, 'فرع مدينة عيسى');
        assert.equal(e.centre.model, 'on-premise');
        assert.deepEqual(e.rank, { position: 4, of: 12 }, 'its place in the ranking of cycle 5 (store/rankings.ts)');
        assert.ok(e.evidence?.mysteryShopperVisits && e.evidence.fieldVisits && e.evidence.surveyResponses);
        assert.ok(e.strengths.length > 0 && e.improvements.length > 0);
        assert.equal(e.publishedAt, '2024-12-14');
      });

      test('the overall percentage is the weighted mean of the criteria, whose weights sum to 100', async () => {
        const e = Evaluation.parse(await (await evaluation('customs-sea-port', '?cycle=3')).json());
        assert.equal(
          e.criteria.reduce((sum, c) => sum + c.weight, 0),
          100,
        );
        assert.equal(e.result.scheme, 'percentage-tier');
        const weighted = e.criteria.reduce((sum, c) => sum + (c.score * c.weight) / 100, 0);
        assert.ok(Math.abs((e.result as { percentage: number }).percentage - weighted) < 0.1);
      });

      test('?cycle=N answers that cycle with only the earlier ones as history', async () => {
        const e = Evaluation.parse(await (await evaluation('isa-town', '?cycle=2')).json());
        assert.equal(e.cycle.number, 2);
        assert.deepEqual(
          e.history.map((h) => h.cycle),
          [1],
        );
        const first = Evaluation.parse(await (await evaluation('isa-town', '?cycle=1')).json());
        assert.deepEqual(first.history, []);
      });

      test('a remote centre: platinum in Taqyeem 5, evaluated from cycle 4', async () => {
        const e = Evaluation.parse(await (await evaluation('customs-remote')).json());
        assert.equal(e.centre.model, 'remote');
        assert.deepEqual(e.result, {
          scheme: 'percentage-tier',
          percentage: (e.result as { percentage: number }).percentage,
          tier: 'platinum',
        });
        assert.deepEqual(
          e.history.map((h) => h.cycle),
          [4],
        );
        assert.deepEqual(e.rank, { position: 1, of: 12 });
        assert.equal((await evaluation('customs-remote', '?cycle=2')).status, 404);
      });

      test('the star-rated centre and the maturity-scored channel', async () => {
        const stars = Evaluation.parse(await (await evaluation('uae-happiness-centre')).json());
        assert.deepEqual(stars.result, { scheme: 'stars', stars: 6, maxStars: 7 });
        assert.equal(stars.criteria.length, 8);
        const maturity = Evaluation.parse(await (await evaluation('digital-portal-example')).json());
        assert.equal(maturity.centre.model, 'digital');
        assert.equal(maturity.result.scheme, 'maturity');
      });

      test('a dozen seeded centres, each with a current evaluation that obeys the contract', async () => {
        const centres = await database.db.query<{ id: string }>('SELECT id FROM centres ORDER BY id');
        assert.ok(centres.length >= 12);
        for (const { id } of centres) {
          const response = await evaluation(id);
          assert.equal(response.status, 200, id);
          Evaluation.parse(await response.json());
        }
      });

      test('404 naming the centre, or the cycle, that has no evaluation', async () => {
        assert.match(await problemAt(await evaluation('no-such-centre'), 404, 'centreId'), /No centre 'no-such-centre'/);
        assert.equal(
          await problemAt(await evaluation('isa-town', '?cycle=9'), 404, 'cycle'),
          "No evaluation published for centre 'isa-town' in cycle 9",
        );
      });

      test('400 for a malformed centre id or cycle', async () => {
        await problemAt(await evaluation('isa%2Ftown'), 400, 'centreId');
        for (const cycle of ['0', '-1', 'five', '2.5', '99999'])
          await problemAt(await evaluation('isa-town', `?cycle=${cycle}`), 400, 'cycle');
      });

      test('ETag and Cache-Control on the answer; If-None-Match gives 304 with no body', async () => {
        const first = await evaluation('isa-town', '?cycle=4');
        const tag = first.headers.get('etag');
        assert.ok(tag);
        assert.equal(first.headers.get('cache-control'), 'public, max-age=300');
        await first.arrayBuffer();
        const again = await fetch(`${server.api}/centres/isa-town/evaluation?cycle=4`, { headers: { 'if-none-match': tag } });
        assert.equal(again.status, 304);
        assert.equal(await again.text(), '');
        assert.equal(again.headers.get('etag'), tag);
        assert.equal(again.headers.get('cache-control'), 'public, max-age=300');
        const other = await fetch(`${server.api}/centres/isa-town/evaluation?cycle=3`, { headers: { 'if-none-match': tag } });
        assert.equal(other.status, 200);
      });

      test('the rating summary ETag changes when a vote is counted', async () => {
        const url = `${server.api}/services/customs-clearance/rating-summary`;
        const before = (await fetch(url)).headers.get('etag')!;
        assert.equal((await fetch(url, { headers: { 'if-none-match': before } })).status, 304);
        await database.db.query(
          `INSERT INTO ratings (submission_id, service_id, score, scale, channel, locale, page, client_time)
         VALUES (gen_random_uuid(), 'customs-clearance', 3, 'faces', 'web', 'en', 'https://portal.example/', '2024-01-01')`,
        );
        const changed = await fetch(url, { headers: { 'if-none-match': before } });
        assert.equal(changed.status, 200);
        assert.notEqual(changed.headers.get('etag'), before);
      });
    });

    describe('results', () => {
      test("the seeded votes cite <service-rating>'s built-in reasons: the public answer has reasons to show, none of thumbs", async () => {
        const answer = Results.parse(await (await fetch(`${server.api}/results?services=cr-renewal&period=quarter`)).json());
        const service = answer.rows.filter((row) => levelOf(row.dimensions) === 1).at(-1)!;
        assert.ok(service.reasons.length >= 3, JSON.stringify(service.reasons));
        for (const cited of service.reasons) {
          assert.ok(['effectiveness', 'ease', 'efficiency', 'transparency', 'employee'].includes(cited.reason), cited.reason);
          assert.ok(cited.n >= 10 && cited.n <= service.n, 'a published reason cell stands for 10 votes or more');
        }
        const thumbs = Results.parse(await (await fetch(`${server.api}/results?services=page-feedback`)).json());
        assert.ok(thumbs.rows.length > 0 && thumbs.rows.every((row) => row.reasons.length === 0), 'quick thumbs: no reasons');
      });
    });

    describe('certifications', () => {
      const organisation = (id: string) => fetch(`${server.api}/organisations/${id}/certifications`);
      const certificate = (id: string) => fetch(`${server.api}/certifications/${id}`);

      test('iGA: ISO 9001:2015 and ISO/IEC 20000-1 from Bureau Veritas, in their display order', async () => {
        const response = await organisation('iga');
        assert.equal(response.status, 200);
        assert.ok(response.headers.get('etag'));
        const found = OrganisationCertifications.parse(await response.json());
        assert.equal(found.organisation.name.ar, 'هيئة المعلومات والحكومة الإلكترونية');
        const [qms, itsm] = found.certifications;
        assert.equal(`${qms!.standard.code}:${qms!.standard.version}`, 'ISO 9001:2015');
        assert.equal(itsm!.standard.code, 'ISO/IEC 20000-1');
        assert.ok(found.certifications.every((c) => c.certificationBody.name.startsWith('Bureau Veritas')));
      });

      test('the ISO/IEC 20000-1 certificate expires within 90 days of seeding', async () => {
        const itsm = Certification.parse(await (await certificate('BV-ISO20000-2024-042')).json());
        const days = (Date.parse(itsm.expiryDate) - Date.now()) / 86_400_000;
        assert.ok(days > 0 && days < 90, `${days} days`);
      });

      test('Al-Khobar: ISO 9001 and IQNet from Quality Austria; the IQNet one expired by date while marked active', async () => {
        const found = OrganisationCertifications.parse(await (await organisation('khobar')).json());
        assert.equal(found.organisation.name.ar, 'بلدية محافظة الخبر');
        const iqnet = found.certifications.find((c) => c.standard.code === 'IQNet')!;
        assert.equal(iqnet.status, 'active');
        assert.ok(Date.parse(iqnet.expiryDate) < Date.now());
        assert.ok(found.certifications.some((c) => c.standard.code === 'ISO 9001' && c.certificationBody.name === 'Quality Austria'));
      });

      test('certificates in every IAF status, one unknown status, a stale verification and a non-https verify link', async () => {
        const all = (await database.db.query<{ id: string }>('SELECT id FROM certifications')).map((row) => row.id);
        const certificates = await Promise.all(all.map(async (id) => Certification.parse(await (await certificate(id)).json())));
        const statuses = new Set(certificates.map((c) => c.status));
        for (const status of CERTIFICATE_STATUSES) assert.ok(statuses.has(status), status);
        assert.ok([...statuses].some((s) => !(CERTIFICATE_STATUSES as readonly string[]).includes(s)));
        assert.ok(certificates.some((c) => c.lastVerifiedAt && Date.parse(c.lastVerifiedAt) < Date.now() - 365 * 86_400_000));
        assert.ok(certificates.some((c) => c.verifyUrl?.startsWith('http:')));
      });

      test('one certificate by id, with dates as plain YYYY-MM-DD', async () => {
        const response = await certificate('BV-ISO9001-2023-117');
        assert.equal(response.status, 200);
        const found = Certification.parse(await response.json());
        assert.equal(found.issueDate, '2024-03-13');
        assert.equal(found.expiryDate, '2027-03-12');
        assert.equal(found.originalIssueDate, '2016-02-21');
        assert.match(found.lastVerifiedAt!, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      });

      test('404 naming the unknown organisation or certificate; 400 for malformed ids', async () => {
        assert.match(await problemAt(await organisation('no-such-org'), 404, 'organisationId'), /no-such-org/);
        assert.match(await problemAt(await certificate('NO-SUCH-CERT'), 404, 'certificateId'), /NO-SUCH-CERT/);
        await problemAt(await organisation('a%20b'), 400, 'organisationId');
        await problemAt(await certificate('x'.repeat(129)), 400, 'certificateId');
      });
    });
  });
