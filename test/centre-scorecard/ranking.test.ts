import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { JawdaError } from '../../src/core/errors.js';
import { fakeApi, resetJawda, until } from '../helpers/fake-api.js';
import { mount, text, withInlineJson, type CentreScorecard } from './helpers.js';
import { isaTown } from './fixtures.js';
import { CUSTOMS, manyEntries, rankingOf, starEntry, taqyeemFive } from './ranking-fixtures.js';

const root = (el: CentreScorecard) => el.shadowRoot!;
/** Waits until the ranking shows its table or a message (not the skeleton). */
async function ready(el: CentreScorecard): Promise<CentreScorecard> {
  await until(
    () => root(el).querySelector('.ranking, [role="alert"], [role="note"], .notice') && !root(el).querySelector('.placeholder'),
    'the ranking',
    8000,
  ); // the first one waits for the ranking's module
  await el.localeReady();
  return el;
}
const rows = (el: CentreScorecard, table = 0) => [...root(el).querySelectorAll('table')[table]!.querySelectorAll('tbody tr')];
const cell = (row: Element, selector: string) => (row.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (el: CentreScorecard, table = 0) => rows(el, table).map((row) => cell(row, 'th'));
const ranks = (el: CentreScorecard, table = 0) => rows(el, table).map((row) => cell(row, '.rank'));
const sortButton = (el: CentreScorecard, column: string) => root(el).querySelector<HTMLButtonElement>(`thead th.${column} button`)!;
const ariaSort = (el: CentreScorecard, column: string) => root(el).querySelector(`thead th.${column}`)!.getAttribute('aria-sort');
const select = (el: CentreScorecard, index: number) => root(el).querySelectorAll('select')[index]!;

async function choose(el: CentreScorecard, index: number, value: string): Promise<void> {
  const control = select(el, index);
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function inline(items = taqyeemFive(), attributes: Record<string, string> = {}, width = 900): Promise<CentreScorecard> {
  return ready(await mount(withInlineJson(rankingOf(items), { variant: 'ranking', ...attributes }), width));
}

describe('<centre-scorecard variant="ranking">', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  describe('order and ties', () => {
    it('best first; equal results share a rank (marked tied) and the next rank skips', async () => {
      const el = await inline();
      expect(names(el)).to.deep.equal([
        'Remote Customer Service Centre',
        'Commercial Registration Centre',
        'Metal Testing Centre',
        'Sea Port Clearance Centre',
        'Land Ports Customs Directorate',
      ]);
      expect(ranks(el)).to.deep.equal(['1st', '2nd tied', '2nd tied', '4th', '5th']);
      const first = rows(el)[0]!;
      expect(cell(first, '.result')).to.equal('96.4% Platinum');
      expect(cell(first, '.entity')).to.equal('Customs Affairs');
      expect(cell(first, '.model')).to.equal('Remote centre');
      expect(cell(first, '.change')).to.equal('+3.4Up 3.4 points from Taqyeem 4');
      expect(cell(rows(el)[4]!, '.change')).to.equal('—No comparable earlier result');
    });

    it('a tier summary above the table, best tier first whatever the sort, with plural forms', async () => {
      const el = await inline();
      const summary = () => [...root(el).querySelectorAll('.summary li')].map((li) => li.textContent);
      expect(summary()).to.deep.equal(['Platinum: one centre', 'Gold: 2 centres', 'Silver: one centre', 'No tier: one centre']);
      sortButton(el, 'centre').click();
      await el.updateComplete;
      expect(summary()).to.deep.equal(['Platinum: one centre', 'Gold: 2 centres', 'Silver: one centre', 'No tier: one centre']);
    });

    it('links the centre only when the data gives an https: URL', async () => {
      const el = await inline();
      const links = [...root(el).querySelectorAll('tbody a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://portal.example/centres/customs-remote']);
    });

    it('groups a mixed list by scheme: two tables, each ranked from 1, each with its own caption', async () => {
      const el = await inline([starEntry('a', 5), ...taqyeemFive(), starEntry('b', 6)]);
      expect(root(el).querySelectorAll('table')).to.have.length(2);
      expect(ranks(el, 1)).to.deep.equal(['1st', '2nd']);
      expect(names(el, 1)).to.deep.equal(['Customer Happiness Centre b', 'Customer Happiness Centre a']);
      const captions = [...root(el).querySelectorAll('caption')].map((c) => c.textContent);
      expect(captions).to.deep.equal(['Taqyeem 5 (2024): all centres', 'Global Star Rating 3 (2023): all centres']);
      expect(cell(rows(el, 1)[0]!, '.result')).to.equal('6 of 7 stars');
    });
  });

  describe('sorting', () => {
    it('by keyboard: Enter on a column header sorts, aria-sort follows, a second press reverses, focus stays', async () => {
      const el = await inline();
      expect(ariaSort(el, 'rank')).to.equal('ascending');
      expect(ariaSort(el, 'result'), 'only the sorted column has aria-sort').to.equal(null);
      sortButton(el, 'centre').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(ariaSort(el, 'centre')).to.equal('ascending');
      expect(ariaSort(el, 'rank')).to.equal(null);
      expect(names(el)[0]).to.equal('Commercial Registration Centre');
      expect(text(el, '.ranking > [role="status"]')).to.equal('Sorted by Centre, ascending');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(ariaSort(el, 'centre')).to.equal('descending');
      expect(names(el)[0]).to.equal('Sea Port Clearance Centre');
      expect(root(el).activeElement).to.equal(sortButton(el, 'centre'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(sortButton(el, 'result'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(ariaSort(el, 'result')).to.equal('descending');
      expect(names(el)[0]).to.equal('Remote Customer Service Centre');
    });

    it('by change: biggest gain first, centres without an earlier result last; ranks never change', async () => {
      const el = await inline();
      sortButton(el, 'change').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal([
        'Remote Customer Service Centre',
        'Metal Testing Centre',
        'Commercial Registration Centre',
        'Sea Port Clearance Centre',
        'Land Ports Customs Directorate',
      ]);
      expect(ranks(el)).to.deep.equal(['1st', '2nd tied', '2nd tied', '4th', '5th']);
    });
  });

  describe('filters', () => {
    it('the reader filters by tier and by model; the caption says the model; no match says so and offers to show all', async () => {
      const el = await inline();
      expect(root(el).querySelectorAll('select')).to.have.length(2);
      await choose(el, 0, 'gold');
      expect(names(el)).to.deep.equal(['Commercial Registration Centre', 'Metal Testing Centre']);
      expect(ranks(el), "ranks are the ranking's, not the filtered list's").to.deep.equal(['2nd tied', '2nd tied']);
      await choose(el, 1, 'remote');
      expect(root(el).querySelector('table')).to.equal(null);
      expect(text(el, '.notice')).to.contain('No centre in this list matches the chosen filters.');
      root(el).querySelector<HTMLButtonElement>('.notice button')!.click();
      await el.updateComplete;
      expect(rows(el)).to.have.length(5);
      await choose(el, 1, 'remote');
      expect(names(el)).to.deep.equal(['Remote Customer Service Centre']);
      expect(text(el, 'caption')).to.equal('Taqyeem 5 (2024): remote centres');
    });

    it('filters written as attributes go to the API, in the caption, and remove the model choice', async () => {
      const api = fakeApi({
        'GET /evaluations': {
          json: rankingOf(taqyeemFive().filter((e) => e.centre.entity.en === 'Customs Affairs' && e.centre.model === 'on-premise')),
        },
      });
      const el = await ready(
        await mount(
          html`<centre-scorecard variant="ranking" cycle="5" entity="customs" model="on-premise" scheme="percentage-tier"></centre-scorecard>`,
          900,
        ),
      );
      expect(api.requests.map((r) => r.path)).to.deep.equal([
        '/evaluations?cycle=5&entity=customs&model=on-premise&scheme=percentage-tier',
      ]);
      expect(text(el, 'caption')).to.equal(`Taqyeem 5 (2024): on-premise centres of ${CUSTOMS.en}`);
      expect(root(el).querySelectorAll('select'), 'one model only: no model filter').to.have.length(1);
    });

    for (const [attribute, value] of [
      ['model', 'kiosk'],
      ['scheme', 'grades'],
      ['page-size', 'ten'],
    ] as const) {
      it(`${attribute}="${value}" is a setup problem: named in the element, one error event, nothing loaded`, async () => {
        const api = fakeApi({ 'GET /evaluations': { json: rankingOf(taqyeemFive()) } });
        const el = document.createElement('centre-scorecard');
        el.setAttribute('variant', 'ranking');
        el.setAttribute(attribute, value);
        const failed = oneEvent(el, 'scorecard-error');
        await mount(el);
        const event = await failed;
        expect((event.detail as JawdaError).kind).to.equal('misconfigured');
        expect((event.detail as JawdaError).details.attribute).to.equal(attribute);
        expect(text(el, '[role="note"]'), 'a setup note (design language §4)').to.contain(value);
        expect(api.requests).to.have.length(0);
      });
    }

    it('variant="ranking" and back to a card: each loads its own data, the other stops', async () => {
      const api = fakeApi({
        'GET /evaluations': { json: rankingOf(taqyeemFive()) },
        'GET /centres/isa-town/evaluation': { json: isaTown(5) },
      });
      const el = await ready(
        await mount(html`<centre-scorecard variant="ranking" centre-id="isa-town" cycle="5"></centre-scorecard>`, 900),
      );
      expect(api.requests.map((r) => r.path)).to.deep.equal(['/evaluations?cycle=5']);
      el.variant = 'card';
      await until(() => text(el, '.score') === '91.4%', 'the card');
      el.cycle = 4;
      await until(() => api.requests.length === 3, 'the card of cycle 4');
      await el.updateComplete;
      expect(api.requests.map((r) => r.path)).to.deep.equal([
        '/evaluations?cycle=5',
        '/centres/isa-town/evaluation?cycle=5',
        '/centres/isa-town/evaluation?cycle=4',
      ]);
    });

    it('a ranking needs no centre-id', async () => {
      fakeApi({ 'GET /evaluations': { json: rankingOf(taqyeemFive()) } });
      const el = await ready(await mount(html`<centre-scorecard variant="ranking"></centre-scorecard>`, 900));
      expect(rows(el)).to.have.length(5);
    });
  });

  describe('paging and requests', () => {
    it('pages of 25 by default; next and previous move between them and say which page', async () => {
      const el = await inline(manyEntries(30));
      expect(rows(el)).to.have.length(25);
      expect(text(el, '.pager [role="status"]')).to.equal('Page 1 of 2');
      const [previous, next] = root(el).querySelectorAll<HTMLButtonElement>('.pager button');
      expect(previous!.getAttribute('aria-disabled')).to.equal('true');
      next!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(rows(el)).to.have.length(5);
      expect(text(el, '.pager [role="status"]')).to.equal('Page 2 of 2');
      expect(ranks(el)[0]).to.equal('26th');
      expect(next!.getAttribute('aria-disabled')).to.equal('true');
      expect(root(el).activeElement, 'the focus stays on the button').to.equal(next);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(el, '.pager [role="status"]'), 'nothing after the last page').to.equal('Page 2 of 2');
      previous!.click();
      await el.updateComplete;
      expect(text(el, '.pager [role="status"]')).to.equal('Page 1 of 2');
    });

    it('page-size="10" gives pages of 10; a sort starts again at page 1', async () => {
      const el = await inline(manyEntries(30), { 'page-size': '10' });
      expect(rows(el)).to.have.length(10);
      expect(text(el, '.pager [role="status"]')).to.equal('Page 1 of 3');
      root(el).querySelectorAll<HTMLButtonElement>('.pager button')[1]!.click();
      await el.updateComplete;
      expect(text(el, '.pager [role="status"]')).to.equal('Page 2 of 3');
      sortButton(el, 'result').click();
      await el.updateComplete;
      expect(text(el, '.pager [role="status"]')).to.equal('Page 1 of 3');
    });

    it('follows nextCursor until the last page, then ranks the whole cycle', async () => {
      const all = manyEntries(12);
      const api = fakeApi({
        'GET /evaluations': (request) =>
          request.path.includes('cursor=p2') ? { json: rankingOf(all.slice(5)) } : { json: rankingOf(all.slice(0, 5), 'p2') },
      });
      const el = await ready(await mount(html`<centre-scorecard variant="ranking" cycle="5"></centre-scorecard>`, 900));
      expect(api.requests.map((r) => r.path)).to.deep.equal(['/evaluations?cycle=5', '/evaluations?cycle=5&cursor=p2']);
      expect(rows(el)).to.have.length(12);
      expect(ranks(el)[0]).to.equal('1st');
    });

    it('another cycle loads again, keeps the list on screen (busy) meanwhile, and starts at page 1', async () => {
      const api = fakeApi({ 'GET /evaluations': { json: rankingOf(manyEntries(30)) } });
      const el = await ready(await mount(html`<centre-scorecard variant="ranking" cycle="5"></centre-scorecard>`, 900));
      root(el).querySelectorAll<HTMLButtonElement>('.pager button')[1]!.click();
      await el.updateComplete;
      api.route('GET /evaluations', { json: rankingOf(manyEntries(30)), delayMs: 300 });
      el.cycle = 4;
      await until(() => api.requests.length === 2, 'the request for cycle 4');
      await el.updateComplete;
      expect(root(el).querySelector('.ranking')!.getAttribute('aria-busy')).to.equal('true');
      expect(rows(el), 'the list stays while the next cycle loads').to.have.length(5);
      expect(api.requests[1]!.path).to.equal('/evaluations?cycle=4');
      await until(() => root(el).querySelector('.ranking')!.getAttribute('aria-busy') === 'false', 'cycle 4');
      expect(text(el, '.pager [role="status"]')).to.equal('Page 1 of 2');
    });

    it('another selection (a filter) shows the skeleton, not the old list, while it loads', async () => {
      const api = fakeApi({ 'GET /evaluations': { json: rankingOf(taqyeemFive()), delayMs: 200 } });
      const el = await ready(await mount(html`<centre-scorecard variant="ranking" cycle="5"></centre-scorecard>`, 900));
      el.setAttribute('model', 'remote');
      await until(() => api.requests.length === 2, 'the request for remote centres');
      await el.updateComplete;
      expect(root(el).querySelector('.placeholder')).to.not.equal(null);
    });

    it('a server error says so, fires scorecard-error and retries on request', async () => {
      const api = fakeApi({ 'GET /evaluations': { status: 503 } });
      const el = document.createElement('centre-scorecard');
      el.setAttribute('variant', 'ranking');
      const failed = oneEvent(el, 'scorecard-error');
      await mount(el);
      expect(((await failed).detail as JawdaError).kind).to.equal('http');
      await ready(el);
      api.route('GET /evaluations', { json: rankingOf(taqyeemFive()) });
      root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await until(() => root(el).querySelector('table'), 'the table after the retry');
    });

    it('an empty cycle says that nothing is published', async () => {
      fakeApi({ 'GET /evaluations': { json: rankingOf([]) } });
      const el = await ready(await mount(html`<centre-scorecard variant="ranking" cycle="9"></centre-scorecard>`));
      expect(text(el, '.notice')).to.equal('No results are published for this selection.');
    });
  });

  describe('narrow layout', () => {
    it('in a 320 px box: rank, name, result and change stay; nothing scrolls sideways', async () => {
      const el = await inline(taqyeemFive(), {}, 320);
      const table = root(el).querySelector('table')!;
      expect(el.scrollWidth).to.be.at.most(320);
      expect(table.scrollWidth).to.be.at.most(table.parentElement!.clientWidth);
      expect(root(el).querySelector('.frame')!.scrollWidth).to.be.at.most(root(el).querySelector('.frame')!.clientWidth);
      const first = rows(el)[0]!;
      const visible = (selector: string) => getComputedStyle(first.querySelector(selector)!).display !== 'none';
      expect(['.rank', 'th', '.result', '.change'].map(visible)).to.deep.equal([true, true, true, true]);
      expect(['.entity', '.model'].map(visible)).to.deep.equal([false, false]);
      for (const row of rows(el)) expect(row.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      const [rank, name, result] = ['.rank', 'th', '.result'].map((selector) => first.querySelector(selector)!.getBoundingClientRect());
      expect(result.top, 'the result under the name').to.be.at.least(name.bottom - 1);
      expect(rank.right, 'the rank beside the name').to.be.at.most(name.left + 1);
      expect(name.width, 'room for the name').to.be.above(120);
      await expect(el).to.be.accessible();
    });

    it('in a 900 px box every column shows', async () => {
      const el = await inline();
      expect(getComputedStyle(rows(el)[0]!.querySelector('.entity')!).display).to.equal('table-cell');
    });
  });

  describe('Arabic', () => {
    it('right to left, Arabic names, Arabic-Indic digits, an Arabic caption and summary', async () => {
      const el = await inline(taqyeemFive(), { lang: 'ar', entity: 'moic', model: 'on-premise' });
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(text(el, 'caption')).to.equal('تقييم ٥ (٢٠٢٤): المراكز الحضورية في وزارة الصناعة والتجارة');
      expect(names(el), 'tied, in Arabic alphabetical order').to.deep.equal(['مركز السجل التجاري', 'مركز فحص المعادن']);
      expect(ranks(el)).to.deep.equal(['١ مكرر', '١ مكرر']);
      expect(cell(rows(el)[0]!, '.result')).to.match(/^٩١٫٢٪\u061C? ذهبي$/);
      expect(cell(rows(el)[1]!, '.change')).to.match(/^\u061C?\+٢٫٢ارتفاع بمقدار ٢٫٢ نقطة مقارنةً بدورة تقييم ٤$/);
      expect([...root(el).querySelectorAll('.summary li')].map((li) => li.textContent)).to.deep.equal(['ذهبي: مركزان']);
      expect(cell(root(el).querySelector('thead tr')!, 'th.rank')).to.equal('المرتبة');
      const table = root(el).querySelector('table')!;
      const rankCell = rows(el)[0]!.querySelector('.rank')!.getBoundingClientRect();
      expect(rankCell.right, 'the rank column is on the right').to.be.closeTo(table.getBoundingClientRect().right, 2);
    });

    it('sorts Arabic names in Arabic order', async () => {
      const el = await inline(taqyeemFive(), { lang: 'ar' });
      sortButton(el, 'centre').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal([
        'إدارة جمارك المنافذ البرية',
        'مركز التخليص بالموانئ البحرية',
        'مركز السجل التجاري',
        'مركز خدمة العملاء عن بعد',
        'مركز فحص المعادن',
      ]);
      expect(text(el, '.ranking > [role="status"]')).to.equal('مرتبة حسب المركز تصاعديًا');
    });
  });

  describe('accessibility: two rankings on one page, in every state', () => {
    const pair = async (lang: string, routes: Parameters<typeof fakeApi>[0], wait = true) => {
      fakeApi(routes);
      const box = await fixture<HTMLDivElement>(html`<div style="width: 900px">
        <centre-scorecard variant="ranking" cycle="5" model="on-premise" lang=${lang}></centre-scorecard>
        <centre-scorecard variant="ranking" cycle="5" model="remote" lang=${lang}></centre-scorecard>
      </div>`);
      const els = [...box.querySelectorAll('centre-scorecard')];
      for (const el of els) await (wait ? ready(el) : el.localeReady());
      return { box, els };
    };
    const onPremise = taqyeemFive().filter((e) => e.centre.model === 'on-premise');
    const remote = taqyeemFive().filter((e) => e.centre.model === 'remote');
    const byModel = (request: { path: string }) => ({ json: rankingOf(request.path.includes('model=remote') ? remote : onPremise) });

    for (const lang of ['en', 'ar']) {
      it(`loading (${lang}): skeletons hidden from assistive technology, with a status`, async () => {
        const { box, els } = await pair(lang, { 'GET /evaluations': 'hang' }, false);
        await until(() => els.every((el) => root(el).querySelector('.placeholder table')), 'the skeleton tables');
        const placeholder = root(els[0]!).querySelector('.placeholder')!;
        expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
        expect(placeholder.hasAttribute('inert')).to.equal(true);
        await expect(box).to.be.accessible();
      });

      it(`ready (${lang}): the captions differ, so the tables have unique names`, async () => {
        const { box, els } = await pair(lang, { 'GET /evaluations': byModel });
        const [a, b] = els.map((el) => text(el, 'caption'));
        expect(a).to.not.equal(b);
        await expect(box).to.be.accessible();
      });

      it(`empty filter result (${lang}): the message and the filters, nothing else`, async () => {
        fakeApi({
          'GET /evaluations': (request) => ({
            json: rankingOf(taqyeemFive().filter((e) => request.path.includes(`entity=${e.centre.entity.id}`))),
          }),
        });
        const box = await fixture<HTMLDivElement>(html`<div style="width: 900px">
          <centre-scorecard variant="ranking" cycle="5" entity="customs" lang=${lang}></centre-scorecard>
          <centre-scorecard variant="ranking" cycle="5" entity="customs" scheme="percentage-tier" lang=${lang}></centre-scorecard>
        </div>`);
        const els = [...box.querySelectorAll('centre-scorecard')];
        for (const el of els) {
          await ready(el);
          await choose(el, 0, 'platinum');
          await choose(el, 1, 'on-premise');
          expect(root(el).querySelector('table')).to.equal(null);
          expect(root(el).querySelector('.notice button')).to.not.equal(null);
        }
        await expect(box).to.be.accessible();
      });

      it(`error (${lang})`, async () => {
        const { box, els } = await pair(lang, { 'GET /evaluations': { status: 503 } });
        for (const el of els) expect(root(el).querySelector('[role="alert"] button')).to.not.equal(null);
        await expect(box).to.be.accessible();
      });
    }
  });
});
