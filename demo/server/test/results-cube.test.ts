/**
 * The results cube (issue 20): figures per cell, primary and secondary suppression, and the attack
 * of the acceptance (every subtraction between published cells) on a fixture with small cells,
 * on random fixtures, and, for contrast, on the v1 report's answers, which it defeats.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { migrate } from '../migrations.js';
import { ratingReport, REPORT_PERIODS, type ExportFilter, type ReportDimension, type ReportGroup } from '../store/exports.js';
import {
  buildReasonCubes,
  buildResultsCube,
  cellId,
  levelOf,
  quarterOf,
  type CubeCell,
  type PublishedCell,
} from '../store/results-cube.js';
import { subtractionAttack, type Group } from './disclosure-attack.js';
import { FIXTURE_VOTES, fixtureCounts, fixtureReasonCounts, storeFixture, votesOfCell, type FixtureVote } from './results-fixture.js';
import { ENGINES, testDatabase, type TestDatabase } from './support.js';

const MIN_GROUP = 5;

const find = (cells: readonly CubeCell[], period: string, dimensions: object) =>
  cells.find((cell) => cell.period === period && JSON.stringify(cell.dimensions) === JSON.stringify(dimensions));

const label = (cell: CubeCell) => `${cell.period} ${cell.scale} ${JSON.stringify(cell.dimensions)}`;

/** The cube's cells as the attacker's groups: published ones with figures, suppressed ones as secrets. */
function cubeGroups(cells: readonly CubeCell[], votes: readonly FixtureVote[]) {
  const published = cells.filter((cell): cell is PublishedCell => !cell.suppressed);
  const suppressed = cells.filter((cell) => cell.suppressed);
  return {
    published: published.map((cell) => ({ label: label(cell), votes: votesOfCell(votes, cell), figures: cell })),
    secrets: suppressed.map((cell) => ({ label: label(cell), votes: votesOfCell(votes, cell), figures: undefined })),
  };
}

describe('results cube: figures', () => {
  const { cells } = buildResultsCube(fixtureCounts(), MIN_GROUP);

  test("the issue's example: the service's 6 votes are published, neither channel is", () => {
    const example = FIXTURE_VOTES.filter((v) => v.serviceId === 'cr-renewal');
    const others = Array.from({ length: 40 }, (_, i) => ({ ...example[0]!, id: 1000 + i, serviceId: 'passport', score: 4 }));
    const { cells } = buildResultsCube(fixtureCounts([...example, ...others]), MIN_GROUP);
    const service = find(cells, '2026-03', { serviceId: 'cr-renewal' });
    assert.deepEqual(service, {
      periodKind: 'month',
      period: '2026-03',
      scale: 'stars',
      dimensions: { serviceId: 'cr-renewal' },
      suppressed: false,
      n: 6,
      distribution: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 5 },
      positive: 5,
      negative: 1,
    });
    const kiosk = find(cells, '2026-03', { serviceId: 'cr-renewal', centreId: 'isa-town', channel: 'kiosk' });
    const web = find(cells, '2026-03', { serviceId: 'cr-renewal', centreId: null, channel: 'web' });
    assert.deepEqual(kiosk, { periodKind: 'month', period: '2026-03', scale: 'stars', dimensions: kiosk?.dimensions, suppressed: true });
    assert.equal(web?.suppressed, true, 'the web cell (5 votes) is the kiosk cell’s complement');
    assert.equal(find(cells, '2026-03', { serviceId: 'cr-renewal', centreId: null })?.suppressed, true);
    assert.ok(!('n' in web!) && !('distribution' in web!), 'a suppressed cell carries no figure');
  });

  test('positive and negative per scale: 4-5 / 1-2 stars, happy / sad face, thumbs up / down; the middle is neither', () => {
    const { cells } = buildResultsCube(fixtureCounts(), 1);
    const stars = find(cells, '2026-Q1', { serviceId: 'passport' }) as PublishedCell;
    assert.equal(stars.positive, stars.distribution[4]! + stars.distribution[5]!);
    assert.equal(stars.negative, stars.distribution[1]! + stars.distribution[2]!);
    assert.ok(stars.distribution[3]! > 0);
    const faces = find(cells, '2026-03', { serviceId: 'permit' }) as PublishedCell;
    assert.deepEqual([faces.distribution, faces.positive, faces.negative], [{ 1: 2, 2: 2, 3: 4 }, 4, 2]);
    const thumbs = find(cells, '2026-01', { serviceId: 'e-visa' }) as PublishedCell;
    assert.deepEqual([thumbs.distribution, thumbs.positive, thumbs.negative], [{ 0: 4, 1: 8 }, 8, 4]);
  });

  test('every cell of the hierarchy exists, per month and per quarter, and scales never mix', () => {
    const kiosk = { serviceId: 'passport', centreId: 'isa-town', channel: 'kiosk' };
    for (const period of ['2026-03', '2026-Q1']) {
      for (const dimensions of [{}, { serviceId: 'passport' }, { serviceId: 'passport', centreId: 'isa-town' }, kiosk])
        assert.ok(find(cells, period, dimensions), `${period} ${JSON.stringify(dimensions)}`);
    }
    const roots = cells.filter((cell) => levelOf(cell.dimensions) === 0 && cell.period === '2026-03').map((cell) => cell.scale);
    assert.deepEqual(roots.sort(), ['faces', 'stars']);
    const starsRoot = cells.find(
      (cell) => cell.period === '2026-Q1' && cell.scale === 'stars' && levelOf(cell.dimensions) === 0,
    ) as PublishedCell;
    assert.equal(starsRoot.n, FIXTURE_VOTES.filter((v) => v.scale === 'stars' && quarterOf(v.day.slice(0, 7)) === '2026-Q1').length);
  });

  test('primary: every cell under the minimum is suppressed; a minimum of 1 suppresses nothing', () => {
    for (const cell of cells) if (!cell.suppressed) assert.ok(cell.n >= MIN_GROUP, label(cell));
    assert.ok(buildResultsCube(fixtureCounts(), 1).cells.every((cell) => !cell.suppressed));
  });

  test('secondary: no parent-children equation holds exactly one suppressed cell', () => {
    for (const parent of cells) {
      const parentVotes = votesOfCell(FIXTURE_VOTES, parent);
      const level = levelOf(parent.dimensions);
      const children = cells.filter((cell) => {
        const byPlace = cell.periodKind === parent.periodKind && cell.period === parent.period && levelOf(cell.dimensions) === level + 1;
        const byTime = parent.periodKind === 'quarter' && cell.periodKind === 'month' && levelOf(cell.dimensions) === level;
        return cell.scale === parent.scale && (byPlace || byTime) && [...votesOfCell(FIXTURE_VOTES, cell)].every((v) => parentVotes.has(v));
      });
      const byPlace = children.filter((cell) => cell.periodKind === parent.periodKind);
      const byTime = children.filter((cell) => cell.periodKind !== parent.periodKind);
      for (const equation of [byPlace, byTime]) {
        if (!equation.length) continue;
        const holes = [parent, ...equation].filter((cell) => cell.suppressed).length;
        assert.notEqual(holes, 1, `${label(parent)} and its ${equation.length} children`);
      }
    }
  });
});

