import { expect } from '@open-wc/testing';
import { apiClient } from '../../src/core/api.js';
import { configure, resolveConfig } from '../../src/core/config.js';
import { JawdaError } from '../../src/core/errors.js';
import { API_BASE, fakeApi, resetJawda } from '../helpers/fake-api.js';
import { postUrl } from '../../src/core/post.js';

const summary = {
  serviceId: 'cr-renewal',
  scale: 'stars',
  count: 1204,
  average: 4.3,
  distribution: { '5': 700, '4': 300, '3': 104, '2': 50, '1': 50 },
};
const SUMMARY = 'GET /services/cr-renewal/rating-summary';
const get = (signal?: AbortSignal) =>
  apiClient().get(resolveConfig({}), 'ratingSummary', { serviceId: 'cr-renewal' }, 'RatingSummary', signal);

async function failure(promise: Promise<unknown>): Promise<JawdaError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(JawdaError);
    return error as JawdaError;
  }
  throw new Error('expected the request to fail');
}

describe('core/api: one client per page', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  it('makes one request when twenty callers ask for the same resource at once', async () => {
    const api = fakeApi({ [SUMMARY]: { json: summary, delayMs: 20 } });
    const answers = await Promise.all(Array.from({ length: 20 }, () => get()));
    expect(api.count(SUMMARY)).to.equal(1);
    expect(answers.every((a) => a.count === 1204)).to.equal(true);
  });

  it('reuses an answer within the TTL and asks again after it expires', async () => {
    const api = fakeApi({ [SUMMARY]: { json: summary } }, { cacheTtlMs: 60 });
    await get();
    await get();
    expect(api.count(SUMMARY)).to.equal(1);
    await new Promise((resolve) => setTimeout(resolve, 90));
    await get();
    expect(api.count(SUMMARY)).to.equal(2);
  });

  it('gives up after the timeout with a typed timeout error', async () => {
    fakeApi({ [SUMMARY]: 'hang' }, { timeoutMs: 50, retry: { retries: 0 } });
    const error = await failure(get());
    expect(error.kind).to.equal('timeout');
  });

  it('retries a GET after a 5xx with back-off, then succeeds', async () => {
    const api = fakeApi({ [SUMMARY]: (_request, attempt) => (attempt < 3 ? { status: 503 } : { json: summary }) });
    const answer = await get();
    expect(api.count(SUMMARY)).to.equal(3);
    expect(answer.average).to.equal(4.3);
  });

  it('reports unreachable after the retries are spent, while the browser is online', async () => {
    const api = fakeApi({ [SUMMARY]: 'network-error' }, { retry: { retries: 2, baseDelayMs: 1 } });
    const error = await failure(get());
    expect(error.kind).to.equal('unreachable');
    expect(error.transient).to.equal(true);
    expect(api.count(SUMMARY)).to.equal(3);
  });

  it('reports offline when the browser says it is offline', async () => {
    fakeApi({ [SUMMARY]: 'network-error' }, { retry: { retries: 0 } });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const error = await failure(get());
      expect(error.kind).to.equal('offline');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(navigator.onLine).to.equal(true);
  });

  it('never retries a POST, and never retries a 4xx', async () => {
    const api = fakeApi({ 'POST /services/cr-renewal/ratings': { status: 503 }, 'GET /services/missing/rating-summary': { status: 404 } });
    const post = postUrl(resolveConfig({}), 'ratings', `${API_BASE}/services/cr-renewal/ratings`, {}, 'RatingReceipt');
    expect((await failure(post)).status).to.equal(503);
    expect(api.count('POST /services/cr-renewal/ratings')).to.equal(1);
    const missing = await failure(apiClient().get(resolveConfig({}), 'ratingSummary', { serviceId: 'missing' }, 'RatingSummary'));
    expect(missing.kind).to.equal('not-found');
    expect(api.count('GET /services/missing/rating-summary')).to.equal(1);
  });

  describe('what a 2xx answer to a POST means', () => {
    const RATINGS = 'POST /services/cr-renewal/ratings';
    const post = () => postUrl(resolveConfig({}), 'ratings', `${API_BASE}/services/cr-renewal/ratings`, {}, 'RatingReceipt');
    const receipt = { submissionId: '0b6d5a9e-3c1f-4d2a-9e8b-7f6a5b4c3d2e', stored: true };

    it('JSON of our receipt: the receipt', async () => {
      fakeApi({ [RATINGS]: { status: 201, json: receipt } });
      expect(await post()).to.deep.equal({ status: 201, data: receipt });
    });

    for (const [what, reply] of [
      ['JSON of another shape', { status: 201, json: { id: 'x' } }],
      ['an empty body', { status: 201 }],
      ['204', { status: 204 }],
      ['plain text', { status: 200, text: 'OK', headers: { 'content-type': 'text/plain' } }],
      ['JSON that is not valid', { status: 200, text: '{"id":' }],
    ] as const) {
      it(`${what}: success, without data`, async () => {
        fakeApi({ [RATINGS]: reply });
        const result = await post();
        expect(result.status).to.equal(reply.status);
        expect(result.data).to.equal(undefined);
      });
    }

    for (const [what, reply] of [
      ['text/html', { status: 200, text: '<p>Sign in to the Wi-Fi</p>', headers: { 'content-type': 'TEXT/HTML; charset=utf-8' } }],
      ['application/xhtml+xml', { status: 201, text: '', headers: { 'content-type': 'application/xhtml+xml' } }],
      [
        '<!doctype html> as text/plain',
        { status: 200, text: '\uFEFF<!doctype html><title>x</title>', headers: { 'content-type': 'text/plain' } },
      ],
      ['<html> as application/json', { status: 201, text: '<HTML lang="en"></HTML>' }],
    ] as const) {
      it(`an HTML page (${what}): a transient offline error with the status, not success`, async () => {
        fakeApi({ [RATINGS]: reply });
        const error = await failure(post());
        expect(error.kind).to.equal('offline');
        expect(error.transient).to.equal(true);
        expect(error.status).to.equal(reply.status);
      });
    }
  });

  it('turns an invalid payload into a typed error naming the field', async () => {
    fakeApi({
      'GET /centres/isa-town/evaluation?cycle=5': { json: { centre: { id: 'isa-town' }, result: { scheme: 'stars', stars: 9 } } },
    });
    const error = await failure(apiClient().get(resolveConfig({}), 'evaluation', { centreId: 'isa-town', cycle: 5 }, 'Evaluation'));
    expect(error.kind).to.equal('invalid-response');
    const paths = error.details.issues!.map((issue) => issue.path);
    expect(paths).to.include('centre.name');
    expect(paths).to.include('cycle');
  });

  it('reports a body that is not JSON as an invalid response', async () => {
    fakeApi({ [SUMMARY]: { text: '<html>gateway</html>' } });
    expect((await failure(get())).kind).to.equal('invalid-response');
  });

  it('aborts the request when the only caller leaves, but not while another still waits', async () => {
    let aborted = 0;
    const api = fakeApi({ [SUMMARY]: 'hang' });
    configure({
      fetch: (input, init) => {
        init?.signal?.addEventListener('abort', () => aborted++);
        return api.fetch(input, init);
      },
    });
    const first = new AbortController();
    const second = new AbortController();
    const a = get(first.signal);
    const b = get(second.signal);
    first.abort();
    expect((await failure(a)).kind).to.equal('aborted');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(aborted, 'still one caller waiting').to.equal(0);
    second.abort();
    expect((await failure(b)).kind).to.equal('aborted');
    expect(aborted).to.equal(1);
    expect(api.count(SUMMARY)).to.equal(1);
  });

  it('sends no cookies, and adds configured headers', async () => {
    const api = fakeApi({ [SUMMARY]: { json: summary } }, { headers: { 'x-portal-key': 'moi-bh' } });
    await get();
    expect(api.requests[0].credentials).to.equal('omit');
    expect(api.requests[0].headers['x-portal-key']).to.equal('moi-bh');
  });

  it('maps a portal payload with transform() before validating it', async () => {
    fakeApi({ [SUMMARY]: { json: { data: summary } } }, { transform: (_endpoint, payload) => (payload as { data: unknown }).data });
    expect((await get()).count).to.equal(1204);
  });

  it("answers 429 with the server's Retry-After and without retrying", async () => {
    const api = fakeApi({ [SUMMARY]: { status: 429, headers: { 'retry-after': '7' } } });
    const error = await failure(get());
    expect(error.details.retryAfter).to.equal(7);
    expect(api.count(SUMMARY)).to.equal(1);
  });

  it('fails as misconfigured, without a request, when there is no API base', async () => {
    const error = await failure(get());
    expect(error.kind).to.equal('misconfigured');
  });
});
