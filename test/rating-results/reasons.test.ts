import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { wilsonInterval } from '../../src/rating-results/statistics.js';
import { fakeApi, resetJawda } from '../helpers/fake-api.js';
import { forcedColors } from '../helpers/forced-colors.js';
import { answer, cited, row } from './fixtures.js';

const citedStars = (reason: string, counts: number[]) => cited(reason, 'stars', counts);
import { csvOfLink, everythingSaid, mount, parseCsv, settled, tableCells, text, withInlineJson, type RatingResults } from './helpers.js';

/**
 * March for one service: 135 votes, 105 positive (4-5 stars) and 20 negative (1-2). Its published
 * reason cells: efficiency cited by 60 votes (40 positive, 15 negative), ease by 40 (35, 3), staff
 * by 25 (10, 12). "The steps were clear" (transparency) is published at one centre, where 12 votes
 * cite it, but held back in the service's cell: 7 votes cite it there, a figure in no answer.
 */
const HELD_BACK_CITING = 7;
function march() {
  const service = row('2026-03', { serviceId: 'passport' }, 'stars', [10, 10, 10, 50, 55]);
  service.reasons = [
    citedStars('efficiency', [8, 7, 5, 20, 20]),
    citedStars('ease', [1, 2, 2, 15, 20]),
    citedStars('employee', [6, 6, 3, 5, 5]),
  ];
  const centre = row('2026-03', { serviceId: 'passport', centreId: 'isa-town' }, 'stars', [3, 3, 7, 20, 25]);
  centre.reasons = [citedStars('transparency', [2, 2, 0, 4, 4])];
  return answer([service, centre], 2);
}

const points = (el: RatingResults) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.point')];
const names = (el: RatingResults) => points(el).map((point) => point.querySelector('.name')!.textContent);
const activeName = (el: RatingResults) => (el.shadowRoot!.activeElement as HTMLElement | null)?.querySelector('.name')?.textContent;
const percent = (cited: number, of: number) => `${Math.round((cited / of) * 100)}%`;

