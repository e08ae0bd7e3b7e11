import { expect, html } from '@open-wc/testing';
import { fakeApi, resetJawda } from '../helpers/fake-api.js';
import { hostile, hostileLevels, isaTown } from './fixtures.js';
import { mount, settled, text, withInlineJson, type CentreScorecard } from './helpers.js';

const IMG = '<img src=x onerror="window.__jawdaPwned=1">';
const SCRIPT = '<script>window.__jawdaPwned=1</script>';

declare global {
  interface Window {
    __jawdaPwned?: number;
  }
}

function expectInert(el: CentreScorecard, payload: string, times: number): void {
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('img, script, iframe, object'), 'no element made from data').to.have.length(0);
  const shown = text(el);
  expect(shown.split(payload).length - 1, `"${payload}" shown as text`).to.be.at.least(times);
  expect(window.__jawdaPwned).to.equal(undefined);
}

describe('<centre-scorecard>: hostile strings from the API are text', () => {
  beforeEach(() => {
    resetJawda();
    delete window.__jawdaPwned;
  });
  afterEach(resetJawda);

  for (const payload of [IMG, SCRIPT]) {
    for (const lang of ['en', 'ar'] as const) {
      it(`in the centre name, entity, programme, criteria, strengths and improvements (${lang}, ${payload.slice(0, 7)}…)`, async () => {
        fakeApi({ 'GET /centres/isa-town/evaluation': { json: hostile(payload) } });
        const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town" lang=${lang} show-history></centre-scorecard>`));
        expect(text(el, '.name')).to.equal(payload);
        expect(text(el, '.entity')).to.equal(payload);
        expect(text(el, '.cycle-label')).to.contain(payload);
        expect(text(el, '.cycles legend')).to.contain(payload);
        expect(text(el, '.delta')).to.contain(payload);
        expect([...el.shadowRoot!.querySelectorAll('.criterion-name')].map((n) => n.textContent)).to.deep.equal(Array(5).fill(payload));
        expect(text(el, '.strengths li')).to.equal(payload);
        expect(text(el, '.improvements li')).to.equal(payload);
        expect(text(el, '.history tbody th')).to.contain(payload);
        expect([...el.shadowRoot!.querySelectorAll('.trend .axis-title')].map((t) => t.textContent)).to.include(
          lang === 'en' ? `${payload} cycle` : `دورة ${payload}`,
        );
        // name, entity, programme (label, legend, delta, the chart's cycle axis, 5 table rows), 5 criteria, 1 strength, 1 improvement
        expectInert(el, payload, 18);
      });
    }

    it(`in maturity level names (${payload.slice(0, 7)}…)`, async () => {
      fakeApi({ 'GET /centres/balady-app/evaluation': { json: hostileLevels(payload) } });
      const el = await settled(await mount(html`<centre-scorecard centre-id="balady-app"></centre-scorecard>`));
      expect(text(el, '.maturity-text')).to.equal(`Level 2 of 2: ${payload}2`);
      expect(text(el, '.scale')).to.contain(payload);
      expectInert(el, payload, 3);
    });

    it(`in an unknown scheme's name (${payload.slice(0, 7)}…)`, async () => {
      fakeApi({ 'GET /centres/isa-town/evaluation': { json: { ...isaTown(5), result: { scheme: payload } } } });
      const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town"></centre-scorecard>`));
      // The scheme's name is not shown at all (plain words for citizens), and nothing runs.
      expect(text(el, '[part~="result"]')).to.not.contain(payload);
      expectInert(el, payload, 0);
    });

    it(`in inline JSON, and in the centre-id shown by the not-found message (${payload.slice(0, 7)}…)`, async () => {
      const inline = await settled(await mount(withInlineJson(hostile(payload), { lang: 'ar' })));
      expect(text(inline, '.name')).to.equal(payload);
      expectInert(inline, payload, 9);
      fakeApi();
      const missing = await settled(await mount(html`<centre-scorecard centre-id=${payload}></centre-scorecard>`));
      // The id goes to the console, not to the reader; nothing of it runs.
      expect(text(missing, '[role="alert"]')).to.equal("This centre's evaluation could not be found.");
      expectInert(missing, payload, 0);
    });
  }
});
