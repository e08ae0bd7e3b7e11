/**
 * `GET {base}/results` (issue 20): public and cached, minimum group 10 at least, whole periods only,
 * suspect votes never counted, and the acceptance's attack: every answer of every query the endpoint
 * allows, collected and subtracted every way, reveals no suppressed cell.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { migrate } from '../migrations.js';
import { Results as ContractResults } from '../../../src/core/contract.js';
import { Results } from '../routes/results.js';
import { settingsFromEnv } from '../settings.js';
import { quarterOf, type CubeDimensions } from '../store/results-cube.js';
import { BOOTSTRAP_KEY } from './admin-support.js';
import { subtractionAttack, type Group } from './disclosure-attack.js';
import { FIXTURE_SERVICES, FIXTURE_VOTES, storeFixture, votesOfCell, type FixtureVote } from './results-fixture.js';
import { ENGINES, testDatabase, testServer, type TestDatabase, type TestServer } from './support.js';

/** The small cells of the fixture, and larger ones beside them so that some cells reach the public minimum. */
const VOTES: FixtureVote[] = [
  ...FIXTURE_VOTES,
  ...(
    [
      [15, '2026-01', 'passport', null, 'web', 4],
      [15, '2026-02', 'passport', null, 'web', 5],
      [15, '2026-03', 'passport', null, 'web', 3],
      [15, '2026-04', 'passport', null, 'web', 4],
      [12, '2026-03', 'passport', 'isa-town', 'centre', 5],
      [10, '2026-03', 'licence', null, 'web', 2],
      [10, '2026-03', 'permit', null, 'web', 3],
      [10, '2026-03', 'cr-renewal', null, 'web', 5],
      // Between the two minimums: shown to analysts (5), not to the public (10).
      [7, '2026-05', 'e-visa', null, 'web', 1],
      [8, '2026-05', 'e-visa', null, 'app', 0],
    ] as const
  ).flatMap(([count, month, serviceId, centreId, channel, score]) =>
    Array.from({ length: count }, (_, i) => ({
      day: `${month}-${String(i + 1).padStart(2, '0')}`,
      serviceId,
      centreId,
      channel,
      scale: FIXTURE_SERVICES.find((s) => s.id === serviceId)!.scale,
      score,
      reasons: i % 4 ? ['quick'] : ['quick', 'polite'],
    })),
  ),
].map((vote, id) => ({ ...vote, id }));

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
const QUARTERS = ['2026-Q1', '2026-Q2'];

/** Every cell of the hierarchy that holds at least one of `votes`, as the test knows it. */
function everyCell(votes: readonly FixtureVote[]) {
  const cells = new Map<string, { periodKind: 'month' | 'quarter'; period: string; scale: string; dimensions: CubeDimensions }>();
  for (const vote of votes)
    for (const [periodKind, period] of [
      ['month', vote.day.slice(0, 7)],
      ['quarter', quarterOf(vote.day.slice(0, 7))],
    ] as const) {
      const places: CubeDimensions[] = [
        {},
        { serviceId: vote.serviceId },
        { serviceId: vote.serviceId, centreId: vote.centreId },
        { serviceId: vote.serviceId, centreId: vote.centreId, channel: vote.channel },
      ];
      for (const dimensions of places)
        cells.set(JSON.stringify([period, vote.scale, dimensions]), { periodKind, period, scale: vote.scale, dimensions });
    }
  return [...cells.values()];
}

