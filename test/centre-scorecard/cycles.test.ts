import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Route } from '../helpers/fake-api.js';
import { fakeApi, resetJawda, until } from '../helpers/fake-api.js';
import { isaTown } from './fixtures.js';
import { height, mount, settled, text, type CentreScorecard } from './helpers.js';

const DELAY = 150;

/** The API of one centre: the latest cycle without `?cycle`, each cycle with it, each answer `delayMs` late. */
function taqyeemApi(delayMs = 0, missing: number[] = []) {
  // Routes with a query first: a route without one matches every query.
  const routes: Record<string, Route> = {};
  for (const cycle of [1, 2, 3, 4, 5]) {
    routes[`GET /centres/isa-town/evaluation?cycle=${cycle}`] = missing.includes(cycle)
      ? { status: 404, delayMs }
      : { json: isaTown(cycle), delayMs };
  }
  routes['GET /centres/isa-town/evaluation'] = { json: isaTown(5), delayMs };
  return fakeApi(routes);
}

const radios = (el: CentreScorecard) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.cycles input[type="radio"]')];
const checkedCycle = (el: CentreScorecard) => radios(el).find((radio) => radio.checked)?.value;
const showing = (el: CentreScorecard) => text(el, '.cycle-label');

describe('<centre-scorecard>: switching cycles', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  it('offers every known cycle as radios in a labelled group, the current one checked', async () => {
    taqyeemApi();
    const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town"></centre-scorecard>`));
    expect(text(el, '.cycles legend')).to.equal('Taqyeem cycle');
    expect(radios(el).map((radio) => radio.parentElement!.textContent!.trim())).to.deep.equal([
      '1 (2018)',
      '2 (2019)',
      '3 (2021)',
      '4 (2023)',
      '5 (2024)',
    ]);
    expect(checkedCycle(el)).to.equal('5');
    await expect(el).to.be.accessible();
  });

  it('switches by keyboard, one request per cycle, switching back from memory, with cycle-change and scorecard-load', async () => {
    const api = taqyeemApi(DELAY);
    const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town"></centre-scorecard>`));
    const changes: unknown[] = [];
    el.addEventListener('cycle-change', (event) => changes.push(event.detail));
    radios(el)
      .find((radio) => radio.checked)!
      .focus();

    const loaded = oneEvent(el, 'scorecard-load');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => el.shadowRoot!.querySelector('.scorecard')?.getAttribute('aria-busy') === 'true', 'the busy state');
    expect(showing(el), 'the old cycle stays while the new one loads').to.equal('Taqyeem 5 · 2024');
    expect(checkedCycle(el)).to.equal('4');
    await expect(el).to.be.accessible();
    expect((await loaded).detail.cycle.number).to.equal(4);
    await until(() => showing(el) === 'Taqyeem 4 · 2023', 'cycle 4');
    expect(el.shadowRoot!.querySelector('.scorecard')!.getAttribute('aria-busy')).to.equal('false');
    expect(text(el, '.frame > [role="status"]')).to.equal('Showing Taqyeem 4 · 2023');
    expect(text(el, '.score')).to.equal('88.2%');
    expect(text(el, '.delta')).to.equal('Up 0.6 points from Taqyeem 3');
    expect(el.shadowRoot!.activeElement, 'focus stays on the switcher').to.equal(radios(el)[3]);

    await sendKeys({ press: 'ArrowUp' });
    await until(() => showing(el) === 'Taqyeem 3 · 2021', 'cycle 3');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => showing(el) === 'Taqyeem 4 · 2023', 'back to cycle 4');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => showing(el) === 'Taqyeem 5 · 2024', 'back to cycle 5');

    expect(changes).to.deep.equal([
      { cycle: 4, previous: 5 },
      { cycle: 3, previous: 4 },
      { cycle: 4, previous: 3 },
      { cycle: 5, previous: 4 },
    ]);
    expect(api.requests.map((request) => request.path)).to.deep.equal([
      '/centres/isa-town/evaluation',
      '/centres/isa-town/evaluation?cycle=4',
      '/centres/isa-town/evaluation?cycle=3',
    ]);
    expect(el.cycle).to.equal(5);
  });

  it('switches in Arabic with Arabic-Indic digits and an Arabic live announcement', async () => {
    const api = taqyeemApi();
    const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town" lang="ar"></centre-scorecard>`));
    expect(text(el, '.cycles legend')).to.equal('دورة تقييم');
    expect(radios(el).map((radio) => radio.parentElement!.textContent!.trim())).to.deep.equal([
      '١ (٢٠١٨)',
      '٢ (٢٠١٩)',
      '٣ (٢٠٢١)',
      '٤ (٢٠٢٣)',
      '٥ (٢٠٢٤)',
    ]);
    radios(el)[4].focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => showing(el) === 'تقييم ٤ · ٢٠٢٣', 'cycle 4 in Arabic');
    expect(text(el, '.frame > [role="status"]')).to.equal('يُعرض الآن تقييم ٤ · ٢٠٢٣');
    expect(text(el, '.delta')).to.equal('ارتفاع بمقدار ٠٫٦ نقطة مقارنةً بدورة تقييم ٣');
    expect(api.count('GET /centres/isa-town/evaluation?cycle=4')).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('a cycle without a published evaluation says so and keeps the switcher, to go back', async () => {
    const api = taqyeemApi(0, [2]);
    const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town"></centre-scorecard>`));
    radios(el)[1].click();
    await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the not-found message');
    expect(text(el, '[role="alert"]')).to.equal("This centre's evaluation for cycle 2 could not be found.");
    expect(checkedCycle(el)).to.equal('2');
    radios(el)[4].click();
    await until(() => showing(el) === 'Taqyeem 5 · 2024', 'back to cycle 5');
    expect(api.requests.map((request) => request.path)).to.deep.equal([
      '/centres/isa-town/evaluation',
      '/centres/isa-town/evaluation?cycle=2',
    ]);
  });

  it('the host can set cycle, which loads that cycle without a cycle-change', async () => {
    const api = taqyeemApi();
    const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town" cycle="3"></centre-scorecard>`));
    expect(showing(el)).to.equal('Taqyeem 3 · 2021');
    let changes = 0;
    el.addEventListener('cycle-change', () => changes++);
    el.setAttribute('cycle', '1');
    await until(() => showing(el) === 'Taqyeem 1 · 2018', 'cycle 1');
    expect(changes).to.equal(0);
    expect(api.requests.map((request) => request.path)).to.deep.equal([
      '/centres/isa-town/evaluation?cycle=3',
      '/centres/isa-town/evaluation?cycle=1',
    ]);
  });
});

