import { expect, html } from '@open-wc/testing';
import { formats } from '../../src/core/i18n/format.js';
import { newcombeInterval, wilsonInterval } from '../../src/rating-results/statistics.js';
import { fakeApi, resetJawda } from '../helpers/fake-api.js';
import { answer, ministry, row } from './fixtures.js';
import { mount, settled, text, withInlineJson } from './helpers.js';

/** The tiles' texts: [term, ...descriptions] per tile. */
const tiles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.tile')].map((tile) =>
    [...tile.children].map((child) => child.textContent!.replace(/\s+/g, ' ').trim()),
  );

describe('<rating-results view="overview">', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  it('shows the latest period: % satisfied with its Wilson interval, the votes, the change with its Newcombe interval', async () => {
    const results = ministry();
    fakeApi({ 'GET /results': { json: results } });
    const el = await settled(await mount(html`<rating-results></rating-results>`));
    // March, level 0: stars 80 of 100 satisfied, faces 40 of 60; February 40 of 60.
    const share = wilsonInterval(120, 160, 95)!;
    const change = newcombeInterval({ successes: 120, n: 160 }, { successes: 40, n: 60 }, 95)!;
    const pct = (value: number) => `${Math.round(value * 100)}%`;
    const pts = (value: number) =>
      `${value > 0 ? '+' : ''}${Math.round(value * 100)} ${Math.abs(Math.round(value * 100)) === 1 ? 'point' : 'points'}`;
    expect(text(el, '.period')).to.equal('March 2026');
    expect(tiles(el)).to.deep.equal([
      ['Satisfied', '75%', `${pct(share.low)} to ${pct(share.high)}`, '95% Wilson interval'],
      // Only 118 of the 160 votes are in published channel groups: no channel mix.
      ['Votes', '160'],
      [
        'Satisfied, change since February 2026',
        '+8 points',
        change.containsZero ? 'No clear change' : 'Clearly up',
        `${pts(change.low)} to ${pts(change.high)}`,
        '95% Newcombe interval',
      ],
    ]);
    expect(change.containsZero, 'the fixture is a change the interval cannot tell from none').to.equal(true);
    expect(text(el, '.note')).to.equal('Groups with fewer than 10 votes are not shown, to protect privacy.');
    await expect(el).to.be.accessible();
  });

  it('the votes by channel, when every vote is in a published channel group (English and Arabic)', async () => {
    const results = answer([
      row('2026-03', { serviceId: 'passport' }, 'stars', [5, 5, 10, 40, 40]),
      row('2026-03', { serviceId: 'passport', centreId: null }, 'stars', [5, 5, 5, 30, 25]),
      row('2026-03', { serviceId: 'passport', centreId: 'isa-town' }, 'stars', [0, 0, 5, 10, 15]),
      row('2026-03', { serviceId: 'passport', centreId: null, channel: 'web' }, 'stars', [5, 5, 5, 20, 15]),
      row('2026-03', { serviceId: 'passport', centreId: null, channel: 'app' }, 'stars', [0, 0, 0, 10, 10]),
      row('2026-03', { serviceId: 'passport', centreId: 'isa-town', channel: 'centre' }, 'stars', [0, 0, 5, 10, 15]),
    ]);
    fakeApi({ 'GET /results': { json: results } });
    const en = await settled(await mount(html`<rating-results services="passport"></rating-results>`));
    expect(tiles(en)[1]).to.deep.equal(['Votes', '100', 'By channel: Website 50% · Service centre 30% · Mobile app 20%']);
    const ar = await settled(await mount(html`<rating-results lang="ar" services="passport"></rating-results>`));
    await ar.localeReady();
    // Arabic-Indic digits; the per cent sign followed by the Arabic letter mark that keeps it with its number.
    expect(tiles(ar)[1]![2]).to.match(/^حسب القناة: .+ ٥٠٪\u061C? · .+ ٣٠٪\u061C? · .+ ٢٠٪\u061C?$/);
    await expect(ar).to.be.accessible();
  });

  it('one point is "+1 point", not "+1 points"', async () => {
    const results = answer([row('2026-02', {}, 'stars', [10, 20, 20, 25, 25]), row('2026-03', {}, 'stars', [10, 20, 19, 25, 26])]);
    fakeApi({ 'GET /results': { json: results } });
    const el = await settled(await mount(html`<rating-results></rating-results>`));
    expect(tiles(el)[2]![1]).to.equal('+1 point');
  });

  it('a clear change says so; the confidence level changes every interval and its name', async () => {
    const results = answer([row('2026-02', {}, 'stars', [20, 20, 20, 10, 10]), row('2026-03', {}, 'stars', [2, 3, 5, 40, 50])]);
    fakeApi({ 'GET /results': { json: results } });
    const el = await settled(await mount(html`<rating-results confidence="99"></rating-results>`));
    const share = wilsonInterval(90, 100, 99)!;
    expect(tiles(el)[0]).to.deep.equal([
      'Satisfied',
      '90%',
      `${Math.round(share.low * 100)}% to ${Math.round(share.high * 100)}%`,
      '99% Wilson interval',
    ]);
    expect(tiles(el)[2]![2]).to.equal('Clearly up');
    expect(tiles(el)[2]![4]).to.equal('99% Newcombe interval');
  });

  it('net and mean are means with a t interval, the formula named', async () => {
    const results = answer([row('2026-03', {}, 'stars', [10, 0, 10, 0, 30])]);
    const net = await settled(await mount(withInlineJson(results, { metric: 'net' })));
    // 30 positive, 10 negative of 50: +40.
    expect(tiles(net)[0]!.slice(0, 2)).to.deep.equal(['Net score', '+40']);
    expect(tiles(net)[0]!.at(-1)).to.equal('95% t interval');
    const mean = await settled(await mount(withInlineJson(results, { metric: 'mean' })));
    // (10 x 0 + 10 x 50 + 30 x 100) / 50 = 70.
    expect(tiles(mean)[0]!.slice(0, 2)).to.deep.equal(['Mean score', '70']);
  });

  it('filters: the figures are those of the deepest level the filters name', async () => {
    // What the server answers to services=passport: the cells of that service only.
    const passport = answer(ministry().rows.filter((cell) => cell.dimensions.serviceId === 'passport'));
    fakeApi({ 'GET /results': { json: passport } });
    const el = await settled(await mount(html`<rating-results services="passport"></rating-results>`));
    expect(tiles(el)[0]![1]).to.equal('80%');
    expect(tiles(el)[1]![1]).to.equal('100');
    expect(tiles(el)[2]![1], 'February has no service cells: nothing to compare with').to.equal('No earlier period to compare with');
  });

  it('in Arabic: Arabic-Indic digits, Arabic words, right to left, accessible', async () => {
    fakeApi({ 'GET /results': { json: ministry() } });
    const el = await settled(await mount(html`<rating-results lang="ar"></rating-results>`));
    const f = formats('ar');
    expect(tiles(el)[0]!.slice(0, 2)).to.deep.equal(['الراضون', f.percent(75, 0)]);
    expect(tiles(el)[1]![1]).to.equal('١٦٠');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('dark theme: accessible', async () => {
    fakeApi({ 'GET /results': { json: ministry() } });
    const el = await settled(await mount(html`<rating-results theme="dark" surface="card" lang="ar"></rating-results>`));
    await expect(el).to.be.accessible();
  });
});
