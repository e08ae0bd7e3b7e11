/** <service-rating kiosk>: a tablet at a centre's counter, one citizen after another. */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { deliverQueuedSubmissions, queuedSubmissions } from '../../src/core/outbox.js';
import { fakeApi, until } from '../helpers/fake-api.js';
import type { ServiceRating } from '../../src/service-rating/service-rating.js';
import { RATINGS, cleanDevice, stored } from './setup.js';

const face = (el: ServiceRating, score: number) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${score}"]`)!;
const text = (el: ServiceRating) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const posts = (api: { requests: { method: string; body: unknown }[] }) =>
  api.requests
    .filter((r) => r.method === 'POST')
    .map((r) => r.body as { submissionId: string; score: number; channel: string; dwellMs: number });

async function kiosk(attributes = html``, lang = 'en') {
  const box = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><service-rating service-id="cr-renewal" centre-id="isa-town" kiosk reset-after="1">${attributes}</service-rating></div>`,
  );
  const el = box.querySelector('service-rating') as ServiceRating;
  await el.localeReady();
  await until(() => face(el, 3), 'the faces');
  await el.updateComplete; // the kiosk's chunk
  return el;
}

describe('<service-rating kiosk>', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  for (const lang of ['en', 'ar']) {
    it(`(${lang}) faces, large targets, no send button; a tap 300 ms after the faces appeared is a vote, sent with channel kiosk`, async () => {
      const api = fakeApi({ [RATINGS]: stored });
      const el = await kiosk(html``, lang);
      expect(el.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(3);
      expect(el.shadowRoot!.querySelector('[part="submit"]')).to.equal(null);
      expect(face(el, 3).closest('label')!.getBoundingClientRect().height).to.be.at.least(96);
      await expect(el).to.be.accessible();
      await new Promise((resolve) => setTimeout(resolve, 300));
      face(el, 3).click();
      await until(() => posts(api).length === 1, 'the vote');
      expect(posts(api)[0]).to.include({ score: 3, channel: 'kiosk' });
      await until(() => text(el).includes(lang === 'en' ? 'Your rating has been recorded.' : 'تم تسجيل تقييمك.'), 'the thank-you');
      await expect(el).to.be.accessible();
    });
  }

  for (const [width, height] of [
    [360, 800],
    [768, 1024],
  ])
    for (const lang of ['en', 'ar'])
      it(`(${lang}) on a ${width} x ${height} screen, upright: the question and the three faces fit, nothing cut off or scrolled sideways`, async () => {
        // A phone or a tablet held upright: at 360 px the three faces were wider than the screen,
        // centred, so both ends were cut off where no scroll reaches.
        await setViewport({ width, height });
        try {
          fakeApi({ [RATINGS]: stored });
          const el = await kiosk(html``, lang);
          expect(el.scrollWidth, 'no sideways scroll').to.be.at.most(el.clientWidth);
          const boxes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.question, label.option, .option-name')].map(
            (node) => [node, node.getBoundingClientRect()] as const,
          );
          expect(boxes.length).to.be.at.least(7);
          for (const [node, box] of boxes) {
            expect(box.left, `${node.className} starts on screen`).to.be.at.least(0);
            expect(box.right, `${node.className} ends on screen`).to.be.at.most(width);
            expect(node.scrollWidth, `${node.className}: its words fit`).to.be.at.most(node.clientWidth + 1);
          }
          for (const score of [1, 2, 3]) expect(face(el, score).closest('label')!.getBoundingClientRect().height).to.be.at.least(96);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });

  it('two citizens in a row are two votes with two submission ids; a double tap is one vote', async () => {
    const api = fakeApi({ [RATINGS]: stored });
    const el = await kiosk();
    face(el, 3).click();
    face(el, 3).click(); // the same face twice, fast
    await until(() => el.state === 'submitted', 'the first vote');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(posts(api)).to.have.length(1);
    await until(() => el.state === 'idle', 'the question for the next citizen', 3000);
    face(el, 1).click();
    await until(() => posts(api).length === 2, 'the second vote');
    const [first, second] = posts(api);
    expect([first.score, second.score]).to.deep.equal([3, 1]);
    expect(first.submissionId).not.to.equal(second.submissionId);
  });

  it('a citizen who walks away mid-vote is reset after idle-reset seconds, and nothing is sent', async () => {
    const api = fakeApi({ [RATINGS]: stored });
    const options = JSON.stringify({
      high: [{ id: 'queue', label: { en: 'Short queue', ar: 'طابور قصير' } }],
      low: [{ id: 'wait', label: { en: 'Long wait', ar: 'انتظار طويل' } }],
    });
    const el = await kiosk(html``);
    el.setAttribute('reason-options', options);
    el.setAttribute('idle-reset', '1');
    await el.updateComplete;
    face(el, 3).click();
    await el.updateComplete;
    expect(el.state).to.equal('selected');
    expect(el.shadowRoot!.querySelector('[part="submit"]'), 'reasons are a second step, with Send').to.exist;
    await until(() => el.state === 'idle', 'the reset', 3000);
    expect(el.score).to.equal(undefined);
    expect(posts(api)).to.have.length(0);
  });

  it('offline: votes wait on the device with a discreet count for staff, then arrive once each, oldest first', async () => {
    const api = fakeApi({ [RATINGS]: 'network-error' }, { retry: { retries: 0 } });
    const el = await kiosk();
    face(el, 1).click();
    await until(() => el.state === 'queued', 'the first vote queued');
    expect(text(el)).to.contain('Your rating has been recorded.').and.not.contain('saved on this device');
    await until(() => el.state === 'idle', 'the next citizen', 3000);
    face(el, 3).click();
    await until(() => el.state === 'queued', 'the second vote queued');
    await until(() => el.pendingCount === 2, 'two waiting');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="pending"]')!.getAttribute('aria-label')).to.equal('2 ratings waiting to be sent');
    const waiting = (await queuedSubmissions()).map((item) => item.submissionId);
    api.route(RATINGS, stored);
    await deliverQueuedSubmissions();
    const delivered = posts(api)
      .slice(-2)
      .map((body) => body.submissionId);
    expect(delivered, 'oldest first, each once').to.deep.equal(waiting);
    await until(() => el.pendingCount === 0, 'nothing waiting');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="pending"]')).to.equal(null);
    await deliverQueuedSubmissions();
    expect(new Set(posts(api).map((body) => body.submissionId)).size, 'no vote sent again once stored').to.equal(2);
  });

  it('no per-device vote guard: the next citizen is never told "already rated"', async () => {
    fakeApi({ [RATINGS]: stored });
    const el = await kiosk();
    face(el, 2).click();
    await until(() => el.state === 'submitted', 'the vote');
    el.remove();
    const again = await kiosk();
    expect(again.state).to.equal('idle');
  });
});

describe('a vote kept on the device when the outbox itself could not be fetched', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  it('is written where the outbox reads, and delivered by it once, with its submissionId', async () => {
    const { keepOnDevice } = await import('../../src/service-rating/submission.js');
    const api = fakeApi({ [RATINGS]: stored });
    const body = {
      submissionId: '0b5e3c1e-8f2a-4c4b-9d2e-7a1f3e5c9b20',
      score: 4,
      scale: 'stars',
      reasons: [],
      channel: 'web',
      locale: 'ar',
      page: 'https://portal.example/service',
      clientTime: new Date().toISOString(),
    } as const;
    expect(keepOnDevice('https://api.jawda.test/v1/services/cr-renewal/ratings', body as never)).to.equal(true);
    expect((await queuedSubmissions()).map((item) => item.submissionId)).to.deep.equal([body.submissionId]);
    await deliverQueuedSubmissions();
    expect(posts(api).map((b) => b.submissionId)).to.deep.equal([body.submissionId]);
    expect(await queuedSubmissions()).to.deep.equal([]);
  });
});
