import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_ENDPOINTS, Ranking, ValidationProblem, type RankingEntry } from '../../../src/core/contract.js';
import { openApiDocument } from '../routes/openapi.js';
import { entityId } from '../routes/rankings.js';
import { ENGINES, seededDatabase, testServer, type TestDatabase, type TestServer } from './support.js';

const percentage = (entry: RankingEntry) => (entry.result as { percentage: number }).percentage;

for (const engine of ENGINES)
  describe(`GET /evaluations: a cycle's ranking (${engine})`, () => {
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

    const ranking = async (query: string) => {
      const response = await fetch(`${server.api}/evaluations${query}`);
      assert.equal(response.status, 200, query);
      return Ranking.parse(await response.json());
    };

    test('?cycle=5: every seeded centre evaluated in Taqyeem 5, best first, with entity id, previous result and rank', async () => {
      const page = await ranking('?cycle=5');
      assert.equal(page.cycle, 5);
      assert.equal(page.nextCursor, undefined);
      assert.equal(page.items.length, 12);
      assert.ok(page.items.every((e) => e.cycle.number === 5 && e.cycle.year === 2024 && e.result.scheme === 'percentage-tier'));
      const values = page.items.map(percentage);
      assert.deepEqual(
        values,
        [...values].sort((a, b) => b - a),
      );
      assert.equal(page.items[0]!.rank, 1);
      page.items.forEach((e, i) => assert.equal(e.rank, 1 + values.filter((v) => v > values[i]!).length, 'ties share a rank'));
      const isaTown = page.items.find((e) => e.centre.id === 'isa-town')!;
      assert.equal(isaTown.centre.name.ar, 'فرع مدينة عيسى');
      assert.equal(isaTown.centre.entity.id, 'nationality-passports-and-residence-affairs');
      assert.equal(isaTown.previous?.cycle, 4);
      assert.equal(isaTown.previous?.result.scheme, 'percentage-tier');
    });

    test('filters: model, entity (by id) and scheme', async () => {
      const remote = await ranking('?cycle=5&model=remote');
      assert.deepEqual(remote.items.map((e) => e.centre.id).sort(), ['customs-remote', 'housing-remote']);
      assert.deepEqual(
        remote.items.map((e) => e.rank),
        [1, 2],
        'ranked within the filtered list',
      );
      const customs = await ranking('?cycle=5&entity=customs-affairs');
      assert.deepEqual(customs.items.map((e) => e.centre.id).sort(), ['customs-land-ports', 'customs-remote', 'customs-sea-port']);
      const both = await ranking('?cycle=5&entity=customs-affairs&model=on-premise');
      assert.equal(both.items.length, 2);
      const stars = await ranking('?scheme=stars');
      assert.equal(stars.cycle, 3, 'without a cycle: the latest of the filtered results');
      assert.deepEqual(
        stars.items.map((e) => e.centre.id),
        ['uae-happiness-centre'],
      );
      const none = await ranking('?cycle=5&entity=no-such-entity');
      assert.deepEqual(none.items, []);
      assert.equal(none.nextCursor, undefined);
    });

    test('a mixed cycle groups schemes: cycle 3 has Taqyeem (percentages) and the UAE stars, each ranked on its own', async () => {
      const page = await ranking('?cycle=3');
      const schemes = page.items.map((e) => e.result.scheme);
      assert.deepEqual(
        schemes,
        [...schemes].sort((a, b) => (a === b ? 0 : a === 'percentage-tier' ? -1 : 1)),
        'grouped, percentages first',
      );
      assert.equal(page.items.find((e) => e.result.scheme === 'stars')!.rank, 1);
    });

    test('cursor paging: pages follow each other without overlap and end without a cursor', async () => {
      const first = await ranking('?cycle=5&limit=5');
      assert.equal(first.items.length, 5);
      assert.equal(first.nextCursor, 'o5');
      const second = await ranking(`?cycle=5&limit=5&cursor=${first.nextCursor}`);
      const third = await ranking(`?cycle=5&limit=5&cursor=${second.nextCursor}`);
      assert.equal(third.items.length, 2);
      assert.equal(third.nextCursor, undefined);
      const all = await ranking('?cycle=5');
      assert.deepEqual([...first.items, ...second.items, ...third.items], all.items);
    });

    test('a wrong parameter is a 400 naming it', async () => {
      for (const [query, path] of [
        ['?model=kiosk', 'model'],
        ['?scheme=grades', 'scheme'],
        ['?cursor=xyz', 'cursor'],
        ['?cycle=latest', 'cycle'],
        ['?entity=a%20b', 'entity'],
        ['?limit=500', 'limit'],
      ]) {
        const response = await fetch(`${server.api}/evaluations${query}`);
        assert.equal(response.status, 400, query);
        const problem = ValidationProblem.parse(await response.json());
        assert.ok(
          problem.issues.some((issue) => issue.path === path),
          `${query}: ${JSON.stringify(problem.issues)}`,
        );
      }
    });

    test('POST is 405 with Allow: GET', async () => {
      const response = await fetch(`${server.api}/evaluations`, { method: 'POST' });
      assert.equal(response.status, 405);
      assert.equal(response.headers.get('allow'), 'GET');
    });
  });

describe('GET /evaluations in the OpenAPI document', () => {
  const document = JSON.parse(JSON.stringify(openApiDocument('/api/v1'))) as {
    paths: Record<
      string,
      { get?: { parameters: { name: string; schema: { enum?: string[]; type?: string } }[]; responses: Record<string, unknown> } }
    >;
    components: { schemas: Record<string, { type?: string; properties?: Record<string, unknown> }> };
  };

  test('the path, its filters with their vocabularies, and the Ranking schema', () => {
    assert.ok(DEFAULT_ENDPOINTS.ranking.startsWith('/evaluations?'));
    const operation = document.paths['/evaluations']?.get;
    assert.ok(operation);
    const parameter = (name: string) => operation.parameters.find((p) => p.name === name)!;
    assert.deepEqual(parameter('model').schema.enum, ['on-premise', 'remote', 'digital']);
    assert.deepEqual(parameter('scheme').schema.enum, ['percentage-tier', 'stars', 'maturity']);
    assert.equal(parameter('cursor').schema.type, 'string');
    assert.equal(parameter('cycle').schema.type, 'integer');
    assert.ok(parameter('entity') && parameter('limit'));
    assert.match(JSON.stringify(operation.responses['200']), /#\/components\/schemas\/Ranking/);
    const schema = document.components.schemas.Ranking!;
    assert.equal(schema.type, 'object');
    assert.deepEqual(Object.keys(schema.properties!).sort(), ['cycle', 'items', 'nextCursor']);
  });

  test('entity ids come from the English name', () => {
    assert.equal(entityId('Information & eGovernment Authority'), 'information-egovernment-authority');
    assert.equal(entityId('Customs Affairs'), 'customs-affairs');
  });
});
