import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { RatingSubmission } from '../../src/core/contract.js';
import { resolveConfig } from '../../src/core/config.js';
import { OUTBOX_LOCK, deliverQueuedSubmissions, queuedSubmissions, resetOutbox, sendSubmission } from '../../src/core/outbox.js';
import { OUTBOX_FALLBACK_KEY, OUTBOX_PENDING_KEY } from '../../src/core/outbox-keys.js';
import { resetDeliveryTrigger } from '../../src/core/outbox-trigger.js';
import type { RatingErrorEvent, RatingSubmittedEvent } from '../../src/service-rating/events.js';
import { API_BASE, fakeApi, shadowText, until, type Reply, type RecordedRequest } from '../helpers/fake-api.js';
import '../helpers/probe-element.js';
import { RATINGS, cleanDevice, pick, rating, send } from './setup.js';

const idOf = (request: RecordedRequest) => (request.body as RatingSubmission).submissionId;
const online = () => window.dispatchEvent(new Event('online'));
const frames = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** A server that answers with `reply` until told otherwise, and counts what it stored. */
function server(initial: Reply | ((request: RecordedRequest) => Reply)) {
  let reply = initial;
  const storedIds: string[] = [];
  const api = fakeApi(
    {
      [RATINGS]: (request) => {
        const answer = typeof reply === 'function' ? reply(request) : reply;
        if (typeof answer === 'object' && (answer.status ?? 200) < 300) {
          const known = storedIds.includes(idOf(request));
          if (!known) storedIds.push(idOf(request));
          return { status: known ? 200 : 201, json: { submissionId: idOf(request), stored: true }, delayMs: answer.delayMs };
        }
        return answer;
      },
    },
    { timeoutMs: 200 },
  );
  return { api, storedIds, answer: (next: typeof reply) => (reply = next) };
}

async function queuedVote(lang = 'en') {
  const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" quick></service-rating>`);
  await pick(el, 4);
  const submitted = oneEvent(el, 'rating-submitted') as Promise<RatingSubmittedEvent>;
  await send(el);
  return { el, event: await submitted };
}

