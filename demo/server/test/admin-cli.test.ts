// The operator's CLI (issue 13, points 2 and 3): API keys, and the bulk import of a Taqyeem results
// sheet (CSV or JSON): a dry run, a report of every bad row, and all or nothing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Evaluation, OrganisationCertifications } from '../../../src/core/contract.js';
import { runAdmin } from '../admin-cli.js';
import { migrate } from '../migrations.js';
import { authenticate } from '../store/api-keys.js';
import { parseCsv } from '../import/csv.js';
import { certificate } from './admin-support.js';
import { ENGINES, testDatabase, testServer, type TestDatabase, type TestServer } from './support.js';

const SAMPLE = resolve(import.meta.dirname, '../seed/taqyeem-sample.csv');
const ROOT = resolve(import.meta.dirname, '../../..');

for (const engine of ENGINES)
  describe(`admin CLI (${engine})`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let files: string;
    const run = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runAdmin(
        argv,
        database.db,
        (line) => out.push(line),
        (line) => err.push(line),
      );
      return { code, out, err };
    };
    const evaluationCount = async () => (await database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM evaluations'))[0]!.n;

    before(async () => {
      database = await testDatabase(engine);
      await migrate(database.db);
      server = await testServer(database.db);
      files = mkdtempSync(join(tmpdir(), 'jawda-import-'));
    });
    after(async () => {
      await server?.close();
      await database?.cleanup();
      rmSync(files, { recursive: true, force: true });
    });

    test('keys create prints a key once, which then authenticates with its roles; keys revoke ends it', async () => {
      const created = await run('keys', 'create', '--label', 'MOIC portal', '--role', 'portal', '--role', 'analyst');
      assert.equal(created.code, 0, created.err.join('\n'));
      const key = created.out.at(-1)!;
      assert.match(key, /^jawda_[0-9a-f]{12}_[\w-]{43}$/);
      const id = key.split('_')[1]!;
      assert.deepEqual(await authenticate(database.db, key), { keyId: id, roles: ['portal', 'analyst'] });
      const listed = await run('keys', 'list');
      assert.ok(listed.out.some((line) => line.startsWith(id) && line.includes('MOIC portal') && !line.includes(key)));
      assert.equal((await run('keys', 'create', '--label', 'x', '--role', 'root')).code, 2);
      assert.equal((await run('keys', 'revoke', id)).code, 0);
      assert.equal(await authenticate(database.db, key), undefined);
      assert.equal((await run('keys', 'revoke', id)).code, 1);
      const audited = await run('audit');
      assert.ok(audited.out.some((line) => line.includes('key.create') && line.includes(`key:${id}`)));
    });

    test('import --dry-run of the sample sheet checks every row and writes nothing', async () => {
      const result = await run('import', SAMPLE, '--dry-run');
      assert.equal(result.code, 0, result.err.join('\n'));
      assert.match(result.out[0]!, /valid \(dry run, nothing written\): 12 centres, 24 evaluations/);
      assert.equal(await evaluationCount(), 0);
    });

    test('import of the sample sheet: every centre and cycle, which the public route then serves', async () => {
      const result = await run('import', SAMPLE);
      assert.equal(result.code, 0, result.err.join('\n'));
      assert.equal(await evaluationCount(), 24);
      const evaluation = Evaluation.parse(await (await fetch(`${server.api}/centres/isa-town/evaluation`)).json());
      assert.equal(evaluation.centre.name.ar, 'فرع مدينة عيسى');
      assert.deepEqual(
        [evaluation.cycle.number, evaluation.cycle.year, evaluation.result],
        [5, 2024, { scheme: 'percentage-tier', percentage: 92.8, tier: 'gold' }],
      );
      assert.equal(evaluation.criteria.length, 6);
      assert.deepEqual(evaluation.criteria[1], { name: { en: 'Quality of service', ar: 'جودة الخدمة' }, weight: 25, score: 95.4 });
      assert.deepEqual(
        evaluation.history.map((h) => h.cycle),
        [4],
      );
      // Its place among the imported centres, as the ranking shows it, not the sheet's "13 of 64".
      assert.deepEqual(evaluation.rank, { position: 4, of: 12 });
      // Importing again replaces, never duplicates.
      assert.equal((await run('import', SAMPLE)).code, 0);
      assert.equal(await evaluationCount(), 24);
    });

    test('a broken copy is refused with every bad row, column and reason, and nothing of it is imported', async () => {
      const [header, ...rows] = parseCsv(readFileSync(SAMPLE, 'utf8')).filter((row) => row.length > 1);
      const column = (name: string) => header!.indexOf(name);
      const broken = rows.map((row) => [...row]);
      broken[0]![column('centre')] = 'new-centre';
      broken[1]![column('percentage')] = 'ninety';
      broken[2]![column('tier')] = 'diamond';
      broken[3]![column('model')] = 'hybrid';
      broken[4]![column('criterion:Quality of service|جودة الخدمة|25')] = '120';
      broken[5]![column('published_at')] = '2024-02-30';
      broken[6]![column('cycle')] = '';
      broken.push([...rows[7]!]);
      const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
      const file = join(files, 'broken.csv');
      writeFileSync(file, [header!, ...broken].map((row) => row.map(quote).join(',')).join('\r\n'));
      const before = await evaluationCount();

      const result = await run('import', file);
      assert.equal(result.code, 1);
      assert.match(result.err[0]!, /problem\(s\); nothing was imported/);
      const problems = result.err.slice(2).map((line) => line.split('\t').slice(0, 2).join(' '));
      assert.deepEqual(problems, [
        '3 percentage',
        '4 tier',
        '5 model',
        '6 criterion:Quality of service|جودة الخدمة|25',
        '7 published_at',
        '8 cycle',
        '26 cycle',
      ]);
      assert.equal(await evaluationCount(), before);
      assert.equal(
        (await fetch(`${server.api}/centres/new-centre/evaluation`)).status,
        404,
        'the good rows of a bad file are not imported either',
      );
    });

    test('JSON: evaluation rows, organisations and certificates in one file', async () => {
      const file = join(files, 'results.json');
      const { organisationId: _, ...contractFields } = certificate();
      writeFileSync(
        file,
        JSON.stringify({
          evaluations: [
            {
              centre: 'mof-seef',
              centre_ar: 'مركز خدمة السيف',
              centre_en: 'Seef Service Centre',
              entity_ar: 'وزارة المالية',
              entity_en: 'Ministry of Finance',
              model: 'on-premise',
              cycle: 5,
              year: 2024,
              percentage: 91,
              tier: 'gold',
              criteria: [{ name: { ar: 'جودة الخدمة', en: 'Quality of service' }, weight: 100, score: 91 }],
            },
          ],
          organisations: [{ id: 'mof', name: { ar: 'وزارة المالية', en: 'Ministry of Finance' } }],
          certifications: [{ id: 'mof-9001', organisationId: 'mof', ...contractFields }],
        }),
      );
      const bad = join(files, 'bad.json');
      writeFileSync(bad, JSON.stringify({ certifications: [{ id: 'x', organisationId: 'nobody', ...contractFields, status: 'paused' }] }));
      const refused = await run('import', bad);
      assert.equal(refused.code, 1);
      assert.deepEqual(
        refused.err.slice(2).map((line) => line.split('\t').slice(0, 2).join(' ')),
        ['certifications[0] status'],
      );

      const result = await run('import', file);
      assert.equal(result.code, 0, result.err.join('\n'));
      const badge = OrganisationCertifications.parse(await (await fetch(`${server.api}/organisations/mof/certifications`)).json());
      assert.deepEqual(
        badge.certifications.map((c) => [c.id, c.status]),
        [['mof-9001', 'active']],
      );
      assert.equal(Evaluation.parse(await (await fetch(`${server.api}/centres/mof-seef/evaluation`)).json()).criteria[0]!.score, 91);
    });

    test('`npm run admin` runs the CLI on the configured database', () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'jawda-cli-'));
      try {
        const output = execFileSync(
          'npm',
          ['run', '--silent', 'admin', '--', 'keys', 'create', '--label', 'first', '--role', 'publisher'],
          {
            cwd: ROOT,
            env: { ...process.env, JAWDA_DATA_DIR: dataDir, DATABASE_URL: '' },
            encoding: 'utf8',
          },
        );
        assert.match(output, /Created key [0-9a-f]{12} \(publisher\)[\s\S]*\njawda_[0-9a-f]{12}_[\w-]{43}\n$/);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
