import { expect, html, oneEvent } from '@open-wc/testing';
import { fakeApi, resetJawda } from '../helpers/fake-api.js';
import { answer, ministry, row } from './fixtures.js';
import { mount, settled, text, type RatingResults } from './helpers.js';

/** Counts the element's renders from now on. */
function renders(el: RatingResults): () => number {
  let count = 0;
  const render = el.render.bind(el);
  el.render = () => (count++, render());
  return () => count;
}

describe('<rating-results refresh>: If-None-Match, 304 changes nothing, paused while hidden', () => {
  beforeEach(resetJawda);
  afterEach(() => {
    delete (document as { visibilityState?: string }).visibilityState;
    resetJawda();
  });

  it('asks again with the last ETag; a 304 renders nothing, a new answer is shown and announced', async () => {
    const api = fakeApi({ 'GET /results': { json: ministry(), headers: { etag: '"v1"' } } });
    const el = await settled(await mount(html`<rating-results refresh="60"></rating-results>`));
    expect(text(el, '.tile .figure')).to.equal('75%');
    api.route('GET /results', { status: 304 });
    const count = renders(el);
    await el.refreshNow();
    await el.updateComplete;
    expect(api.requests.at(-1)!.headers['if-none-match']).to.equal('"v1"');
    expect(count(), 'a 304 causes no render').to.equal(0);
    api.route('GET /results', { json: answer([row('2026-03', {}, 'stars', [0, 0, 0, 5, 15])]), headers: { etag: '"v2"' } });
    const loaded = oneEvent(el, 'results-load');
    await el.refreshNow();
    await loaded;
    await el.updateComplete;
    expect(text(el, '.tile .figure')).to.equal('100%');
    await el.refreshNow();
    expect(api.requests.at(-1)!.headers['if-none-match']).to.equal('"v2"');
  });

  it('paused while the page is hidden', async () => {
    const api = fakeApi({ 'GET /results': { json: ministry(), headers: { etag: '"v1"' } } });
    const el = await settled(await mount(html`<rating-results refresh="60"></rating-results>`));
    const asked = api.requests.length;
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await el.refreshNow();
    expect(api.requests.length).to.equal(asked);
  });

  it('refresh="60" asks every 60 seconds (the timer, not only the method)', async () => {
    const api = fakeApi({ 'GET /results': { json: ministry(), headers: { etag: '"v1"' } } });
    const intervals: number[] = [];
    const setInterval = window.setInterval;
    window.setInterval = ((fn: () => void, ms: number) => (intervals.push(ms), setInterval(fn, 1e9))) as typeof window.setInterval;
    try {
      await settled(await mount(html`<rating-results refresh="60"></rating-results>`));
    } finally {
      window.setInterval = setInterval;
    }
    expect(intervals).to.include(60_000);
    expect(api.requests.length).to.equal(1);
  });
});