describe('<rating-results view="reasons">', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const lang of ['en', 'ar'] as const)
    for (const theme of ['light', 'dark'] as const)
      it(`per reason, most cited first, the share of positive votes against negative ones (${lang}, ${theme}), accessible`, async () => {
        fakeApi({ 'GET /results': { json: march() } });
        const el = await settled(
          await mount(
            html`<rating-results view="reasons" services="passport" lang=${lang} theme=${theme} surface="card"></rating-results>`,
          ),
        );
        expect(names(el)).to.deep.equal(lang === 'en' ? ['Speed', 'Ease', 'Staff'] : ['السرعة', 'السهولة', 'الموظفون']);
        if (lang === 'en') {
          expect(points(el).map((point) => point.querySelector('.value')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
            `${percent(15, 20)} of negative votes ${intervalOf(15, 20)} ${percent(40, 105)} of positive votes ${intervalOf(40, 105)} 60 votes`,
            `${percent(3, 20)} of negative votes ${intervalOf(3, 20)} ${percent(35, 105)} of positive votes ${intervalOf(35, 105)} 40 votes`,
            `${percent(12, 20)} of negative votes ${intervalOf(12, 20)} ${percent(10, 105)} of positive votes ${intervalOf(10, 105)} 25 votes`,
          ]);
          expect(text(el, 'figcaption')).to.equal(
            'Reasons given, March 2026, most cited first. 3 reasons; the most cited, Speed: 38% of positive votes and 75% of negative votes. ' +
              'Negative votes left of the centre line, positive ones right of it. Lines show the 95% Wilson interval. ' +
              'Reasons not shown, too few votes cite them: 1.',
          );
          expect(text(el, '.legend')).to.equal('Negative votes (20) Positive votes (105)');
        } else {
          expect(text(el, 'figcaption')).to.contain('يمين');
        }
        await expect(el).to.be.accessible();
      });

  it('each share a bar from the centre line, its interval a whisker; negative left, positive right, mirrored right to left', async () => {
    fakeApi({ 'GET /results': { json: march() } });
    for (const lang of ['en', 'ar'] as const) {
      const el = await settled(await mount(html`<rating-results view="reasons" services="passport" lang=${lang}></rating-results>`));
      const svg = points(el)[0]!.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      // The highest bounds: 15 of 20's upper one on the negative side (about 89%), 40 of 105's on the
      // positive one (about 47%): the axis runs from 100% to 50%, one per cent as long either side.
      const px = (share: number) => (share / 150) * box.width;
      const centre = lang === 'en' ? box.left + px(100) : box.right - px(100);
      expect([...el.shadowRoot!.querySelectorAll('.tick')].map((tick) => tick.textContent).join(' ')).to.equal(
        lang === 'en' ? '100% 50% 0% 50%' : '١٠٠٪؜ ٥٠٪؜ ٠٪؜ ٥٠٪؜',
      );
      const negative = svg.querySelector('.segment[data-side="negative"]')!.getBoundingClientRect();
      const positive = svg.querySelector('.segment[data-side="positive"]')!.getBoundingClientRect();
      expect(negative.width, lang).to.be.closeTo(px((15 / 20) * 100), 1.5);
      expect(positive.width, lang).to.be.closeTo(px((40 / 105) * 100), 1.5);
      if (lang === 'en') {
        expect(negative.right).to.be.closeTo(centre, 1.5);
        expect(positive.left).to.be.closeTo(centre, 1.5);
      } else {
        expect(negative.left).to.be.closeTo(centre, 1.5);
        expect(positive.right).to.be.closeTo(centre, 1.5);
      }
      const share = wilsonInterval(40, 105, 95)!;
      const whisker = [...svg.querySelectorAll('.whisker')][1]!.getBoundingClientRect();
      expect(whisker.width, `${lang}: the positive whisker spans its Wilson interval`).to.be.closeTo(
        px((share.high - share.low) * 100),
        1.5,
      );
      // Not colour alone: the negative side is striped, the positive solid.
      expect(svg.querySelectorAll('.overlay[fill="url(#texture-stripes)"]')).to.have.length(1);
    }
  });

  it('keyboard: one tab stop, arrows, Home and End; each reason read with its shares, intervals and votes', async () => {
    fakeApi({ 'GET /results': { json: march() } });
    const el = await settled(await mount(html`<rating-results view="reasons" services="passport"></rating-results>`));
    expect(points(el).map((point) => point.tabIndex)).to.deep.equal([0, -1, -1]);
    points(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(activeName(el)).to.equal('Ease');
    await sendKeys({ press: 'End' });
    expect(activeName(el)).to.equal('Staff');
    await sendKeys({ press: 'Home' });
    expect(activeName(el)).to.equal('Speed');
    await sendKeys({ press: 'ArrowRight' });
    expect((el.shadowRoot!.activeElement as HTMLElement).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Ease 15% of negative votes ${intervalOf(3, 20)} 33% of positive votes ${intervalOf(35, 105)} 40 votes`,
    );
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');
  });

  it('the table holds every plotted value, one click away; the CSV: a BOM, the filters, the minimum, the formula, then the table', async () => {
    fakeApi({ 'GET /results': { json: march() } });
    const el = await settled(await mount(html`<rating-results view="reasons" services="passport"></rating-results>`));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!.click();
    const [head, ...rows] = tableCells(el);
    expect(head).to.deep.equal([
      'Reason',
      'Share of negative votes',
      'Negative, lower bound',
      'Negative, upper bound',
      'Share of positive votes',
      'Positive, lower bound',
      'Positive, upper bound',
      'Votes citing it',
    ]);
    expect(new Set(head).size, 'each heading once').to.equal(head!.length);
    const bounds = (c: number, of: number) => intervalOf(c, of).split(' to ');
    expect(rows).to.deep.equal([
      ['Speed', percent(15, 20), ...bounds(15, 20), percent(40, 105), ...bounds(40, 105), '60'],
      ['Ease', percent(3, 20), ...bounds(3, 20), percent(35, 105), ...bounds(35, 105), '40'],
      ['Staff', percent(12, 20), ...bounds(12, 20), percent(10, 105), ...bounds(10, 105), '25'],
    ]);
    expect([...el.shadowRoot!.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    const csv = csvOfLink(el);
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const [first, ...table] = parseCsv(csv);
    expect(first).to.deep.equal(['Filters: services=passport; period=month', 'Minimum group: 10 votes', 'Formula: 95% Wilson interval']);
    expect(table).to.deep.equal([head, ...rows]);
    await expect(el).to.be.accessible();
  });

  it('a reason whose cell is held back is not drawn: no figure of it in text, ARIA, the table or the CSV; the caption counts it', async () => {
    fakeApi({ 'GET /results': { json: march() } });
    const el = await settled(await mount(html`<rating-results view="reasons" services="passport"></rating-results>`));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!.click();
    const everything = everythingSaid(el);
    expect(everything).to.not.contain('Clear steps');
    expect(everything).to.not.contain('transparency');
    expect(everything).to.not.match(new RegExp(`(^|\\D)${HELD_BACK_CITING} votes`));
    expect(text(el, 'figcaption')).to.contain('Reasons not shown, too few votes cite them: 1.');
  });

  it('everything asked for, mixed scales: the thumbs (quick votes cite no reason) left out of the shares, the stars and faces added up', async () => {
    const results = answer([
      row('2026-03', {}, 'stars', [10, 10, 10, 50, 55]),
      row('2026-03', {}, 'faces', [10, 10, 30]),
      row('2026-03', {}, 'thumbs', [40, 60]),
    ]);
    results.rows[0]!.reasons = [citedStars('efficiency', [8, 7, 5, 20, 20])];
    results.rows[1]!.reasons = [cited('efficiency', 'faces', [5, 0, 10])];
    const el = await settled(await mount(withInlineJson(results, { view: 'reasons' })));
    // Positive: 105 stars and 30 faces (not the 60 thumbs up); negative: 20 and 10 (not the 40 down).
    expect(text(el, '.legend')).to.equal('Negative votes (30) Positive votes (135)');
    expect(text(el, '.point .value')).to.equal(
      `${percent(20, 30)} of negative votes ${intervalOf(20, 30)} ${percent(50, 135)} of positive votes ${intervalOf(50, 135)} 75 votes`,
    );
  });

  it('several instances in one page, each its own tab stop and patterns, stay accessible', async () => {
    fakeApi({ 'GET /results': { json: march() } });
    const first = await mount(
      html`<rating-results view="reasons" services="passport"></rating-results>
        <rating-results view="reasons" services="passport" lang="ar"></rating-results>`,
    );
    const all = [...first.parentElement!.querySelectorAll('rating-results')];
    for (const each of all) await settled(each);
    for (const each of all) {
      expect(points(each).filter((point) => point.tabIndex === 0)).to.have.length(1);
      expect(each.shadowRoot!.querySelectorAll('pattern#texture-stripes')).to.have.length(1);
      await expect(each).to.be.accessible();
    }
  });

  it('no reason given, or every one held back: a notice in words, never an empty chart', async () => {
    const none = answer([row('2026-03', { serviceId: 'passport' }, 'stars', [10, 10, 10, 50, 55])]);
    const empty = await settled(await mount(withInlineJson(none, { view: 'reasons', services: 'passport' })));
    expect(text(empty, '[part="message"]')).to.contain('No reasons given');
    const held = march();
    held.rows[0]!.reasons = [];
    const hidden = await settled(await mount(withInlineJson(held, { view: 'reasons', services: 'passport', lang: 'ar' })));
    expect(hidden.shadowRoot!.querySelector('figure')).to.equal(null);
    expect(text(hidden, '[part="message"]')).to.contain('١٠');
    await expect(empty).to.be.accessible();
    await expect(hidden).to.be.accessible();
  });

  it("a portal's own reasons by the answer's names, in the reader's language; at 360 px nothing overflows; forced colours keep the marks", async () => {
    const named = march();
    named.rows[0]!.reasons.push(citedStars('parking', [5, 5, 0, 0, 0]));
    named.names = { services: {}, centres: {}, reasons: { parking: { ar: 'المواقف', en: 'Parking' } } };
    const en = await settled(await mount(withInlineJson(named, { view: 'reasons', services: 'passport' }), 360));
    expect(names(en)).to.include('Parking');
    expect(en.scrollWidth).to.be.at.most(360);
    const ar = await settled(await mount(withInlineJson(named, { view: 'reasons', services: 'passport', lang: 'ar' }), 360));
    expect(names(ar)).to.include('المواقف');
    await forcedColors(true);
    try {
      for (const mark of en.shadowRoot!.querySelectorAll('.whisker, .cap, .centre'))
        expect(getComputedStyle(mark).stroke).to.equal(getComputedStyle(en.shadowRoot!.querySelector('.name')!).color);
      await expect(en).to.be.accessible();
    } finally {
      await forcedColors(false);
    }
  });
});

/** "28% to 41%": the 95% Wilson interval of `cited` of `of`, as the element writes it. */
function intervalOf(cited: number, of: number): string {
  const share = wilsonInterval(cited, of, 95)!;
  return `${Math.round(share.low * 100)}% to ${Math.round(share.high * 100)}%`;
}