for (const engine of ENGINES)
  describe(`GET /results (${engine})`, () => {
    let database: TestDatabase;
    let server: TestServer;
    const get = (query = '', headers: Record<string, string> = {}) => fetch(`${server.api}/results${query}`, { headers });
    const analyst = { authorization: `Bearer ${BOOTSTRAP_KEY}` };
    const getReport = (query = '', headers: Record<string, string> = analyst) =>
      fetch(`${server.api}/admin/reports/results${query}`, { headers });

    /** Every published row of every query the endpoint allows, as the attacker's groups. */
    async function everyAnswer(read: (query: string) => Promise<Response>, name: string, minimum: number) {
      const services = [undefined, ...FIXTURE_SERVICES.map((s) => s.id)];
      const centres = [undefined, 'isa-town', 'muharraq'];
      const channels = [undefined, 'web', 'kiosk', 'centre', 'app'];
      const periods = { month: MONTHS, quarter: QUARTERS };
      const published: Group<Results['rows'][number]>[] = [];
      let queries = 0;
      for (const [period, values] of Object.entries(periods) as ['month' | 'quarter', string[]][]) {
        const ranges = [[], ...values.map((p) => [p, p]), [values[0]!, values.at(-1)!], [values[1]!, undefined]];
        for (const service of services)
          for (const centre of centres)
            for (const channel of channels)
              for (const [from, to] of ranges) {
                const params = new URLSearchParams({ period });
                if (service) params.set('services', service);
                if (centre) params.set('centres', centre);
                if (channel) params.set('channels', channel);
                if (from) params.set('from', from);
                if (to) params.set('to', to);
                const response = await read(`?${params}`);
                assert.equal(response.status, 200, `${params}`);
                queries++;
                for (const row of Results.parse(await response.json()).rows) {
                  const votes = votesOfCell(VOTES, { ...row, periodKind: period });
                  assert.equal(votes.size, row.n);
                  published.push({ label: `${name}?${params} ${row.period} ${JSON.stringify(row.dimensions)}`, votes, figures: row });
                  for (const cited of row.reasons) {
                    const reasonVotes = votesOfCell(VOTES, { ...row, periodKind: period }, cited.reason);
                    assert.equal(reasonVotes.size, cited.n);
                    assert.ok(cited.n >= minimum);
                    published.push({
                      label: `${name}?${params} ${row.period} ${JSON.stringify(row.dimensions)} ${cited.reason}`,
                      votes: reasonVotes,
                      figures: row,
                    });
                  }
                }
              }
      }
      assert.ok(queries > 500 && published.length > 0, `${queries} queries`);
      return published;
    }

    /** The cells of the fixture no answer in `published` shows: what the attack tries to recover. */
    function heldBack(published: readonly Group<unknown>[]) {
      const key = (votes: ReadonlySet<number>) => [...votes].sort((a, b) => a - b).join(',');
      const publishedSets = new Set(published.map((g) => key(g.votes)));
      // Every cell, and every cell's votes citing each reason: the main cube's cells and the reason cubes'.
      return [undefined, 'quick', 'polite']
        .flatMap((reason) =>
          everyCell(VOTES).map((cell) => ({
            label: `${cell.period} ${cell.scale} ${JSON.stringify(cell.dimensions)} ${reason ?? ''}`,
            votes: votesOfCell(VOTES, cell, reason),
            figures: undefined,
          })),
        )
        .filter((cell) => cell.votes.size > 0 && !publishedSets.has(key(cell.votes)));
    }

    before(async () => {
      database = await testDatabase(engine);
      await migrate(database.db);
      await storeFixture(database.db, {}, VOTES);
      server = await testServer(database.db, { minGroup: 5, bootstrapKey: BOOTSTRAP_KEY, resultsRebuildMs: 0 });
    });
    after(async () => {
      await server?.close();
      await database?.cleanup();
    });

    test('public: no key, cached for five minutes, an ETag that answers 304 while the votes are the same', async () => {
      const response = await get();
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
      const etag = response.headers.get('etag');
      assert.ok(etag);
      const body = Results.parse(await response.json());
      assert.equal(body.minGroup, 10, 'JAWDA_MIN_GROUP 5 is raised to the public 10');
      assert.equal(body.period, 'month');
      const again = await get('', { 'if-none-match': etag });
      assert.equal(again.status, 304);
    });

    test("the answer passes the contract's Results schema, the one <rating-results> validates with", async () => {
      assert.equal(Results, ContractResults, 'the server answers with the contract, not a copy of it');
      for (const query of ['', '?period=quarter', '?services=passport&period=quarter']) {
        const checked = ContractResults.safeParse(await (await get(query)).json());
        assert.ok(checked.success, `${query}: ${JSON.stringify(checked.error?.issues)}`);
        assert.ok(checked.data.rows.length > 0, `${query}: some rows to check`);
      }
    });

    test('the answer names the services and centres of its rows, in Arabic and English (as the admin API holds them), and no other', async () => {
      await database.db.query(
        `INSERT INTO centres (id, name_ar, name_en, entity_ar, entity_en, model) VALUES ('isa-town', 'فرع مدينة عيسى', 'Isa Town branch', 'هيئة', 'Authority', 'on-premise')
         ON CONFLICT DO NOTHING`,
      );
      const body = Results.parse(await (await get('?period=quarter&services=passport')).json());
      const services = new Set(body.rows.map((row) => row.dimensions.serviceId).filter(Boolean));
      assert.deepEqual(Object.keys(body.names!.services).sort(), [...services].sort());
      assert.deepEqual(body.names!.services.passport, { ar: 'خدمة passport', en: 'Service passport' });
      const centres = new Set(body.rows.map((row) => row.dimensions.centreId).filter(Boolean));
      assert.ok(centres.has('isa-town'), 'the fixture publishes isa-town');
      assert.deepEqual(body.names!.centres['isa-town'], { ar: 'فرع مدينة عيسى', en: 'Isa Town branch' });
      // A centre with no row in the centres table keeps its id only.
      for (const id of Object.keys(body.names!.centres)) assert.ok(centres.has(id), id);
    });

    test("the answer names the reasons its rows cite where a service's own chips name them: the good score's words and the poor one's", async () => {
      const chips = {
        high: [{ id: 'quick', label: { ar: 'كانت سريعة', en: 'It was quick' } }],
        low: [{ id: 'quick', label: { ar: 'استغرقت وقتًا طويلًا', en: 'It took too long' } }],
      };
      await database.db.query('UPDATE services SET reason_options = $1::jsonb WHERE id = $2', [JSON.stringify(chips), 'passport']);
      try {
        const body = Results.parse(await (await get('?period=quarter&services=passport')).json());
        const cited = new Set(body.rows.flatMap((row) => row.reasons.map(({ reason }) => reason)));
        assert.ok(cited.has('quick') && cited.has('polite'), [...cited].join());
        assert.deepEqual(body.names!.reasons, { quick: { ar: 'كانت سريعة / استغرقت وقتًا طويلًا', en: 'It was quick / It took too long' } });
      } finally {
        await database.db.query('UPDATE services SET reason_options = NULL WHERE id = $1', ['passport']);
      }
      const unnamed = Results.parse(await (await get('?period=quarter&services=passport')).json());
      assert.deepEqual(unnamed.names!.reasons, {}, 'no chips of its own: the element names the reasons');
    });

    test('every row stands for at least 10 votes and carries its true figures; suspect votes never count', async () => {
      const body = Results.parse(await (await get('?period=quarter')).json());
      assert.ok(
        body.rows.some((row) => row.reasons.length > 0),
        'some reasons are published',
      );
      assert.ok(body.rows.length > 0 && body.suppressedCells > 0);
      for (const row of body.rows) {
        assert.ok(row.n >= 10, JSON.stringify(row));
        assert.equal(row.formula, 'wilson');
        const votes = VOTES.filter((v) => votesOfCell([v], { ...row, periodKind: 'quarter' }).size);
        assert.equal(row.n, votes.length, `${row.period} ${JSON.stringify(row.dimensions)}: the 12 suspect votes are not in it`);
        for (const [score, count] of Object.entries(row.distribution))
          assert.equal(count, votes.filter((v) => v.score === Number(score)).length);
      }
      // The issue's kiosk voter, with 12 suspect votes beside: counted, they would make a cell of 13.
      assert.ok(!body.rows.some((row) => row.dimensions.channel === 'kiosk'));
    });

    test('a minimum group above 10 is kept', async () => {
      const strict = await testServer(database.db, { minGroup: 20 });
      try {
        const body = Results.parse(await (await fetch(`${strict.api}/results?period=quarter`)).json());
        assert.equal(body.minGroup, 20);
        assert.ok(body.rows.every((row) => row.n >= 20));
      } finally {
        await strict.close();
      }
    });

    test('filters and whole periods select cells', async () => {
      const body = Results.parse(await (await get('?services=passport&centres=isa-town&period=quarter&from=2026-Q1&to=2026-Q1')).json());
      assert.ok(body.rows.length > 0);
      for (const row of body.rows) {
        assert.equal(row.period, '2026-Q1');
        assert.equal(row.dimensions.serviceId, 'passport');
        assert.equal(row.dimensions.centreId, 'isa-town');
      }
    });

    test('a bad value is a 400 problem that names the parameter', async () => {
      for (const [query, path] of [
        ['?period=year', 'period'],
        ['?from=2026-13', 'from'],
        ['?from=2026-03-01', 'from'],
        ['?period=month&from=2026-Q1', 'from'],
        ['?period=quarter&to=2026-03', 'from'],
        ['?from=2026-04&to=2026-03', 'to'],
        ['?channels=web,fax', 'channels'],
        ['?services=a b', 'services'],
      ]) {
        const response = await get(query);
        assert.equal(response.status, 400, query);
        const problem = (await response.json()) as { error: string; issues: { path: string }[] };
        assert.equal(problem.error, 'invalid-request');
        assert.ok(
          problem.issues.some((issue) => issue.path === path),
          `${query}: ${JSON.stringify(problem.issues)}`,
        );
      }
    });

    test('the attack: every query allowed, every subtraction between the answers, no suppressed cell recovered', async () => {
      const published = await everyAnswer((query) => get(query), '/results', 10);
      const secrets = heldBack(published);
      assert.ok(
        secrets.some((s) => s.label.includes('"serviceId":"cr-renewal","centreId":"isa-town","channel":"kiosk"')),
        "the issue's kiosk cell is held back",
      );
      assert.deepEqual(subtractionAttack(published, secrets), []);
    });

    test('report v2: analysts only, not cached, the cube at JAWDA_MIN_GROUP', async () => {
      assert.equal((await getReport('', {})).status, 401);
      const response = await getReport('?period=quarter');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const report = Results.parse(await response.json());
      assert.equal(report.minGroup, 5);
      assert.ok(report.rows.every((row) => row.n >= 5));
      const open = Results.parse(await (await get('?period=quarter')).json());
      assert.ok(report.rows.length > open.rows.length, 'a smaller minimum shows more');
      assert.equal((await getReport('?period=year')).status, 400);
    });

    test('the attack on an analyst who also reads the public page: both answers of every query together reveal nothing', async () => {
      const internal = await everyAnswer((query) => getReport(query), 'report', 5);
      const open = await everyAnswer((query) => get(query), '/results', 10);
      const key = (g: Group<unknown>) => [...g.votes].sort((a, b) => a - b).join(',');
      const internalSets = new Set(internal.map(key));
      assert.deepEqual(
        open.map(key).filter((k) => !internalSets.has(k)),
        [],
        "the public cells are a subset of the report's",
      );
      assert.deepEqual(subtractionAttack([...internal, ...open], heldBack([...internal, ...open])), []);
    });

    test('by default a cube is served for a minute: a vote between two reads does not make the server build it again', async () => {
      const steady = await testServer(database.db, { minGroup: 5 });
      try {
        const read = () => fetch(`${steady.api}/results?period=quarter`);
        const first = await read();
        const { generatedAt } = Results.parse(await first.json());
        await storeFixture(database.db, { suspects: false }, [{ ...VOTES[0]!, day: '2026-05-03' }]);
        const second = await read();
        assert.equal(Results.parse(await second.json()).generatedAt, generatedAt);
        assert.equal(second.headers.get('etag'), first.headers.get('etag'));
      } finally {
        await steady.close();
      }
      assert.equal(settingsFromEnv({ JAWDA_RESULTS_REBUILD_S: '5' }).resultsRebuildMs, 5000);
      assert.equal(settingsFromEnv({}).resultsRebuildMs, 60_000);
    });

    test('a new vote builds the cube again: a new generatedAt and ETag (last, it changes the fixture)', async () => {
      const first = await get('?period=quarter');
      const { generatedAt } = Results.parse(await first.json());
      await storeFixture(database.db, { suspects: false }, [{ ...VOTES[0]!, day: '2026-05-02' }]);
      const second = await get('?period=quarter', { 'if-none-match': first.headers.get('etag')! });
      assert.equal(second.status, 200);
      assert.notEqual(Results.parse(await second.json()).generatedAt, generatedAt);
    });
  });
