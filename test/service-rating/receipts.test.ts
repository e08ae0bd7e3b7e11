/**
 * What a 2xx answer to the rating POST means (issue 9): JSON of any shape, an empty body or plain
 * text is a stored vote (its summary is used only when it is our RatingReceipt); an HTML page is not
 * the API answering (a captive portal, a proxy), so the vote stays on the device and is sent again
 * later with the same submissionId.
 */
import { expect, html } from '@open-wc/testing';
import { RatingSubmission } from '../../src/core/contract.js';
import { resolveConfig } from '../../src/core/config.js';
import { deliverQueuedSubmissions, queuedSubmissions, sendSubmission } from '../../src/core/outbox.js';
import type { RatingSubmittedEvent } from '../../src/service-rating/events.js';
import type { ServiceRating } from '../../src/service-rating/service-rating.js';
import { API_BASE, fakeApi, shadowText, until, type RecordedRequest, type Reply } from '../helpers/fake-api.js';
import { RATINGS, SUMMARY, cleanDevice, pick, rating, send, summary } from './setup.js';

const idOf = (request: RecordedRequest) => (request.body as RatingSubmission).submissionId;
const SENT = 'Thank you We have received your rating.';
const QUEUED = 'Your rating is saved It will be sent as soon as the service can be reached.';

/** A vote sent from a fresh element, with the events it fired. */
async function vote(template = html`<service-rating service-id="cr-renewal" quick></service-rating>`) {
  const el = await rating(template);
  const errors: Event[] = [];
  const submittedEvents: RatingSubmittedEvent[] = [];
  el.addEventListener('rating-error', (event) => errors.push(event));
  el.addEventListener('rating-submitted', (event) => submittedEvents.push(event as RatingSubmittedEvent));
  await pick(el, 4);
  await send(el);
  return { el, errors, submittedEvents, event: submittedEvents[0] };
}

const submitButton = (el: ServiceRating) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]');

async function expectSent(el: ServiceRating, errors: Event[], event: RatingSubmittedEvent): Promise<void> {
  expect(
    errors.map((error) => (error as CustomEvent).detail),
    'no rating-error',
  ).to.deep.equal([]);
  expect(el.state).to.equal('submitted');
  expect(shadowText(el, '[part="message"]')).to.equal(SENT);
  expect(event?.detail.queued).to.equal(false);
  expect(await queuedSubmissions(), 'nothing left in the outbox').to.deep.equal([]);
}

