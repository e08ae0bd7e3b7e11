import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { wilsonInterval } from '../../src/rating-results/statistics.js';
import { fakeApi, resetJawda } from '../helpers/fake-api.js';
import { answer, row } from './fixtures.js';
import { csvOfLink, mount, parseCsv, settled, text, withInlineJson, type RatingResults } from './helpers.js';

/**
 * March by centre, as the server answers `by` centre for one service: isa-town 45 of 58 satisfied,
 * muharraq 30 of 42, online 20 of 30; the service's own cell (135 votes) and a small centre
 * (sitra, 5 votes) held back: its figures are in no answer, and must not be in the element either.
 */
const SITRA_VOTES = 5;
function byCentre() {
  return answer(
    [
      row('2026-03', { serviceId: 'passport' }, 'stars', [10, 10, 10, 50, 55]),
      row('2026-03', { serviceId: 'passport', centreId: 'isa-town' }, 'stars', [3, 3, 7, 20, 25]),
      row('2026-03', { serviceId: 'passport', centreId: 'muharraq' }, 'stars', [4, 4, 4, 15, 15]),
      row('2026-03', { serviceId: 'passport', centreId: null }, 'stars', [2, 3, 5, 10, 10]),
    ],
    1,
  );
}

const points = (el: RatingResults) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.point')];
const activeText = (el: RatingResults) => (el.shadowRoot!.activeElement as HTMLElement | null)?.querySelector('.name')?.textContent;

