import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { wilsonInterval } from '../../src/rating-results/statistics.js';
import { fakeApi, resetJawda, until } from '../helpers/fake-api.js';
import { answer, row } from './fixtures.js';
import { mount, settled, text, type RatingResults } from './helpers.js';

/** January, February and April published; March held back (the server sends no row for it). */
const months = () =>
  answer(
    [
      row('2026-01', {}, 'stars', [10, 10, 10, 20, 10]),
      row('2026-02', {}, 'stars', [5, 5, 10, 30, 30]),
      row('2026-04', {}, 'stars', [2, 3, 5, 40, 50]),
    ],
    1,
  );

const dots = (el: RatingResults) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.points li')];
const focused = (el: RatingResults) => (el.shadowRoot!.activeElement as HTMLElement | null)?.textContent?.trim();

describe('<rating-results view="trend">', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const lang of ['en', 'ar'] as const)
    for (const theme of ['light', 'dark'] as const)
      it(`a line with its band, a gap (not a zero) where a period is held back (${lang}, ${theme}), accessible`, async () => {
        fakeApi({ 'GET /results': { json: months() } });
        const el = await settled(
          await mount(html`<rating-results view="trend" lang=${lang} theme=${theme} surface="card"></rating-results>`),
        );
        expect(dots(el)).to.have.length(4);
        expect(dots(el).map((dot) => dot.classList.contains('missing'))).to.deep.equal([false, false, true, false]);
        const lines = [...el.shadowRoot!.querySelectorAll('polyline.line')].map((line) => line.getAttribute('points'));
        expect(lines, 'January to February joined; nothing crosses March').to.deep.equal([`0,50 ${(1 / 3) * 100},25`]);
        expect(el.shadowRoot!.querySelectorAll('line.whisker'), 'April, alone after the gap: its interval as a whisker').to.have.length(1);
        expect(el.shadowRoot!.querySelectorAll('line.gap')).to.have.length(1);
        if (lang === 'en') {
          expect(text(el, 'figcaption')).to.equal(
            'Satisfied per period, January 2026 to April 2026: from 50% to 90%. Not shown: March 2026. The band shows the 95% Wilson interval.',
          );
          expect(dots(el)[2]!.textContent!.trim()).to.equal('March 2026: not shown (no votes, or too few to show)');
        }
        await expect(el).to.be.accessible();
      });

  it('each dot sits at its share on a 0-100 axis, time left to right in Arabic too', async () => {
    fakeApi({ 'GET /results': { json: months() } });
    for (const lang of ['en', 'ar']) {
      const el = await settled(await mount(html`<rating-results view="trend" lang=${lang}></rating-results>`));
      const area = el.shadowRoot!.querySelector('.area')!.getBoundingClientRect();
      const centre = (dot: Element) => {
        const box = dot.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      };
      const [january, , , april] = dots(el).map(centre);
      expect(january!.x, `${lang}: January on the left`).to.be.closeTo(area.left, 1.5);
      expect(april!.x).to.be.closeTo(area.right, 1.5);
      expect(april!.y, 'April: 90 of 100').to.be.closeTo(area.top + area.height * 0.1, 1.5);
      expect(january!.y, 'January: 30 of 60').to.be.closeTo(area.top + area.height * 0.5, 1.5);
    }
  });

  it('time-axis="rtl": the earliest period on the right, the y-axis on the right, the left arrow later (en and ar, accessible)', async () => {
    fakeApi({ 'GET /results': { json: months() } });
    for (const lang of ['en', 'ar'] as const) {
      const el = await settled(await mount(html`<rating-results view="trend" time-axis="rtl" lang=${lang}></rating-results>`));
      const area = el.shadowRoot!.querySelector('.area')!.getBoundingClientRect();
      const yAxis = el.shadowRoot!.querySelector('.y-axis')!.getBoundingClientRect();
      const centre = (dot: Element) => dot.getBoundingClientRect().left + dot.getBoundingClientRect().width / 2;
      const [january, february, , april] = dots(el).map(centre);
      expect(january, `${lang}: January on the right`).to.be.closeTo(area.right, 1.5);
      expect(april, `${lang}: April on the left`).to.be.closeTo(area.left, 1.5);
      expect(february).to.be.lessThan(january!);
      expect(yAxis.left, `${lang}: the values' axis on the right`).to.be.greaterThan(area.right);
      const firstLine = el.shadowRoot!.querySelector('polyline.line')!.getAttribute('points');
      expect(firstLine, 'January to February, drawn right to left').to.equal(`100,50 ${(2 / 3) * 100},25`);
      dots(el)[3]!.focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(dots(el).indexOf(el.shadowRoot!.activeElement as HTMLLIElement), `${lang}: left is later`).to.equal(1);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('time-axis: anything but ltr or rtl is a setup problem naming it', async () => {
    const el = await mount(html`<rating-results view="trend" time-axis="up" lang="en"></rating-results>`);
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('[part="message"]'), 'the setup problem');
    expect(text(el, '[part="message"]')).to.include('time-axis').and.to.include('up');
  });

  it('keyboard: one tab stop on the latest period, arrows left to right in either language, Home and End; the value written below', async () => {
    fakeApi({ 'GET /results': { json: months() } });
    for (const lang of ['en', 'ar'] as const) {
      const el = await settled(await mount(html`<rating-results view="trend" lang=${lang}></rating-results>`));
      expect(dots(el).map((dot) => dot.tabIndex)).to.deep.equal([-1, -1, -1, 0]);
      dots(el)[3]!.focus();
      await sendKeys({ press: 'Home' });
      expect(dots(el).indexOf(el.shadowRoot!.activeElement as HTMLLIElement)).to.equal(0);
      await sendKeys({ press: 'ArrowRight' });
      expect(dots(el).indexOf(el.shadowRoot!.activeElement as HTMLLIElement), `${lang}: right is later`).to.equal(1);
      if (lang === 'en') {
        const share = wilsonInterval(60, 80, 95)!;
        const interval = `${Math.round(share.low * 100)}% to ${Math.round(share.high * 100)}%`;
        expect(focused(el)).to.equal(`February 2026: 75%, ${interval}, 80 votes`);
        expect(text(el, '.readout'), 'seen, not only heard').to.equal(focused(el));
      }
      await sendKeys({ press: 'End' });
      expect(dots(el).indexOf(el.shadowRoot!.activeElement as HTMLLIElement)).to.equal(3);
    }
  });

  it('the table holds every period: each plotted value, and "Not shown" (no figure) for the gap', async () => {
    fakeApi({ 'GET /results': { json: months() } });
    const el = await settled(await mount(html`<rating-results view="trend"></rating-results>`));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!.click();
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
    expect(rows.map((cells) => cells[0])).to.deep.equal(['January 2026', 'February 2026', 'March 2026', 'April 2026']);
    expect(rows[2]).to.deep.equal(['March 2026', 'Not shown', '', '', '']);
    for (const [i, dot] of dots(el).entries()) {
      if (dot.classList.contains('missing')) continue;
      const [, value, low, high, votes] = rows[i]!;
      expect(dot.textContent!.trim()).to.equal(`${rows[i]![0]}: ${value}, ${low} to ${high}, ${votes} votes`);
    }
    await expect(el).to.be.accessible();
  });

  it('from and to: every whole period between them, those without votes as gaps', async () => {
    fakeApi({ 'GET /results': { json: months() } });
    const el = await settled(await mount(html`<rating-results view="trend" from="2025-12" to="2026-05"></rating-results>`));
    expect(dots(el).map((dot) => dot.classList.contains('missing'))).to.deep.equal([true, false, false, true, false, true]);
    expect(dots(el)[0]!.textContent).to.contain('December 2025');
  });
});
