/**
 * The results cube (issue 20): figures per cell, primary and secondary suppression.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildResultsCube, levelOf, quarterOf, type CubeCell, type PublishedCell } from '../store/results-cube.js';
import { FIXTURE_VOTES, fixtureCounts, votesOfCell } from './results-fixture.js';

const MIN_GROUP = 5;

const find = (cells: readonly CubeCell[], period: string, dimensions: object) =>
  cells.find((cell) => cell.period === period && JSON.stringify(cell.dimensions) === JSON.stringify(dimensions));

const label = (cell: CubeCell) => `${cell.period} ${cell.scale} ${JSON.stringify(cell.dimensions)}`;

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