describe('results cube: the subtraction attack', () => {
  test('on the fixture: no suppressed cell is recoverable from the published ones', () => {
    const { cells } = buildResultsCube(fixtureCounts(), MIN_GROUP);
    const { published, secrets } = cubeGroups(cells, FIXTURE_VOTES);
    assert.ok(secrets.length >= 10, `${secrets.length} suppressed cells to attack`);
    assert.deepEqual(subtractionAttack(published, secrets), []);
  });

  test('the attack is real: with primary suppression only it recovers the kiosk vote of the issue', () => {
    const { cells } = buildResultsCube(fixtureCounts(), 1);
    const groups = cubeGroups(cells, FIXTURE_VOTES).published;
    const published = groups.filter((group) => group.figures.n >= MIN_GROUP);
    const secrets = groups.filter((group) => group.figures.n < MIN_GROUP);
    const recoveries = subtractionAttack(published, secrets);
    const kioskVotes = votesOfCell(FIXTURE_VOTES, {
      periodKind: 'month',
      period: '2026-03',
      scale: 'stars',
      dimensions: { serviceId: 'cr-renewal', channel: 'kiosk' },
    });
    const kiosk = recoveries.find((r) => r.votes.size === kioskVotes.size && [...kioskVotes].every((v) => r.votes.has(v)));
    assert.ok(kiosk, JSON.stringify(recoveries, null, 1));
    assert.equal(kiosk.how, 'tiling');
  });

  test('reasons: a cube per reason under the same rules, nothing of a suppressed cell, and main and reasons together reveal nothing', () => {
    const main = buildResultsCube(fixtureCounts(), MIN_GROUP);
    const reasonCubes = buildReasonCubes(fixtureReasonCounts(), MIN_GROUP, main);
    assert.deepEqual([...reasonCubes.keys()].sort(), ['polite', 'quick']);
    const hidden = new Set(main.cells.filter((cell) => cell.suppressed).map(cellId));
    const { published, secrets } = cubeGroups(main.cells, FIXTURE_VOTES);
    let shown = 0;
    for (const [reason, cube] of reasonCubes)
      for (const cell of cube.cells) {
        const group = { label: `${reason} ${label(cell)}`, votes: votesOfCell(FIXTURE_VOTES, cell, reason) };
        if (cell.suppressed) secrets.push({ ...group, figures: undefined });
        else {
          shown++;
          assert.ok(!hidden.has(cellId(cell)), `${group.label}: its cell is suppressed`);
          assert.ok(cell.n >= MIN_GROUP && cell.n === group.votes.size, group.label);
          published.push({ ...group, figures: cell });
        }
      }
    assert.ok(shown > 0, 'some reason cells are published');
    assert.deepEqual(subtractionAttack(published, secrets), []);
  });

  test('on 25 random fixtures with small cells over two quarters: nothing recoverable', () => {
    let seed = 20;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    for (let run = 0; run < 25; run++) {
      const votes: FixtureVote[] = [];
      const groups = 4 + Math.floor(random() * 8);
      for (let g = 0; g < groups; g++) {
        const serviceId = pick(['cr-renewal', 'passport']);
        const centreId = pick([null, 'isa-town', 'muharraq']);
        const channel = pick(['web', 'kiosk', 'centre']);
        const month = pick(['2026-01', '2026-02', '2026-03', '2026-04']);
        const size = 1 + Math.floor(random() * 9);
        for (let i = 0; i < size; i++)
          votes.push({
            id: votes.length,
            day: `${month}-0${1 + (i % 9)}`,
            serviceId,
            centreId,
            channel,
            scale: 'stars',
            score: pick([1, 3, 5]),
            reasons: [],
          });
      }
      const { cells } = buildResultsCube(fixtureCounts(votes), MIN_GROUP);
      const { published, secrets } = cubeGroups(cells, votes);
      assert.deepEqual(subtractionAttack(published, secrets), [], `run ${run}`);
    }
  });
});

