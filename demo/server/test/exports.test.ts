// Getting the ratings out (issue 13, point 4): streamed CSV and NDJSON exports and an aggregated
// report for the analyst role, with small groups suppressed and personal data in comments masked.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ValidationProblem } from '../../../src/core/contract.js';
import { migrate } from '../migrations.js';
import { parseCsv } from '../import/csv.js';
import { settingsFromEnv } from '../settings.js';
import { maskPersonalData } from '../store/exports.js';
import { BOOTSTRAP_KEY } from './admin-support.js';
import { ENGINES, testDatabase, testServer, type TestDatabase, type TestServer } from './support.js';

describe('masking personal data in exported comments', () => {
  const cases: [string, string][] = [
    ['Write to me at fatima.ali+gov@example.com.bh please', 'Write to me at [email] please'],
    ['اتصل بي على ٣٣١٢٣٤٥٦ أو +973 3912 3456', 'اتصل بي على [phone] أو [phone]'],
    ['My CPR is 850101234, my iqama 2123456789', 'My CPR is [id], my iqama [id]'],
    ['رقمي الشخصي ٨٥٠١٠١٢٣٤', 'رقمي الشخصي [id]'],
    ['Call 0097317123456 or (17) 123-456', 'Call [phone] or [phone]'],
    ['Waited 45 minutes, ticket 1234, 3 counters open in 2024', 'Waited 45 minutes, ticket 1234, 3 counters open in 2024'],
  ];
  for (const [comment, masked] of cases) test(`"${comment.slice(0, 30)}..."`, () => assert.equal(maskPersonalData(comment), masked));
});