describe('<service-rating>: what a 2xx answer to the vote means', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  it('201 with the API\'s own JSON ({"id":"x"}) is a stored vote: sent, once, and no second submissionId', async () => {
    const api = fakeApi({ [RATINGS]: { status: 201, json: { id: 'x' } } });
    const { el, errors, submittedEvents, event } = await vote();
    await expectSent(el, errors, event);
    expect(shadowText(el)).to.not.contain('submissionId').and.not.contain('not sent');
    expect(api.count(RATINGS)).to.equal(1);
    expect(submitButton(el), 'no send button left to press').to.equal(null);
    // Whatever happens next on the page, the vote is not posted again.
    window.dispatchEvent(new Event('online'));
    await deliverQueuedSubmissions();
    expect(api.count(RATINGS)).to.equal(1);
    expect(new Set(api.requests.map(idOf)).size).to.equal(1);
    expect(submittedEvents.length).to.equal(1);
  });

  for (const [what, reply] of [
    ['200 with a JSON array', { status: 200, json: [1, 2] }],
    ['201 with JSON null', { status: 201, text: 'null' }],
    ['201 with a receipt that does not validate', { status: 201, json: { submissionId: 'not-a-uuid', stored: 'yes' } }],
    ['201 with an empty body', { status: 201 }],
    ['204 No Content', { status: 204 }],
    ['201 with text/plain', { status: 201, text: 'Created', headers: { 'content-type': 'text/plain' } }],
    [
      '200 with text/plain that looks like markup but is not a page',
      { status: 200, text: '<b>ok</b>', headers: { 'content-type': 'text/plain' } },
    ],
  ] as [string, Reply][]) {
    it(`${what} is a stored vote`, async () => {
      const api = fakeApi({ [RATINGS]: reply });
      const { el, errors, event } = await vote();
      await expectSent(el, errors, event);
      expect(api.count(RATINGS)).to.equal(1);
    });
  }

  it('201 with a receipt that validates: its summary is shown (show-summary), no second request for it', async () => {
    const api = fakeApi({
      [RATINGS]: (request) => ({
        status: 201,
        json: { submissionId: idOf(request), stored: true, summary: summary({ count: 8, average: 3.5 }) },
      }),
    });
    const { el, errors, event } = await vote(html`<service-rating service-id="cr-renewal" show-summary quick></service-rating>`);
    await expectSent(el, errors, event);
    await el.updateComplete;
    expect(api.count(SUMMARY)).to.equal(0);
    expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal('3.5 out of 5, 8 ratings');
  });

  it('201 with JSON that is not a receipt, with show-summary: sent, and the summary is fetched afresh', async () => {
    const api = fakeApi({ [RATINGS]: { status: 201, json: { id: 'x' } }, [SUMMARY]: { json: summary({ count: 9 }) } });
    const { el, errors, event } = await vote(html`<service-rating service-id="cr-renewal" show-summary quick></service-rating>`);
    await expectSent(el, errors, event);
    await until(() => el.shadowRoot!.querySelector('[role="img"]'), 'the summary');
    expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal('4.3 out of 5, 9 ratings');
    expect(api.count(SUMMARY)).to.be.greaterThan(0);
  });

  const page = '<!DOCTYPE html>\n<html><head><title>Wi-Fi login</title></head><body>Please sign in</body></html>';
  for (const [what, reply] of [
    ['200 with a text/html page (a captive portal)', { status: 200, text: page, headers: { 'content-type': 'text/html; charset=utf-8' } }],
    [
      '200 with an application/xhtml+xml page',
      {
        status: 200,
        text: '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>',
        headers: { 'content-type': 'application/xhtml+xml' },
      },
    ],
    ['200 with <!DOCTYPE html> served as text/plain', { status: 200, text: page, headers: { 'content-type': 'text/plain' } }],
    ['201 with <html> served as application/json, after white space', { status: 201, text: '\n  <html><body>proxy</body></html>' }],
  ] as [string, Reply][]) {
    it(`${what} is not the API: queued on the device, then sent again with the same submissionId`, async () => {
      let answer: Reply = reply;
      const api = fakeApi({ [RATINGS]: () => answer });
      const { el, errors, submittedEvents, event } = await vote();
      expect(el.state).to.equal('queued');
      expect(shadowText(el, '[part="message"]')).to.equal(QUEUED);
      expect(event?.detail.queued).to.equal(true);
      expect(errors, 'no rating-error').to.deep.equal([]);
      const [kept] = await queuedSubmissions();
      expect(kept?.submissionId, 'the outbox keeps the vote').to.equal(event.detail.submissionId);

      answer = { status: 201, json: { id: 'x' } };
      await deliverQueuedSubmissions();
      await until(() => el.state === 'submitted', 'delivery');
      expect(api.count(RATINGS)).to.equal(2);
      expect(api.requests.map(idOf)).to.deep.equal([event.detail.submissionId, event.detail.submissionId]);
      expect(shadowText(el, '[part="message"]')).to.equal(SENT);
      expect(await queuedSubmissions()).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      expect(submittedEvents.length, 'rating-submitted once').to.equal(1);
    });
  }

  it('sends the comment without control characters, keeping its line breaks', async () => {
    const api = fakeApi({ [RATINGS]: { status: 201 } });
    const el = await rating(html`<service-rating service-id="cr-renewal"></service-rating>`);
    await pick(el, 3);
    const textarea = el.shadowRoot!.querySelector('textarea')!;
    textarea.value = 'Quick\u0000 service\u0007\nSecond\tline\r\nThird\u001b line\u007f\u0085';
    textarea.dispatchEvent(new Event('input'));
    await send(el);
    expect(api.count(RATINGS)).to.equal(1);
    const comment = (api.requests[0].body as RatingSubmission).comment!;
    expect(comment).to.equal('Quick service\nSecond line\nThird line');
    // eslint-disable-next-line no-control-regex -- no control character may reach the API
    expect(comment).to.not.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(RatingSubmission.safeParse(api.requests[0].body).success).to.equal(true);
    expect(el.state).to.equal('submitted');
  });

  it('a vote kept on the device by an older version, with a NUL in its comment, is sent clean (not refused, not retried)', async () => {
    const api = fakeApi({ [RATINGS]: 'network-error' });
    const body = {
      submissionId: crypto.randomUUID(),
      score: 2,
      scale: 'stars',
      reasons: [],
      channel: 'web',
      locale: 'en',
      page: location.origin + '/services/cr',
      clientTime: new Date().toISOString(),
      comment: 'Slow\u0000\r\nvery',
    };
    expect((await sendSubmission(resolveConfig({}), `${API_BASE}/services/cr-renewal/ratings`, body)).kind).to.equal('queued');
    api.route(RATINGS, { status: 201 });
    await deliverQueuedSubmissions();
    expect(api.count(RATINGS)).to.equal(2);
    expect((api.requests[1].body as RatingSubmission).comment).to.equal('Slow\nvery');
    expect(api.requests.map(idOf)).to.deep.equal([body.submissionId, body.submissionId]);
    expect(await queuedSubmissions()).to.deep.equal([]);
  });

  it('a comment of control characters alone is not sent at all', async () => {
    const api = fakeApi({ [RATINGS]: 'network-error' });
    const body = {
      submissionId: crypto.randomUUID(),
      score: 2,
      scale: 'stars',
      reasons: [],
      channel: 'web',
      locale: 'en',
      page: location.origin + '/x',
      clientTime: new Date().toISOString(),
      comment: '\u0000\u0007',
    };
    await sendSubmission(resolveConfig({}), `${API_BASE}/services/cr-renewal/ratings`, body);
    expect(api.requests[0].body).to.not.have.property('comment');
    api.route(RATINGS, { status: 204 });
    await deliverQueuedSubmissions();
    expect(await queuedSubmissions()).to.deep.equal([]);
  });
});
