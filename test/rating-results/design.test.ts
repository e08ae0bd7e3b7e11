import { expect, html } from '@open-wc/testing';
import { fakeApi, resetJawda } from '../helpers/fake-api.js';
import { forcedColors } from '../helpers/forced-colors.js';
import { answer, cited, row } from './fixtures.js';
import { mount, settled, type RatingResults } from './helpers.js';

const results = () => {
  const answered = answer([
    row('2026-02', {}, 'stars', [5, 5, 10, 30, 30]),
    row('2026-03', {}, 'stars', [2, 3, 5, 40, 50]),
    row('2026-03', { serviceId: 'passport', centreId: 'isa-town' }, 'stars', [1, 2, 5, 20, 30]),
    row('2026-03', { serviceId: 'passport', centreId: 'muharraq' }, 'stars', [4, 3, 5, 20, 10]),
  ]);
  answered.rows[1]!.reasons = [cited('efficiency', 'stars', [2, 2, 1, 10, 10]), cited('ease', 'stars', [1, 1, 2, 20, 10])];
  return answered;
};

const px = (value: string) => Number.parseFloat(value);
/** The colour a system colour keyword resolves to here. */
function system(el: RatingResults, keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  el.after(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('<rating-results>: design', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const lang of ['en', 'ar'] as const)
    it(`chart text at least ${lang === 'ar' ? 13 : 12} px (${lang}), in compare, trend, distribution and reasons`, async () => {
      fakeApi({ 'GET /results': { json: results() } });
      for (const view of ['compare', 'trend', 'distribution', 'reasons']) {
        const el = await settled(await mount(html`<rating-results view=${view} lang=${lang}></rating-results>`));
        const texts = [...el.shadowRoot!.querySelectorAll('.tick, .name, .value, .note, figcaption, .readout, .legend li')];
        expect(texts.length, view).to.be.at.least(5);
        for (const text of texts)
          expect(px(getComputedStyle(text).fontSize), `${view}: ${text.className}`).to.be.at.least(lang === 'ar' ? 13 : 12);
      }
    });

  it('forced colours: every mark in CanvasText, and still accessible', async () => {
    fakeApi({ 'GET /results': { json: results() } });
    const compare = await settled(await mount(html`<rating-results view="compare"></rating-results>`));
    const trend = await settled(await mount(html`<rating-results view="trend"></rating-results>`));
    await forcedColors(true);
    try {
      const text = system(compare, 'CanvasText');
      for (const mark of compare.shadowRoot!.querySelectorAll('.whisker, .cap')) expect(getComputedStyle(mark).stroke).to.equal(text);
      for (const dot of compare.shadowRoot!.querySelectorAll('.dot')) expect(getComputedStyle(dot).fill).to.equal(text);
      for (const line of trend.shadowRoot!.querySelectorAll('.line, .edge')) expect(getComputedStyle(line).stroke).to.equal(text);
      for (const dot of trend.shadowRoot!.querySelectorAll('.dot:not(.missing)'))
        expect(getComputedStyle(dot).backgroundColor).to.equal(text);
      await expect(compare).to.be.accessible();
      await expect(trend).to.be.accessible();
    } finally {
      await forcedColors(false);
    }
  });
});