describe('<service-rating> and the outbox: every vote delivered exactly once', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  it('offline -> queued -> back online -> delivered exactly once', async () => {
    const { api, storedIds, answer } = server('network-error');
    const { el, event } = await queuedVote();
    expect(event.detail.queued).to.equal(true);
    expect(el.state).to.equal('queued');
    // The fake network fails while the browser is online: "saved", not "offline".
    expect(shadowText(el, '[part="message"]')).to.equal('Your rating is saved It will be sent as soon as the service can be reached.');
    const id = event.detail.submissionId;
    expect((await queuedSubmissions()).map((item) => item.submissionId)).to.deep.equal([id]);
    expect(localStorage.getItem(OUTBOX_PENDING_KEY)).to.equal('1');

    answer({ status: 201 });
    let submittedAgain = 0;
    el.addEventListener('rating-submitted', () => submittedAgain++);
    online();
    await until(() => el.state === 'submitted', 'delivery after online');
    expect(shadowText(el, '[part="message"]')).to.equal('Thank you We have received your rating.');
    expect(shadowText(el, '.visually-hidden[role="status"]')).to.equal('Your rating has been sent.');

    // More chances to send twice: another online event, and a new page with another rating.
    online();
    resetDeliveryTrigger();
    await fixture(html`<service-rating service-id="cr-renewal" quick></service-rating>`);
    await frames(10);
    await deliverQueuedSubmissions();
    const sends = api.requests.filter((request) => idOf(request) === id);
    expect(sends.length, 'one failed send, one delivery').to.equal(2);
    expect(storedIds).to.deep.equal([id]);
    expect(submittedAgain, 'rating-submitted is not fired a second time').to.equal(0);
    expect(await queuedSubmissions()).to.deep.equal([]);
  });

  for (const [what, reply] of [
    ['a 5xx', { status: 503 }],
    ['a timeout', 'hang'],
  ] as const) {
    it(`queues the vote after ${what}, then delivers it`, async () => {
      const { api, storedIds, answer } = server(reply);
      const { el, event } = await queuedVote();
      expect(el.state).to.equal('queued');
      expect(event.detail.queued).to.equal(true);
      expect(api.count(RATINGS)).to.equal(1);
      answer({ status: 201 });
      await deliverQueuedSubmissions();
      expect(storedIds).to.deep.equal([event.detail.submissionId]);
      await until(() => el.state === 'submitted', 'submitted');
    });
  }

  it('waits for Retry-After after a 429: no second POST before it, one after', async () => {
    const times: number[] = [];
    const { api } = server((request) => {
      times.push(performance.now());
      return times.length === 1
        ? { status: 429, headers: { 'retry-after': '1' } }
        : { status: 201, json: { submissionId: idOf(request), stored: true } };
    });
    const { el } = await queuedVote();
    expect(el.state).to.equal('queued');
    const [stored] = await queuedSubmissions();
    expect(stored.notBefore - Date.now()).to.be.greaterThan(500);
    online();
    await deliverQueuedSubmissions();
    await frames();
    expect(api.count(RATINGS), 'not before Retry-After').to.equal(1);
    await until(() => api.count(RATINGS) === 2, 'the send after Retry-After', 4000);
    expect(times[1] - times[0]).to.be.at.least(950);
    await until(() => el.state === 'submitted', 'submitted');
    expect(api.count(RATINGS)).to.equal(2);
  });

  it('delivers on a later page load, when a rating connects', async () => {
    const { api, storedIds, answer } = server('network-error');
    const config = resolveConfig({});
    const body = {
      submissionId: crypto.randomUUID(),
      score: 5,
      scale: 'stars',
      reasons: [],
      channel: 'web',
      locale: 'ar',
      page: location.origin + '/services/cr',
      clientTime: new Date().toISOString(),
    };
    expect((await sendSubmission(config, `${API_BASE}/services/cr-renewal/ratings`, body)).kind).to.equal('queued');
    // A new page: no timers, no open database, a fresh trigger.
    await resetOutbox();
    resetDeliveryTrigger();
    answer({ status: 201 });
    // Elements that know nothing of ratings leave the outbox alone.
    await fixture(html`<jawda-probe></jawda-probe>`);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(storedIds, 'nothing sent by an element that is not a rating').to.deep.equal([]);
    await fixture(html`<service-rating service-id="cr-renewal" quick></service-rating>`);
    await until(() => storedIds.length === 1, 'delivery by <service-rating>');
    expect(storedIds).to.deep.equal([body.submissionId]);
    await until(() => api.count(RATINGS) === 2, 'the request settled');
    await frames();
    expect(await queuedSubmissions()).to.deep.equal([]);
    expect(api.count(RATINGS)).to.equal(2);
  });

  it('opens no storage on a page with nothing waiting', async () => {
    server({ status: 201 });
    const opened: string[] = [];
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => {
      opened.push(name);
      return open(name, version);
    };
    try {
      resetDeliveryTrigger();
      await fixture(html`<service-rating service-id="cr-renewal" quick></service-rating>`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(opened).to.deep.equal([]);
    } finally {
      indexedDB.open = open;
    }
  });

  it('never sends one vote twice at once: two rounds (two tabs) deliver it once', async () => {
    const { api, storedIds, answer } = server('network-error');
    const { event } = await queuedVote();
    answer({ status: 201, delayMs: 50 } as Reply);
    await Promise.all([deliverQueuedSubmissions(), deliverQueuedSubmissions(), deliverQueuedSubmissions()]);
    expect(api.requests.filter((request) => idOf(request) === event.detail.submissionId).length).to.equal(2);
    expect(storedIds.length).to.equal(1);
  });

  it('leaves the delivery to the tab that holds the outbox lock', async () => {
    const { api, answer } = server('network-error');
    await queuedVote();
    answer({ status: 201 });
    await navigator.locks.request(OUTBOX_LOCK, async () => {
      await deliverQueuedSubmissions();
      expect(api.count(RATINGS), 'another tab is delivering').to.equal(1);
    });
    await deliverQueuedSubmissions();
    expect(api.count(RATINGS)).to.equal(2);
  });

  describe('without IndexedDB', () => {
    let original: PropertyDescriptor | undefined;
    beforeEach(async () => {
      await resetOutbox();
      original = Object.getOwnPropertyDescriptor(window, 'indexedDB');
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    afterEach(async () => {
      await resetOutbox();
      if (original) Object.defineProperty(window, 'indexedDB', original);
      else delete (window as { indexedDB?: unknown }).indexedDB;
    });

    it('keeps the vote in localStorage: the POST URL and the body, nothing else', async () => {
      const { api, storedIds, answer } = server('network-error');
      const { el, event } = await queuedVote('ar');
      expect(el.state).to.equal('queued');
      expect(shadowText(el, '[part="message"]')).to.equal('حُفظ تقييمك سيُرسَل حالما يتاح الوصول إلى الخدمة.');
      const records = JSON.parse(localStorage.getItem(OUTBOX_FALLBACK_KEY)!);
      expect(records.length).to.equal(1);
      expect(Object.keys(records[0]).sort()).to.deep.equal(['attempts', 'body', 'notBefore', 'queuedAt', 'submissionId', 'url']);
      expect(records[0].url).to.equal(`${API_BASE}/services/cr-renewal/ratings`);
      expect(records[0].body).to.deep.equal(api.requests[0].body);
      expect(Object.keys(records[0].body).every((key) => key in RatingSubmission.shape)).to.equal(true);
      answer({ status: 201 });
      online();
      await until(() => el.state === 'submitted', 'delivered from localStorage');
      expect(storedIds).to.deep.equal([event.detail.submissionId]);
      expect(localStorage.getItem(OUTBOX_FALLBACK_KEY)).to.equal(null);
    });

    it('never thanks for a vote that is neither stored by the server nor kept on the device', async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
      try {
        server('network-error');
        const el = await rating(html`<service-rating service-id="cr-renewal" quick></service-rating>`);
        await pick(el, 4);
        const failed = oneEvent(el, 'rating-error') as Promise<RatingErrorEvent>;
        await send(el);
        expect((await failed).detail.kind, 'the browser is online: the service is unreachable').to.equal('unreachable');
        expect(el.state).to.equal('error');
        expect(shadowText(el)).to.not.contain('Thank you');
        expect(shadowText(el, '[part="message"]')).to.equal(
          "We couldn't send your rating The service can't be reached from this page right now.",
        );
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
  });
});
