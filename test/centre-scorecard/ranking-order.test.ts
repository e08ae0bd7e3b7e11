import { expect } from '@open-wc/testing';
import {
  competitionRanks,
  firstDirection,
  rankGroups,
  scaleOf,
  sortRows,
  type RankedRow,
} from '../../src/centre-scorecard/ranking-order.js';
import type { RankingEntry } from '../../src/core/contract.js';
import { starEntry, taqyeemEntry, taqyeemFive } from './ranking-fixtures.js';

const name = (entry: RankingEntry) => entry.centre.name.en;
const compare = (a: string, b: string) => a.localeCompare(b, 'en');
const text = (row: RankedRow, key: 'centre' | 'entity' | 'model') =>
  key === 'model' ? row.entry.centre.model : key === 'centre' ? row.entry.centre.name.en : row.entry.centre.entity.en;
const ids = (rows: RankedRow[]) => rows.map((row) => row.entry.centre.id);

describe('ranking order (pure)', () => {
  it('competition ranks: equal results share a rank and the next one skips', () => {
    expect(competitionRanks([90, 85, 85, 80])).to.deep.equal([1, 2, 2, 4]);
    expect(competitionRanks([70, 70, 70])).to.deep.equal([1, 1, 1]);
    expect(competitionRanks([])).to.deep.equal([]);
  });

  it('ranks a group best first; ties keep the same rank and are ordered by name', () => {
    const [group] = rankGroups(taqyeemFive(), name, compare);
    expect(ids(group!.rows)).to.deep.equal(['customs-remote', 'commercial-registration', 'metal-testing', 'sea-port', 'land-ports']);
    expect(group!.rows.map((row) => row.rank)).to.deep.equal([1, 2, 2, 4, 5]);
  });

  it('change is the difference on the same scale, rounded to one decimal; undefined without a previous result', () => {
    const [group] = rankGroups(taqyeemFive(), name, compare);
    const change = Object.fromEntries(group!.rows.map((row) => [row.entry.centre.id, row.change]));
    expect(change).to.deep.equal({
      'customs-remote': 3.4,
      'commercial-registration': 0,
      'metal-testing': 2.2,
      'sea-port': -2.5,
      'land-ports': undefined,
    });
  });

  it('never ranks different schemes (or scales) against each other: one group each, percentages first', () => {
    const groups = rankGroups(
      [
        starEntry('a', 5),
        ...taqyeemFive(),
        starEntry('b', 6),
        { ...starEntry('c', 4), result: { scheme: 'stars', stars: 4, maxStars: 5 } },
      ],
      name,
      compare,
    );
    expect(groups.map((g) => g.key)).to.deep.equal(['percentage-tier', 'stars/7', 'stars/5']);
    expect(ids(groups[1]!.rows)).to.deep.equal(['b', 'a']);
    expect(groups[1]!.rows.map((r) => r.rank)).to.deep.equal([1, 2]);
    expect(groups[2]!.rows[0]!.rank).to.equal(1);
    expect(
      scaleOf({
        scheme: 'maturity',
        level: 2,
        levels: [
          { en: 'a', ar: 'a' },
          { en: 'b', ar: 'b' },
        ],
      }),
    ).to.deep.equal({ key: 'maturity/2', value: 2 });
  });

  it("keeps the publisher's ranks when every entry of a group has one; computes them otherwise", () => {
    const given = [taqyeemEntry('x', 'X', 'X', 90, { rank: 3 }), taqyeemEntry('y', 'Y', 'Y', 91, { rank: 7 })];
    expect(rankGroups(given, name, compare)[0]!.rows.map((r) => [r.entry.centre.id, r.rank])).to.deep.equal([
      ['x', 3],
      ['y', 7],
    ]);
    const partly = [taqyeemEntry('x', 'X', 'X', 90, { rank: 3 }), taqyeemEntry('y', 'Y', 'Y', 91)];
    expect(rankGroups(partly, name, compare)[0]!.rows.map((r) => [r.entry.centre.id, r.rank])).to.deep.equal([
      ['y', 1],
      ['x', 2],
    ]);
  });

  it('an unknown scheme forms its own group, last, without ranks', () => {
    const unknown: RankingEntry = { ...starEntry('u', 1), result: { scheme: 'grades' } };
    const groups = rankGroups([unknown, ...taqyeemFive()], name, compare);
    expect(groups.at(-1)!.scheme).to.equal('grades');
    expect(groups.at(-1)!.rows[0]!.rank).to.equal(undefined);
  });

  it('sorts by each column; figures best first on the first press, text A to Z; missing changes last both ways', () => {
    const [group] = rankGroups(taqyeemFive(), name, compare);
    const rows = group!.rows;
    expect(firstDirection('result')).to.equal('descending');
    expect(firstDirection('centre')).to.equal('ascending');
    expect(ids(sortRows(rows, 'result', 'ascending', text, compare))).to.deep.equal([
      'land-ports',
      'sea-port',
      'commercial-registration',
      'metal-testing',
      'customs-remote',
    ]);
    expect(ids(sortRows(rows, 'centre', 'ascending', text, compare))).to.deep.equal([
      'commercial-registration',
      'land-ports',
      'metal-testing',
      'customs-remote',
      'sea-port',
    ]);
    expect(ids(sortRows(rows, 'change', 'descending', text, compare))).to.deep.equal([
      'customs-remote',
      'metal-testing',
      'commercial-registration',
      'sea-port',
      'land-ports',
    ]);
    expect(ids(sortRows(rows, 'change', 'ascending', text, compare))).to.deep.equal([
      'sea-port',
      'commercial-registration',
      'metal-testing',
      'customs-remote',
      'land-ports',
    ]);
    expect(ids(sortRows(rows, 'rank', 'descending', text, compare))).to.deep.equal(
      ['land-ports', 'sea-port', 'commercial-registration', 'metal-testing', 'customs-remote'].map((id) => id),
      'equal ranks keep their order',
    );
    expect(
      ids(sortRows(rows, 'entity', 'ascending', text, compare))
        .slice(0, 3)
        .sort(),
    ).to.deep.equal(['customs-remote', 'land-ports', 'sea-port']);
    expect(ids(rows), 'sorting never changes the input').to.deep.equal([
      'customs-remote',
      'commercial-registration',
      'metal-testing',
      'sea-port',
      'land-ports',
    ]);
  });
});