describe('<rating-results view="compare">', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const lang of ['en', 'ar'] as const)
    for (const theme of ['light', 'dark'] as const)
      it(`a figure with a summarising caption, the groups sorted with their votes (${lang}, ${theme}), accessible`, async () => {
        fakeApi({ 'GET /results': { json: byCentre() } });
        const el = await settled(
          await mount(
            html`<rating-results view="compare" services="passport" lang=${lang} theme=${theme} surface="card"></rating-results>`,
          ),
        );
        const names = points(el).map((point) => point.querySelector('.name')!.textContent);
        const shares = [45 / 58, 30 / 42, 20 / 30];
        expect(
          [...shares].sort((a, b) => b - a),
          'the fixture is sorted already',
        ).to.deep.equal(shares);
        expect(names).to.deep.equal(
          lang === 'en' ? ['isa-town', 'muharraq', 'No centre (online)'] : ['isa-town', 'muharraq', 'بلا مركز (عبر الإنترنت)'],
        );
        if (lang === 'en') {
          expect(points(el).map((point) => point.querySelector('.votes')!.textContent)).to.deep.equal(['58 votes', '42 votes', '30 votes']);
          expect(text(el, 'figcaption')).to.equal(
            'Satisfied by centre, March 2026. 3 groups, from isa-town (78%) to No centre (online) (67%). Lines show the 95% Wilson interval.',
          );
        }
        expect(el.shadowRoot!.querySelector('figure > figcaption')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });

  it('each whisker spans its Wilson interval on the axis, and the dot sits at the share; right to left, mirrored', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    for (const lang of ['en', 'ar']) {
      const el = await settled(await mount(html`<rating-results view="compare" services="passport" lang=${lang}></rating-results>`));
      const svg = points(el)[0]!.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const share = wilsonInterval(45, 58, 95)!;
      const whisker = svg.querySelector('.whisker')!.getBoundingClientRect();
      const dot = svg.querySelector('.dot')!.getBoundingClientRect();
      const at = (value: number) => box.left + box.width * (lang === 'ar' ? 1 - value : value);
      expect(Math.min(whisker.left, whisker.right), lang).to.be.closeTo(Math.min(at(share.low), at(share.high)), 1.5);
      expect(Math.max(whisker.left, whisker.right), lang).to.be.closeTo(Math.max(at(share.low), at(share.high)), 1.5);
      expect(dot.left + dot.width / 2, lang).to.be.closeTo(at(45 / 58), 1.5);
      // Marks in the text colour: far above 3:1 against the surface.
      expect(getComputedStyle(svg.querySelector('.dot')!).fill).to.equal(getComputedStyle(el.shadowRoot!.querySelector('.name')!).color);
    }
  });

  it("the centres and services by their names in the reader's language, where the answer gives them (chart, caption, table, CSV)", async () => {
    const named = {
      ...byCentre(),
      names: {
        services: { passport: { ar: 'تجديد جواز السفر', en: 'Passport renewal' } },
        centres: { 'isa-town': { ar: 'فرع مدينة عيسى', en: 'Isa Town branch' } },
      },
    };
    fakeApi({ 'GET /results': { json: named } });
    const en = await settled(await mount(html`<rating-results view="compare" by="centre" services="passport"></rating-results>`));
    const names = (el: RatingResults) => points(el).map((point) => point.querySelector('.name')!.textContent);
    // muharraq has no name in the answer: its id, as before.
    expect(names(en)).to.deep.equal(['Isa Town branch', 'muharraq', 'No centre (online)']);
    expect(text(en, 'figcaption')).to.include('from Isa Town branch');
    expect(parseCsv(csvOfLink(en)).flat()).to.include('Isa Town branch');
    const ar = await settled(await mount(html`<rating-results lang="ar" view="compare" by="centre" services="passport"></rating-results>`));
    expect(names(ar)[0]).to.equal('فرع مدينة عيسى');
    await expect(ar).to.be.accessible();
  });

  it('keyboard: one tab stop, arrows move between the points, Home and End; each point read with its value', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    const el = await settled(await mount(html`<rating-results view="compare" services="passport"></rating-results>`));
    expect(points(el).map((point) => point.tabIndex)).to.deep.equal([0, -1, -1]);
    points(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(activeText(el)).to.equal('muharraq');
    expect(points(el).map((point) => point.tabIndex)).to.deep.equal([-1, 0, -1]);
    await sendKeys({ press: 'End' });
    expect(activeText(el)).to.equal('No centre (online)');
    await sendKeys({ press: 'ArrowDown' });
    expect(activeText(el), 'stays at the last').to.equal('No centre (online)');
    await sendKeys({ press: 'Home' });
    expect(activeText(el)).to.equal('isa-town');
    await sendKeys({ press: 'ArrowRight' });
    expect(activeText(el)).to.equal('muharraq');
    const share = wilsonInterval(30, 42, 95)!;
    expect(
      (el.shadowRoot!.activeElement as HTMLElement).textContent!.replace(/\s+/g, ' ').trim(),
      'what a screen reader reads on focus',
    ).to.equal(`muharraq 71% ${Math.round(share.low * 100)}% to ${Math.round(share.high * 100)}% 42 votes`);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.tagName, 'Tab leaves the chart for the next control').to.equal('BUTTON');
  });

  it('in Arabic the arrows follow the reading direction: left is next', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    const el = await settled(await mount(html`<rating-results view="compare" services="passport" lang="ar"></rating-results>`));
    points(el)[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(activeText(el)).to.equal('muharraq');
  });

  it('the table holds every plotted value, one click away', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    const el = await settled(await mount(html`<rating-results view="compare" services="passport"></rating-results>`));
    const region = el.shadowRoot!.querySelector<HTMLElement>('.table-region')!;
    expect(region.hidden).to.equal(true);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!;
    button.click();
    expect(region.hidden).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const cells = [...region.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
    const plotted = points(el).map((point) => {
      const [low, high] = point.querySelector('.range')!.textContent!.split(' to ');
      return [
        point.querySelector('.name')!.textContent,
        point.querySelector('strong')!.textContent,
        low,
        high,
        point.querySelector('.votes')!.textContent!.replace(' votes', ''),
      ];
    });
    expect(cells).to.deep.equal(plotted);
    expect([...region.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect([...region.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the CSV: a BOM, a first line with the filters, the minimum group and the formula, then exactly the table', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    const el = await settled(await mount(html`<rating-results view="compare" services="passport"></rating-results>`));
    const csv = csvOfLink(el);
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const [first, ...table] = parseCsv(csv);
    expect(first).to.deep.equal(['Filters: services=passport; period=month', 'Minimum group: 10 votes', 'Formula: 95% Wilson interval']);
    const region = el.shadowRoot!.querySelector('table')!;
    const shown = [...region.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
    expect(table).to.deep.equal(shown);
  });

  it('the CSV escapes formula-like cells: a net score of +40 is written as text', async () => {
    const results = answer([row('2026-03', { serviceId: 'passport', centreId: 'isa-town' }, 'stars', [10, 0, 10, 0, 30])]);
    const el = await settled(await mount(withInlineJson(results, { view: 'compare', metric: 'net' })));
    expect(text(el, 'strong')).to.equal('+40');
    const lines = csvOfLink(el).split('\r\n');
    expect(lines[2]!.split(',')[1]).to.equal("'+40");
    expect(lines[2]!.split(',')[0]).to.equal('isa-town');
  });

  it('a suppressed group leaves no figure: not in text, ARIA, the table nor the CSV, and nothing is made up by subtraction', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    const el = await settled(await mount(html`<rating-results view="compare" services="passport"></rating-results>`));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!.click();
    // The service's 135 votes less its three published centres (58 + 42 + 30) is sitra's 5.
    const hidden = 135 - 58 - 42 - 30;
    expect(hidden).to.equal(SITRA_VOTES);
    const aria = [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes].filter((attribute) => attribute.name.startsWith('aria-') || attribute.name === 'title').map((a) => a.value),
    );
    const everything = [text(el), ...aria, csvOfLink(el)].join('\n');
    expect(everything).to.not.match(new RegExp(`(^|\\D)${hidden} votes`));
    expect(points(el)).to.have.length(3);
    expect(text(el, '.note')).to.equal('Groups with fewer than 10 votes are not shown, to protect privacy.');
  });

  it('by channel and by service; at 360 px nothing overflows', async () => {
    const results = answer([
      row('2026-03', { serviceId: 'passport', centreId: null, channel: 'web' }, 'stars', [1, 1, 2, 10, 10]),
      row('2026-03', { serviceId: 'passport', centreId: 'isa-town', channel: 'kiosk' }, 'stars', [5, 5, 2, 5, 5]),
      row('2026-03', { serviceId: 'permit', centreId: null, channel: 'web' }, 'faces', [2, 2, 20]),
    ]);
    const el = await settled(await mount(withInlineJson(results, { view: 'compare', by: 'channel' }), 360));
    expect(points(el).map((point) => point.querySelector('.name')!.textContent)).to.deep.equal(['Website', 'Kiosk']);
    expect(text(el, '.votes')).to.equal('48 votes');
    expect(el.scrollWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });
});