describe('<centre-scorecard>: layout stability', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const width of [280, 720]) {
    for (const variant of ['card', 'compact', 'full']) {
      for (const lang of ['en', 'ar']) {
        it(`${variant} at ${width} px (${lang}): the loading skeleton has the height of the loaded evaluation`, async () => {
          taqyeemApi(DELAY);
          const el = await mount(html`<centre-scorecard centre-id="isa-town" variant=${variant} lang=${lang}></centre-scorecard>`, width);
          expect(el.shadowRoot!.querySelector('.placeholder'), 'still loading').to.exist;
          const loading = height(el);
          await settled(el);
          expect(el.shadowRoot!.querySelector('.score')).to.exist;
          expect(Math.abs(height(el) - loading), `loading ${loading} px, loaded ${height(el)} px`).to.be.at.most(4);
        });
      }
    }
  }

  it('with show-history too: the skeleton draws the trend of a typical history', async () => {
    taqyeemApi(DELAY);
    const el = await mount(html`<centre-scorecard centre-id="isa-town" variant="full" show-history></centre-scorecard>`, 720);
    const loading = height(el);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="history"]')).to.exist;
    expect(Math.abs(height(el) - loading), `loading ${loading} px, loaded ${height(el)} px`).to.be.at.most(4);
  });

  it('switching cycles keeps the old evaluation in place while the next loads: no jump', async () => {
    taqyeemApi(DELAY);
    const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town" variant="card"></centre-scorecard>`, 280));
    const before = height(el);
    radios(el)[3].click();
    await until(() => el.shadowRoot!.querySelector('.scorecard')?.getAttribute('aria-busy') === 'true', 'the busy state');
    expect(height(el), 'while loading').to.equal(before);
    await until(() => showing(el) === 'Taqyeem 4 · 2023', 'cycle 4');
    expect(Math.abs(height(el) - before), 'after loading a cycle of the same shape').to.be.at.most(4);
  });
});