for (const engine of ENGINES)
  describe(`exports and reports (${engine})`, () => {
    let database: TestDatabase;
    let server: TestServer;
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${server.api}/admin${path}`, { headers: { authorization: `Bearer ${BOOTSTRAP_KEY}`, ...headers } });

    /** `n` votes for `service` through `centre` and `channel` on `day`, with `comment`. */
    async function votes(
      n: number,
      service: string,
      centre: string | null,
      channel: string,
      day: string,
      comment: string | null = null,
      reasons: string[] = [],
    ) {
      await database.db.query(
        `INSERT INTO ratings (submission_id, service_id, score, scale, reasons, comment, channel, centre_id, transaction_id, locale, page, client_time, received_at, context)
       SELECT gen_random_uuid(), $1, 3 + (n % 3), 'stars', $7::jsonb, $2, $3, $4, 'TX-SECRET-' || n, 'ar', 'https://portal.example/s', $5::text, ($5::date)::timestamp AT TIME ZONE 'UTC' + make_interval(mins => n), '{"kiosk":"K-1"}'
         FROM generate_series(1, $6::int) AS n`,
        [service, comment, channel, centre, day, n, JSON.stringify(reasons)],
      );
    }

    before(async () => {
      database = await testDatabase(engine);
      await migrate(database.db);
      await database.db.query(
        `INSERT INTO services (id, scale, name_ar, name_en) VALUES ('passport', 'stars', 'جواز', 'Passport'), ('bulk', 'stars', 'x', 'x')`,
      );
      await votes(6, 'passport', 'isa-town', 'centre', '2025-03-02', 'Call me on 33123456 or mail me@example.com; CPR 850101234', [
        'quick',
        'polite',
      ]);
      await votes(2, 'passport', 'npra-muharraq', 'kiosk', '2025-03-03', 'Only two of us voted here');
      await votes(5, 'passport', null, 'web', '2025-04-10', '=HYPERLINK("http://evil.example")', ['quick']);
      await votes(2500, 'bulk', null, 'app', '2025-05-01');
      server = await testServer(database.db, { bootstrapKey: BOOTSTRAP_KEY });
    });
    after(async () => {
      await server?.close();
      await database?.cleanup();
    });

    test('CSV: a header and one row per vote of a large enough group, comments masked, no identifiers', async () => {
      const response = await get('/exports/ratings.csv?service=passport');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="ratings.csv"/);
      const text = await response.text();
      const [header, ...rows] = parseCsv(text).filter((row) => row.length > 1);
      assert.deepEqual(header, [
        'receivedAt',
        'serviceId',
        'score',
        'scale',
        'reasons',
        'comment',
        'channel',
        'centreId',
        'locale',
        'page',
        'suspect',
      ]);
      assert.equal(rows.length, 11, 'the 2 kiosk votes at Muharraq are a group below 5');
      assert.ok(rows.every((row) => row[6] !== 'kiosk'));
      assert.equal(rows[0]![5], 'Call me on [phone] or mail [email]; CPR [id]');
      assert.equal(rows[0]![4], 'quick;polite');
      assert.equal(rows.at(-1)![5], `'=HYPERLINK("http://evil.example")`, 'a formula is neutralised for spreadsheets');
      assert.doesNotMatch(text, /TX-SECRET|K-1|850101234|33123456|me@example/);
    });

    test('NDJSON by path or by Accept; 406 for a format it cannot give', async () => {
      const byPath = await get('/exports/ratings.ndjson?centre=isa-town');
      assert.equal(byPath.headers.get('content-type'), 'application/x-ndjson; charset=utf-8');
      const lines = (await byPath.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      assert.equal(lines.length, 6);
      assert.deepEqual(Object.keys(lines[0]!), [
        'receivedAt',
        'serviceId',
        'score',
        'scale',
        'reasons',
        'comment',
        'channel',
        'centreId',
        'locale',
        'page',
        'suspect',
      ]);
      assert.equal(lines[0]!.receivedAt, '2025-03-02T00:01:00.000Z');
      const byAccept = await get('/exports/ratings?service=passport&channel=web', { accept: 'application/x-ndjson' });
      assert.equal((await byAccept.text()).trim().split('\n').length, 5);
      assert.equal(
        (await get('/exports/ratings?channel=web', { accept: 'text/csv' })).headers.get('content-type'),
        'text/csv; charset=utf-8',
      );
      assert.equal((await get('/exports/ratings', { accept: 'application/xml' })).status, 406);
    });

    test('filters: channel, date range; a filter that leaves only a small group exports nothing; bad filters are 400', async () => {
      assert.equal(await (await get('/exports/ratings.ndjson?channel=kiosk')).text(), '');
      const march = (await (await get('/exports/ratings.ndjson?service=passport&from=2025-03-01&to=2025-03-31')).text()).trim().split('\n');
      assert.equal(march.length, 6);
      const april = (await (await get('/exports/ratings.ndjson?from=2025-04-10&to=2025-04-10')).text()).trim().split('\n');
      assert.equal(april.length, 5);
      for (const query of ['channel=fax', 'from=2025-02-30', 'to=yesterday', 'service=a%2Fb']) {
        const response = await get(`/exports/ratings.csv?${query}`);
        assert.equal(response.status, 400, query);
        assert.equal(ValidationProblem.parse(await response.json()).issues[0]!.path, query.split('=')[0]);
      }
    });

    test('a large export streams every vote, once, in order', async () => {
      const response = await get('/exports/ratings.ndjson?service=bulk');
      assert.equal(response.headers.get('content-length'), null, 'streamed, not buffered');
      const lines = (await response.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { receivedAt: string });
      assert.equal(lines.length, 2500);
      assert.ok(lines.every((line, i) => i === 0 || line.receivedAt >= lines[i - 1]!.receivedAt));
    });

    test('report: counts and averages per period and dimension; groups under JAWDA_MIN_GROUP suppressed', async () => {
      const report = (await (await get('/reports/ratings?service=passport&by=centre,channel&period=month')).json()) as {
        groups: { period: string; centre: string | null; channel: string; count: number; average: number }[];
        suppressedGroups: number;
        minGroup: number;
      };
      assert.equal(report.minGroup, 5);
      assert.deepEqual(
        report.groups.map(({ period, centre, channel, count }) => [period, centre, channel, count]),
        [
          ['2025-03-01', 'isa-town', 'centre', 6],
          ['2025-04-01', null, 'web', 5],
        ],
      );
      assert.equal(report.suppressedGroups, 1);
      assert.equal(report.groups[0]!.average, 4); // scores 4, 5, 3, 4, 5, 3

      const reasons = (await (await get('/reports/ratings?service=passport&by=reason&period=week')).json()) as {
        groups: { period: string; reason: string | null; count: number }[];
      };
      assert.deepEqual(
        reasons.groups.map(({ period, reason, count }) => [period, reason, count]),
        [
          ['2025-02-24', 'polite', 6],
          ['2025-02-24', 'quick', 6],
          ['2025-04-07', 'quick', 5],
        ],
      );
      const daily = (await (await get('/reports/ratings?by=service&period=day')).json()) as {
        groups: { period: string; service: string; count: number }[];
      };
      assert.deepEqual(
        daily.groups.map(({ period, service, count }) => [period, service, count]),
        [
          ['2025-03-02', 'passport', 6],
          ['2025-04-10', 'passport', 5],
          ['2025-05-01', 'bulk', 1439],
          ['2025-05-02', 'bulk', 1061],
        ],
      );
      assert.equal((await get('/reports/ratings?by=citizen')).status, 400);
      assert.equal((await get('/reports/ratings?period=year')).status, 400);
    });

    test('JAWDA_MIN_GROUP changes the threshold', async () => {
      assert.equal(settingsFromEnv({ JAWDA_MIN_GROUP: '10' }).minGroup, 10);
      assert.equal(settingsFromEnv({}).minGroup, 5);
      const strict = await testServer(database.db, { bootstrapKey: BOOTSTRAP_KEY, minGroup: 6 });
      try {
        const response = await fetch(`${strict.api}/admin/exports/ratings.ndjson?service=passport`, {
          headers: { authorization: `Bearer ${BOOTSTRAP_KEY}` },
        });
        assert.equal((await response.text()).trim().split('\n').length, 6);
      } finally {
        await strict.close();
      }
    });
  });
