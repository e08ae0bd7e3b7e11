import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApi, resetJawda } from '../helpers/fake-api.js';
import { forcedColors } from '../helpers/forced-colors.js';
import { answer, row } from './fixtures.js';
import { csvOfLink, everythingSaid, mount, parseCsv, settled, tableCells, text, withInlineJson, type RatingResults } from './helpers.js';

/**
 * March by centre for one service (as compare's test): isa-town 58 votes, muharraq 42, online 30;
 * the service's own cell (135 votes) and a small centre (sitra, 5 votes) held back.
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

const bars = (el: RatingResults) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.point')];
const names = (el: RatingResults) => bars(el).map((bar) => bar.querySelector('.name')!.textContent);
const activeName = (el: RatingResults) => (el.shadowRoot!.activeElement as HTMLElement | null)?.querySelector('.name')?.textContent;

describe('<rating-results view="distribution">', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const lang of ['en', 'ar'] as const)
    for (const theme of ['light', 'dark'] as const)
      it(`a figure of diverging bars with a summarising caption, sorted as compare, n per bar (${lang}, ${theme}), accessible`, async () => {
        fakeApi({ 'GET /results': { json: byCentre() } });
        const el = await settled(
          await mount(
            html`<rating-results view="distribution" services="passport" lang=${lang} theme=${theme} surface="card"></rating-results>`,
          ),
        );
        expect(names(el)).to.deep.equal(
          lang === 'en' ? ['isa-town', 'muharraq', 'No centre (online)'] : ['isa-town', 'muharraq', 'بلا مركز (عبر الإنترنت)'],
        );
        if (lang === 'en') {
          expect(bars(el).map((bar) => bar.querySelector('.votes')!.textContent)).to.deep.equal(['58 votes', '42 votes', '30 votes']);
          expect(bars(el).map((bar) => bar.querySelector('.sides')!.textContent)).to.deep.equal([
            'Negative 10% · Neutral 12% · Positive 78%',
            'Negative 19% · Neutral 10% · Positive 71%',
            'Negative 17% · Neutral 17% · Positive 67%',
          ]);
          expect(text(el, 'figcaption')).to.equal(
            'Votes per score by centre, March 2026; sorted by satisfied, highest first. 3 groups, from isa-town (78% positive) to No centre (online) (67% positive). ' +
              'Each bar is a group’s votes: negative scores left of the centre line, positive ones right of it, the middle score across it.',
          );
          expect(text(el, '.legend')).to.equal('1 star 2 stars 3 stars 4 stars 5 stars');
        } else {
          expect(bars(el)[0]!.querySelector('.votes')!.textContent).to.contain('٥٨');
          expect(text(el, 'figcaption')).to.contain('يمين');
        }
        expect(el.shadowRoot!.querySelector('figure > figcaption')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });

  it('each bar: 100% of the votes, negative scores one side of the centre line, the middle across it; mirrored right to left', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    for (const lang of ['en', 'ar'] as const) {
      const el = await settled(await mount(html`<rating-results view="distribution" services="passport" lang=${lang}></rating-results>`));
      const svg = bars(el)[0]!.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      // The farthest bars reach 25% on the negative side (online: 5 of 30 negative and half of 5 neutral)
      // and 84% on the positive one (isa-town): the axis runs from 25% to 100%, one per cent as long either side.
      const perCent = box.width / 125;
      const zero = lang === 'en' ? box.left + 25 * perCent : box.right - 25 * perCent;
      const centre = svg.querySelector('.centre')!.getBoundingClientRect();
      expect(centre.left + centre.width / 2, lang).to.be.closeTo(zero, 1.5);
      expect([...el.shadowRoot!.querySelectorAll('.tick')].map((tick) => tick.textContent).join(' ')).to.equal(
        lang === 'en' ? '25% 0% 25% 50% 75% 100%' : '٢٥٪؜ ٠٪؜ ٢٥٪؜ ٥٠٪؜ ٧٥٪؜ ١٠٠٪؜',
      );
      const segment = (category: string) => svg.querySelector(`.segment[data-category="${category}"]`)!.getBoundingClientRect();
      // isa-town: 3, 3, 7, 20, 25 of 58.
      const width = (votes: number) => (votes / 58) * 100 * perCent;
      for (const [category, votes] of [
        ['stars:1', 3],
        ['stars:3', 7],
        ['stars:5', 25],
      ] as const)
        expect(segment(category).width, `${lang} ${category}`).to.be.closeTo(width(votes), 1.5);
      const neutral = segment('stars:3');
      expect(neutral.left + neutral.width / 2, 'the middle score across the centre line').to.be.closeTo(zero, 1.5);
      const [worst, best] = [segment('stars:1'), segment('stars:5')];
      if (lang === 'en') expect(worst.right, 'negative to the left').to.be.at.most(best.left);
      else expect(best.right, 'negative to the right').to.be.at.most(worst.left);
    }
  });

  it('not colour alone: each score has its texture (solid, striped, dotted), and forced colours keep them', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    const el = await settled(await mount(html`<rating-results view="distribution" services="passport"></rating-results>`));
    const svg = bars(el)[0]!.querySelector('svg')!;
    const textures = [...svg.querySelectorAll('.segment')].map((segment) => segment.getAttribute('data-texture'));
    expect(textures).to.deep.equal(['solid', 'stripes', 'dots', 'stripes', 'solid']);
    expect([...svg.querySelectorAll('.overlay')].map((overlay) => overlay.getAttribute('fill'))).to.deep.equal([
      'url(#texture-stripes)',
      'url(#texture-dots)',
      'url(#texture-stripes)',
    ]);
    // The patterns are defined once in the element, where the overlays find them.
    expect(el.shadowRoot!.querySelectorAll('pattern#texture-stripes, pattern#texture-dots')).to.have.length(2);
    const fills = [...svg.querySelectorAll('.segment')].map((segment) => getComputedStyle(segment).fill);
    expect(fills[0], 'negative and positive in different colours').to.not.equal(fills[4]);
    await forcedColors(true);
    try {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      const solid = svg.querySelector('.segment[data-texture="solid"]')!;
      expect(getComputedStyle(solid).fill).to.equal(canvasText);
      for (const texture of el.shadowRoot!.querySelectorAll('.texture')) expect(getComputedStyle(texture).fill).to.equal(canvasText);
      for (const segment of svg.querySelectorAll('.segment:not([data-texture="solid"])'))
        expect(getComputedStyle(segment).stroke).to.equal(canvasText);
      await expect(el).to.be.accessible();
    } finally {
      await forcedColors(false);
    }
  });

  for (const theme of ['light', 'dark'] as const)
    it(`marks at 3:1 or more on the surface (${theme}): every score's colour, and the centre line`, async () => {
      fakeApi({ 'GET /results': { json: byCentre() } });
      const el = await settled(await mount(html`<rating-results view="distribution" services="passport" theme=${theme}></rating-results>`));
      // The textures are drawn in the surface colour: the colour each mark stands on.
      const surface = getComputedStyle(el.shadowRoot!.querySelector('.texture')!).fill;
      const svg = bars(el)[0]!.querySelector('svg')!;
      for (const segment of svg.querySelectorAll('.segment'))
        expect(contrast(getComputedStyle(segment).fill, surface), segment.getAttribute('data-category')!).to.be.at.least(3);
      expect(contrast(getComputedStyle(svg.querySelector('.centre')!).stroke, surface)).to.be.at.least(3);
    });

  it('keyboard: one tab stop, arrows, Home and End; each bar read with every share and its votes', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    const el = await settled(await mount(html`<rating-results view="distribution" services="passport"></rating-results>`));
    expect(bars(el).map((bar) => bar.tabIndex)).to.deep.equal([0, -1, -1]);
    bars(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(activeName(el)).to.equal('muharraq');
    await sendKeys({ press: 'End' });
    expect(activeName(el)).to.equal('No centre (online)');
    await sendKeys({ press: 'Home' });
    expect(activeName(el)).to.equal('isa-town');
    await sendKeys({ press: 'ArrowRight' });
    expect(bars(el).map((bar) => bar.tabIndex)).to.deep.equal([-1, 0, -1]);
    expect(
      (el.shadowRoot!.activeElement as HTMLElement).textContent!.replace(/\s+/g, ' ').trim(),
      'what a screen reader reads on focus',
    ).to.equal(
      'muharraq Negative 19% · Neutral 10% · Positive 71% 42 votes 1 star 10%, 2 stars 10%, 3 stars 10%, 4 stars 36%, 5 stars 36%',
    );
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.tagName, 'Tab leaves the chart for the next control').to.equal('BUTTON');
  });

  it('in Arabic the arrows follow the reading direction: left is next', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    const el = await settled(await mount(html`<rating-results view="distribution" services="passport" lang="ar"></rating-results>`));
    bars(el)[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(activeName(el)).to.equal('muharraq');
  });

  it('the table holds every plotted value (the share of each score and the votes), one click away; the CSV is that table', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    const el = await settled(await mount(html`<rating-results view="distribution" services="passport"></rating-results>`));
    const region = el.shadowRoot!.querySelector<HTMLElement>('.table-region')!;
    expect(region.hidden).to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!.click();
    expect(region.hidden).to.equal(false);
    const [head, ...rows] = tableCells(el);
    expect(head).to.deep.equal(['Centre', '1 star', '2 stars', '3 stars', '4 stars', '5 stars', 'Votes']);
    expect(rows).to.deep.equal([
      ['isa-town', '5%', '5%', '12%', '34%', '43%', '58'],
      ['muharraq', '10%', '10%', '10%', '36%', '36%', '42'],
      ['No centre (online)', '7%', '10%', '17%', '33%', '33%', '30'],
    ]);
    // Every drawn segment is a cell: its width is the share in the table.
    const svg = bars(el)[0]!.querySelector('svg')!;
    const perCent = svg.getBoundingClientRect().width / 125;
    [...svg.querySelectorAll('.segment')].forEach((segment, i) =>
      expect(Math.round(segment.getBoundingClientRect().width / perCent)).to.be.closeTo(Number.parseInt(rows[0]![i + 1]!), 1),
    );
    expect([...region.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect([...region.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    const csv = csvOfLink(el);
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const [first, ...table] = parseCsv(csv);
    expect(first).to.deep.equal([
      'Filters: services=passport; period=month',
      'Minimum group: 10 votes',
      'Formula: share of the group’s votes per score, no interval',
    ]);
    expect(table).to.deep.equal([head, ...rows]);
    await expect(el).to.be.accessible();
  });

  it('a suppressed group leaves no figure: not in text, ARIA, the table nor the CSV; it is named as held back', async () => {
    fakeApi({ 'GET /results': { json: byCentre() } });
    const el = await settled(await mount(html`<rating-results view="distribution" services="passport"></rating-results>`));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!.click();
    expect(135 - 58 - 42 - 30).to.equal(SITRA_VOTES);
    const everything = everythingSaid(el);
    expect(everything).to.not.match(new RegExp(`(^|\\D)${SITRA_VOTES} votes`));
    expect(everything).to.not.contain('sitra');
    expect(bars(el)).to.have.length(3);
    expect(text(el, '.note')).to.equal('Groups with fewer than 10 votes are not shown, to protect privacy.');
  });

  it('scales mixed in the groups: negative, neutral and positive sides (a star is not a face); by channel at 360 px nothing overflows', async () => {
    const results = answer([
      row('2026-03', { serviceId: 'passport', centreId: null, channel: 'web' }, 'stars', [1, 1, 2, 10, 10]),
      row('2026-03', { serviceId: 'passport', centreId: 'isa-town', channel: 'kiosk' }, 'stars', [5, 5, 2, 5, 5]),
      row('2026-03', { serviceId: 'permit', centreId: null, channel: 'web' }, 'faces', [2, 2, 20]),
    ]);
    const el = await settled(await mount(withInlineJson(results, { view: 'distribution', by: 'channel' }), 360));
    expect(names(el)).to.deep.equal(['Website', 'Kiosk']);
    expect(text(el, '.legend')).to.equal('Negative Neutral Positive');
    // Website: stars 2 of 24 negative + faces 2 of 24; 2 + 2 neutral; 20 + 20 positive, of 48.
    expect(bars(el)[0]!.querySelector('.sides')!.textContent).to.equal('Negative 8% · Neutral 8% · Positive 83%');
    expect(text(el, '.votes')).to.equal('48 votes');
    expect(el.scrollWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  it('thumbs: no neutral; several instances in one page stay accessible', async () => {
    const thumbs = answer([
      row('2026-03', { serviceId: 'permit', centreId: null }, 'thumbs', [4, 16]),
      row('2026-03', { serviceId: 'permit', centreId: 'isa-town' }, 'thumbs', [6, 6]),
    ]);
    fakeApi({ 'GET /results': { json: thumbs } });
    const first = await mount(
      html`<rating-results view="distribution" services="permit"></rating-results>
        <rating-results view="distribution" services="permit" lang="ar"></rating-results>`,
    );
    const all = [...first.parentElement!.querySelectorAll('rating-results')];
    expect(all).to.have.length(2);
    for (const each of all) await settled(each);
    expect(bars(all[0]!)[0]!.querySelector('.sides')!.textContent).to.equal('Negative 20% · Positive 80%');
    expect(text(all[0]!, '.legend')).to.equal('Thumb down Thumb up');
    for (const each of all) await expect(each).to.be.accessible();
  });
});

/** WCAG contrast of two computed colours, `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((c) => Number(c) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}
