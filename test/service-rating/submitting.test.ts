import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RatingSubmission } from '../../src/core/contract.js';
import { queuedSubmissions } from '../../src/core/outbox.js';
import type { RatingSubmitEvent, RatingErrorEvent, RatingSubmittedEvent } from '../../src/service-rating/events.js';
import { fakeApi, shadowText, until, type RecordedRequest, type Reply } from '../helpers/fake-api.js';
import { RATINGS, SUMMARY, cleanDevice, focused, pick, radio, rating, send, stored, summary } from './setup.js';

const body = (request: RecordedRequest) => request.body as RatingSubmission;

describe('<service-rating>: sending a vote', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  it('POSTs the contract body once, with a fresh idempotency key and the page URL without query or hash', async () => {
    const api = fakeApi({ [RATINGS]: stored });
    const here = location.href;
    history.replaceState(null, '', `${location.pathname}?cpr=870101234&token=abc#step-3`);
    try {
      const el = await rating(
        html`<service-rating service-id="cr-renewal" centre-id="isa-town" channel="centre" transaction-id="TX-2024-000123" scale="faces"></service-rating>`,
      );
      await pick(el, 3);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[value="efficiency"]')!.click();
      const textarea = el.shadowRoot!.querySelector('textarea')!;
      textarea.focus();
      await sendKeys({ type: '  Done in ten minutes.  ' });
      const submitted = oneEvent(el, 'rating-submitted') as Promise<RatingSubmittedEvent>;
      await send(el);
      const event = await submitted;

      expect(api.count(RATINGS)).to.equal(1);
      const sent = body(api.requests[0]);
      expect(RatingSubmission.safeParse(sent).success, 'valid against the contract').to.equal(true);
      expect(sent.submissionId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(sent).to.deep.include({
        score: 3,
        scale: 'faces',
        reasons: ['efficiency'],
        comment: 'Done in ten minutes.',
        channel: 'centre',
        centreId: 'isa-town',
        transactionId: 'TX-2024-000123',
        locale: 'en',
        page: location.origin + location.pathname,
      });
      expect(sent.page).to.not.contain('?').and.not.contain('#').and.not.contain('cpr');
      expect(sent.website, 'the honeypot never leaves the device').to.equal(undefined);
      expect(sent.dwellMs).to.be.a('number');
      expect(new Date(sent.clientTime).toString()).to.not.equal('Invalid Date');
      expect(api.requests[0].credentials).to.equal('omit');

      expect(event.detail).to.deep.equal({ submissionId: sent.submissionId, score: 3, queued: false });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(el.state).to.equal('submitted');
      expect(shadowText(el, '[part="message"]')).to.equal('Thank you We have received your rating.');
      expect(focused(el), 'focus moves to the thank-you message').to.equal(el.shadowRoot!.querySelector('[part="message"]'));
      expect(await queuedSubmissions(), 'nothing left in the outbox').to.deep.equal([]);
    } finally {
      history.replaceState(null, '', here);
    }
  });

  it('announces sending politely, and keeps the button in the tab order while it sends', async () => {
    let release: (reply: Reply) => void = () => undefined;
    const api = fakeApi({ [RATINGS]: () => new Promise<Reply>((resolve) => (release = resolve)) });
    const el = await rating(html`<service-rating lang="ar" service-id="cr-renewal" quick></service-rating>`);
    await pick(el, 3);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
    button.click();
    await el.updateComplete;
    expect(el.state).to.equal('submitting');
    expect(shadowText(el, '[role="status"]')).to.equal('جارٍ إرسال تقييمك…');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    expect(shadowText(el, '[part="submit"]')).to.equal('جارٍ الإرسال…');
    button.click();
    await el.updateComplete;
    expect(el.state, 'a second press sends nothing more').to.equal('submitting');
    // Settle it with a refusal, so nothing is left in the outbox for the next test.
    await until(() => api.count(RATINGS) === 1, 'the request');
    release({ status: 400, json: { error: 'invalid', issues: [] } });
    await until(() => el.state === 'error', 'settled');
  });

  it('uses a new submissionId for each vote', async () => {
    const api = fakeApi({ [RATINGS]: stored });
    for (const id of ['TX-1', 'TX-2']) {
      const el = await rating(html`<service-rating service-id="cr-renewal" transaction-id=${id} quick></service-rating>`);
      await pick(el, 5);
      await send(el);
    }
    const [first, second] = api.requests.map((request) => body(request).submissionId);
    expect(first).to.not.equal(second);
  });

  it('shows the updated average and count after the vote with show-summary', async () => {
    const api = fakeApi({
      [RATINGS]: (request) => ({ status: 201, json: { submissionId: body(request).submissionId, stored: true } }),
      [SUMMARY]: { json: summary({ count: 1205, average: 4.3 }) },
    });
    const el = await rating(html`<service-rating service-id="cr-renewal" show-summary quick></service-rating>`);
    expect(api.count(SUMMARY), 'nothing loaded before the vote').to.equal(0);
    await pick(el, 5);
    await send(el);
    await until(() => el.shadowRoot!.querySelector('[role="img"]'), 'the summary');
    const image = el.shadowRoot!.querySelector('[role="img"]');
    expect(api.count(SUMMARY), 'loaded after the vote').to.equal(1);
    expect(image!.getAttribute('aria-label')).to.equal('4.3 out of 5, 1,205 ratings');
  });

  it('takes the summary from the receipt when the server sends one', async () => {
    const api = fakeApi({
      [RATINGS]: (request) => ({
        status: 201,
        json: { submissionId: body(request).submissionId, stored: true, summary: summary({ count: 7, average: 3.9 }) },
      }),
    });
    const el = await rating(html`<service-rating lang="ar" service-id="cr-renewal" show-summary quick></service-rating>`);
    await pick(el, 4);
    await send(el);
    expect(api.count(SUMMARY)).to.equal(0);
    expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal('٣٫٩ من ٥، ٧ تقييمات');
    expect(shadowText(el, '[part="message"]')).to.equal('شكرًا لك وصلنا تقييمك.');
  });

  it('lets the host add context fields in rating-submit, or cancel the vote', async () => {
    const api = fakeApi({ [RATINGS]: stored });
    const el = await rating(html`<service-rating service-id="cr-renewal" quick></service-rating>`);
    await pick(el, 2);
    const cancel = (event: RatingSubmitEvent) => event.preventDefault();
    el.addEventListener('rating-submit', cancel, { once: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await el.updateComplete;
    expect(api.count(RATINGS), 'cancelled: nothing sent').to.equal(0);
    expect(el.state).to.equal('selected');

    el.addEventListener(
      'rating-submit',
      (event) => {
        expect(event.detail.submission.score).to.equal(2);
        event.detail.context.caseType = 'renewal';
        event.detail.context.step = 3;
      },
      { once: true },
    );
    await send(el);
    expect(body(api.requests[0]).context).to.deep.equal({ caseType: 'renewal', step: 3 });
  });

  it('asks for a score before sending, and sends nothing', async () => {
    const api = fakeApi({ [RATINGS]: stored });
    const el = await rating(html`<service-rating service-id="cr-renewal"></service-rating>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(shadowText(el, '.field-error')).to.equal('Choose a rating first.');
    expect(focused(el)).to.equal(radio(el, 1));
    expect(api.count(RATINGS)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en', 'ar'] as const)
    it(`(${lang}) a 400 on a field of the portal's only: the error in one plain sentence, the field's name and the server's words nowhere on screen`, async () => {
      fakeApi({
        [RATINGS]: {
          status: 400,
          json: { error: 'invalid', issues: [{ path: 'transactionId', code: 'custom', message: 'must match ^TX-' }] },
        },
      });
      const el = await rating(html`<service-rating service-id="cr-renewal" lang=${lang} quick></service-rating>`);
      await pick(el, 1);
      await send(el);
      await until(() => el.state === 'error', 'the error');
      expect(shadowText(el, '[part="message"]')).to.equal(
        lang === 'en'
          ? "We couldn't send your rating The service turned down this page's request."
          : 'تعذّر إرسال تقييمك رفضت الخدمة طلب هذه الصفحة.',
      );
      expect(shadowText(el)).to.not.contain('transactionId');
      expect(shadowText(el)).to.not.contain('TX-');
      expect(shadowText(el, '[part="message"]'), 'no status code').to.not.match(/400|٤٠٠/);
      await expect(el).to.be.accessible();
    });

  it("a 400 on fields the citizen never typed: one plain sentence, no field names nor the server's words; neither retried nor queued", async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const api = fakeApi({
      [RATINGS]: {
        status: 400,
        json: {
          error: 'invalid',
          issues: [
            { path: 'transactionId', code: 'custom', message: hostile },
            { path: 'comment', code: 'too_big', message: 'Too big: expected string to have <=600 characters' },
          ],
        },
      },
    });
    const el = await rating(html`<service-rating service-id="cr-renewal" quick></service-rating>`);
    await pick(el, 1);
    const failed = oneEvent(el, 'rating-error') as Promise<RatingErrorEvent>;
    await send(el);
    const error = (await failed).detail;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(400);
    expect(el.state).to.equal('error');
    const message = el.shadowRoot!.querySelector('[part="message"]')!;
    // The comment is the one field the citizen types: said in plain words. The transaction id is the
    // portal's (design language §6: no ids, codes or developer words for citizens); the host has it
    // all in the event's detail.
    expect(shadowText(el, '[part="message"]')).to.equal(
      "We couldn't send your rating Your comment is too long. Shorten it and send again.",
    );
    expect(message.querySelector('code, ul')).to.equal(null);
    expect(shadowText(el)).to.not.contain('transactionId');
    expect(error.details.issues!.map((issue) => issue.path)).to.deep.equal(['transactionId', 'comment']);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(shadowText(el)).to.not.contain('Thank you');
    expect(focused(el)).to.equal(message);
    expect(await queuedSubmissions()).to.deep.equal([]);
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.count(RATINGS), 'a 400 is never sent again').to.equal(1);
    // The form stays, with the choice, so the citizen can correct and send again.
    expect(radio(el, 1).checked).to.equal(true);
  });

  describe('spam', () => {
    it('a vote whose honeypot is filled is sent anyway, with it, for the server to mark: nothing dropped in silence', async () => {
      const api = fakeApi({ [RATINGS]: stored });
      const el = await rating(html`<service-rating service-id="cr-renewal" quick></service-rating>`);
      await pick(el, 5);
      el.shadowRoot!.querySelector<HTMLInputElement>('.trap input')!.value = 'https://spam.example';
      const submitted = oneEvent(el, 'rating-submitted') as Promise<RatingSubmittedEvent>;
      await send(el);
      expect((await submitted).detail.queued).to.equal(false);
      expect(shadowText(el, '[part="message"]')).to.equal('Thank you We have received your rating.');
      const posts = api.requests.filter((request) => request.method === 'POST');
      expect(posts.map((request) => (request.body as { website?: string }).website)).to.deep.equal(['https://spam.example']);
    });

    it('a vote sent at once after the question appeared is sent, with its dwell time, not dropped', async () => {
      const api = fakeApi({ [RATINGS]: stored });
      const el = await rating(html`<service-rating service-id="cr-renewal" quick></service-rating>`);
      await pick(el, 4);
      await send(el);
      expect(el.state).to.equal('submitted');
      const [post] = api.requests.filter((request) => request.method === 'POST');
      expect((post.body as { dwellMs: number }).dwellMs)
        .to.be.a('number')
        .and.below(1500);
    });

    it('keeps the honeypot out of the tab order and the accessibility tree', async () => {
      fakeApi();
      const el = await rating(html`<service-rating service-id="cr-renewal"></service-rating>`);
      expect(el.shadowRoot!.querySelector('.trap'), 'drawn once the choices are touched').to.equal(null);
      await pick(el, 2);
      const trap = el.shadowRoot!.querySelector<HTMLInputElement>('.trap input')!;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    });
  });

  describe('one vote per transaction', () => {
    it('shows already-rated for a second vote on the same transaction, on this device', async () => {
      const api = fakeApi({ [RATINGS]: stored, [SUMMARY]: { json: summary() } });
      const first = await rating(html`<service-rating service-id="cr-renewal" transaction-id="TX-2024-000123" quick></service-rating>`);
      await pick(first, 5);
      await send(first);
      expect(localStorage.getItem('jawda:rating:transaction:cr-renewal:TX-2024-000123')).to.be.a('string');

      const again = await rating(
        html`<service-rating service-id="cr-renewal" transaction-id="TX-2024-000123" show-summary></service-rating>`,
      );
      expect(again.state).to.equal('already-rated');
      expect(shadowText(again, '[part="message"]')).to.equal('You have already rated this service');
      expect(again.shadowRoot!.querySelector('input[type="radio"]')).to.equal(null);
      expect(document.cookie).to.equal('');
      const other = await rating(html`<service-rating service-id="cr-renewal" transaction-id="TX-2024-000124"></service-rating>`);
      expect(other.state, 'another transaction may be rated').to.equal('idle');
      expect(api.count(RATINGS)).to.equal(1);
    });

    it('without a transaction, waits for the cool-down (24 h by default, configurable)', async () => {
      fakeApi({ [RATINGS]: stored });
      const el = await rating(html`<service-rating service-id="cr-renewal" quick></service-rating>`);
      await pick(el, 3);
      await send(el);
      expect(localStorage.getItem('jawda:rating:service:cr-renewal')).to.be.a('string');
      const later = await rating(html`<service-rating service-id="cr-renewal"></service-rating>`);
      expect(later.state).to.equal('already-rated');
      expect(shadowText(later, '[part="message"]')).to.match(/^You have already rated this service You can rate it again after .+\.$/);
      const noLimit = await rating(html`<service-rating service-id="cr-renewal" cooldown="0"></service-rating>`);
      expect(noLimit.state).to.equal('idle');
      const ar = await rating(html`<service-rating lang="ar" service-id="cr-renewal"></service-rating>`);
      expect(shadowText(ar, '[part="message"]')).to.match(/^قيّمت هذه الخدمة من قبل يمكنك تقييمها مرة أخرى بعد [^\d]+\.$/);
    });
  });
});