for (const engine of ENGINES)
  describe(`the v1 report (ratingReport) under the same attack (${engine})`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await testDatabase(engine);
      await migrate(database.db);
      await storeFixture(database.db, { suspects: false });
    });
    after(async () => database?.cleanup());

    /** The votes of a v1 report group: its period (day, week or month), scale, dimensions and the query's filter. */
    function votesOfGroup(group: ReportGroup, period: string, filter: ExportFilter): Set<number> {
      const start = (day: string) => {
        if (period === 'day') return day;
        if (period === 'month') return `${day.slice(0, 7)}-01`;
        const date = new Date(`${day}T00:00:00Z`);
        date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
        return date.toISOString().slice(0, 10);
      };
      return new Set(
        FIXTURE_VOTES.filter(
          (v) =>
            start(v.day) === group.period &&
            v.scale === group.scale &&
            (group.service === undefined || group.service === v.serviceId) &&
            (group.centre === undefined || group.centre === v.centreId) &&
            (group.channel === undefined || group.channel === v.channel) &&
            (!filter.service || filter.service === v.serviceId) &&
            (!filter.centre || filter.centre === v.centreId) &&
            (!filter.channel || filter.channel === v.channel) &&
            (!filter.from || v.day >= filter.from) &&
            (!filter.to || v.day <= filter.to),
        ).map((v) => v.id),
      );
    }

    test("every query it allows, attacked: the issue's kiosk vote comes back (6 x 4.33 - 5 x 5 = 1)", async () => {
      const dimensions: ReportDimension[][] = [
        ['service'],
        ['centre'],
        ['channel'],
        ['service', 'centre'],
        ['service', 'channel'],
        ['centre', 'channel'],
        ['service', 'centre', 'channel'],
      ];
      const filters: ExportFilter[] = [
        {},
        { service: 'cr-renewal' },
        { centre: 'isa-town' },
        { channel: 'kiosk' },
        { channel: 'web' },
        { from: '2026-03-01', to: '2026-03-31' },
        { from: '2026-03-01', to: '2026-03-04' },
      ];
      const published: Group<ReportGroup>[] = [];
      const secrets: Group<undefined>[] = [];
      for (const by of dimensions)
        for (const period of REPORT_PERIODS)
          for (const filter of filters) {
            const { groups } = await ratingReport(database.db, filter, by, period, 0);
            for (const group of groups) {
              const entry = {
                label: `${period} ${JSON.stringify(filter)} ${JSON.stringify(group)}`,
                votes: votesOfGroup(group, period, filter),
              };
              assert.equal(entry.votes.size, group.count, entry.label);
              if (group.count >= MIN_GROUP) published.push({ ...entry, figures: group });
              else secrets.push({ ...entry, figures: undefined });
            }
          }
      const recoveries = subtractionAttack(published, secrets);
      const kioskVote = FIXTURE_VOTES.find((v) => v.serviceId === 'cr-renewal' && v.channel === 'kiosk')!.id;
      const kiosk = recoveries.find((r) => r.votes.size === 1 && r.votes.has(kioskVote) && r.how === 'tiling');
      assert.ok(kiosk, `${recoveries.length} recoveries, none of the kiosk vote`);
      // The figures themselves: the parent's score total minus the published children's.
      const [parent, ...children] = kiosk.from.map((l) => published.find((g) => g.label === l)!.figures);
      const rest = parent!.count * parent!.average - children.reduce((total, g) => total + g.count * g.average, 0);
      assert.equal(Math.round(rest), 1, 'the kiosk citizen gave 1 star');
    });
  });
