// Browser end-to-end tests (issue 6): the demo portal in Debian's Chromium against the real server
// process, with its embedded database in a temp folder. What a citizen does and sees, and what the
// server stored.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { HTTPRequest, Page } from 'puppeteer-core';
import {
  apiCount,
  browserAndServer,
  countOf,
  freePort,
  goOnline,
  outboxIsEmpty,
  pageProblems,
  pause,
  recordPageEvents,
  recorded,
  removeDir,
  shadowText,
  shownCount,
  startServerProcess,
  storedRows,
  tempDir,
  textOf,
  type ServerProcess,
} from './e2e-support.js';
import { until } from './support.js';

const SERVICE = 'cr-renewal';
/** The rating the service page creates after the mock transaction, and the read-only summary beside it. */
const RATING = '#rating-slot service-rating';
const ASIDE_SUMMARY = 'aside service-rating[readonly] >>> .summary-text';
/**
 * How long a citizen looks at the question before sending: more than the server's bot check
 * (JAWDA_MIN_DWELL_MS, 200 ms in these tests), which marks a quicker vote `too-fast`, out of the summary.
 */
const DWELL_MS = 1500;

const AR = {
  thanks: 'شكرًا لك',
  sent: 'وصلنا تقييمك.',
  // The server is down, the browser online: saved, not "offline".
  queued: 'حُفظ تقييمك سيُرسَل حالما يتاح الوصول إلى الخدمة.',
  send: 'إرسال التقييم',
};

const waitFor = (condition: () => Promise<boolean>, what: string) => until(condition, what, 30_000);

/** The server's bootstrap key: it holds every role, the analyst's too (the quality office's page). */
const BOOTSTRAP_KEY = 'e2e-bootstrap-key-0123456789-abcdefghijkl';

describe('the demo portal in Chromium, against the running server', () => {
  const session = browserAndServer('jawda-e2e', { JAWDA_BOOTSTRAP_KEY: BOOTSTRAP_KEY });
  let server: ServerProcess;
  before(() => {
    server = session.server();
  });

  /** A page in a fresh browser context (its own storage and outbox), recording what the page meets. */
  async function newPage(): Promise<Page> {
    const page = await (await session.newContext()).newPage();
    await recordPageEvents(page);
    return page;
  }

  /** service.html: the mock CR renewal, up to the rating it asks for. Resolves when the stars are there. */
  async function completeTransaction(page: Page, url: string): Promise<number> {
    await page.goto(`${url}/service.html`);
    await page.click('#renewal-form button[type="submit"]');
    await waitFor(async () => (await countOf(page, `${RATING} >>> input[type="radio"]`)) === 5, 'the five stars');
    return Date.now();
  }

  /** Waits out the server's bot check, so the vote counts in the summary, then presses "Send rating". */
  async function send(page: Page, shownAt: number): Promise<void> {
    await pause(Math.max(0, shownAt + DWELL_MS + 200 - Date.now()));
    assert.equal(await textOf(page, `${RATING} >>> [part="submit"]`), AR.send);
    await page.click(`${RATING} >>> [part="submit"]`);
  }

  test('rating a service in Arabic: the summary count on the page goes up by one', async () => {
    const page = await newPage();
    const problems = pageProblems(page);
    const shownAt = await completeTransaction(page, server.url);
    assert.equal(await page.$eval('html', (root) => root.getAttribute('lang')), 'ar', 'the portal opens in Arabic');

    await waitFor(async () => (await textOf(page, ASIDE_SUMMARY)) !== '', 'the service summary beside the form');
    const before = shownCount(await textOf(page, ASIDE_SUMMARY));
    assert.equal(before, await apiCount(server.api, SERVICE), 'the page shows the count the API gives');

    // Four stars by keyboard: Tab from the receipt's heading into the radio group (first star), then
    // three times the arrow that moves forward in right-to-left.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    assert.equal(await countOf(page, `${RATING} >>> input[type="radio"][value="4"]:checked`), 1, 'four stars are chosen');
    await send(page, shownAt);

    await waitFor(async () => (await textOf(page, `${RATING} >>> .summary-text`)) !== '', 'the updated summary');
    const shown = await shadowText(page, RATING);
    assert.ok(shown.includes(AR.thanks) && shown.includes(AR.sent), `the Arabic thank-you, in: ${shown}`);
    // The receipt stops asking for a rating once it is given (issue 19, point 10).
    assert.deepEqual(
      await page.evaluate(() => [
        (document.getElementById('rating-ask') as HTMLElement).hidden,
        (document.getElementById('rating-thanks') as HTMLElement).hidden,
      ]),
      [true, false],
      'the receipt says thank you, not "please rate"',
    );
    assert.equal(shownCount(await textOf(page, `${RATING} >>> .summary-text`)), before + 1, 'the count on the page');
    assert.equal(await apiCount(server.api, SERVICE), before + 1, 'the count the API gives');

    const { submitted } = await recorded(page);
    assert.deepEqual(
      submitted.map(({ score, queued }) => ({ score, queued })),
      [{ score: 4, queued: false }],
    );
    assert.deepEqual(problems, { exceptions: [], consoleErrors: [] });
  });

  test("the Satisfaction page: every chart drawn under the portal's CSP (no style attribute), its axis labels apart", async () => {
    const page = await newPage();
    const problems = pageProblems(page);
    await page.goto(`${server.url}/results.html?lang=en`);
    await waitFor(async () => (await countOf(page, 'rating-results >>> figure')) === 4, 'the trend, the two comparisons and the reasons');
    await waitFor(async () => (await countOf(page, 'rating-results >>> .tile')) === 3, 'the overview');
    // Each chart's axis labels at distinct places: positions set as inline style attributes are what
    // the portal's CSP blocks (style-src without 'unsafe-inline'), and the labels then all fall on one spot.
    const places = await page.evaluate(() =>
      [...document.querySelectorAll('rating-results')].map((el) => {
        const ticks = [...el.shadowRoot!.querySelectorAll('.axis .tick, .y-axis .tick')].map((tick) => {
          const box = tick.getBoundingClientRect();
          return `${Math.round(box.left)},${Math.round(box.top)}`;
        });
        return { ticks: ticks.length, distinct: new Set(ticks).size };
      }),
    );
    for (const { ticks, distinct } of places.filter(({ ticks }) => ticks > 0)) assert.equal(distinct, ticks, JSON.stringify(places));
    // The services by their names, not their ids.
    const byService = await shadowText(page, 'rating-results[by="service"]');
    assert.ok(byService.includes('Renew a commercial registration') && !byService.includes('cr-renewal'), byService);
    assert.ok(places.filter(({ ticks }) => ticks > 0).length >= 3, JSON.stringify(places));
    assert.deepEqual((await recorded(page)).violations, [], 'securitypolicyviolation events in the page');
    assert.deepEqual(problems, { exceptions: [], consoleErrors: [] });
  });

  test("the quality office's page: a wrong key is refused; an analyst key shows report v2 through read tokens, and leaves no key behind", async () => {
    const page = await newPage();
    const problems = pageProblems(page);
    const tokens: string[] = [];
    page.on('request', (request) => request.url().endsWith('/admin/tokens/results') && tokens.push(request.method()));
    await page.goto(`${server.url}/operator.html?lang=en`);
    assert.equal(await countOf(page, 'rating-results'), 0, 'no results before signing in');

    await page.type('#analyst-key', 'jawda_000000000000_not-a-key');
    await page.click('#operator-sign-in button[type="submit"]');
    await waitFor(async () => (await textOf(page, '#operator-status')).includes('cannot read the results'), 'the refusal');
    assert.equal(await countOf(page, 'rating-results'), 0);

    await page.evaluate(() => ((document.getElementById('analyst-key') as HTMLInputElement).value = ''));
    await page.type('#analyst-key', BOOTSTRAP_KEY);
    await page.click('#operator-sign-in button[type="submit"]');
    await waitFor(
      async () => (await countOf(page, 'rating-results >>> figure')) === 4,
      'the two comparisons, the distribution and the reasons',
    );
    // The seeded votes cite the built-in reasons: named in the reader's language, never by their ids.
    const reasons = await shadowText(page, 'rating-results[view="reasons"]');
    assert.ok(reasons.includes('Speed') && reasons.includes('Ease') && !reasons.includes('efficiency'), reasons);
    assert.equal(
      await countOf(page, 'rating-results[view="distribution"] >>> .point'),
      await countOf(page, 'rating-results[by="centre"][view="compare"] >>> .point'),
    );
    // The analysts' report: its smaller minimum group, said under each chart.
    assert.match(await shadowText(page, 'rating-results'), /fewer than 5 votes/);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    assert.ok(!html.includes(BOOTSTRAP_KEY) && !html.includes('jawda_rt_'), 'no key or token in the page');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    assert.ok(!stored.includes(BOOTSTRAP_KEY) && !stored.includes('jawda_rt_'), 'nothing stored');
    assert.deepEqual(tokens, ['POST', 'POST'], 'the refused key, then one token for every element');

    await page.click('#operator-sign-out');
    assert.equal(await countOf(page, 'rating-results'), 0, 'signed out: the results are gone');
    assert.deepEqual((await recorded(page)).violations, [], 'securitypolicyviolation events in the page');
    assert.deepEqual(problems.exceptions, []);
  });

  test('the strict-CSP page renders all three elements with no CSP violation', async () => {
    const page = await newPage();
    const problems = pageProblems(page);
    const response = await page.goto(`${server.url}/strict.html`);
    assert.match(response!.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);

    const rating = 'service-rating';
    const scorecard = 'centre-scorecard';
    const badge = 'certification-badge';
    // A blocked script or policy shows as an element that never renders: say so rather than time out.
    const rendered = (ready: () => Promise<boolean>) => async () => {
      assert.deepEqual((await recorded(page)).violations, [], 'securitypolicyviolation events in the page');
      return ready();
    };
    await waitFor(
      rendered(async () => (await countOf(page, `${rating} >>> input[type="radio"]`)) === 5),
      'the rating form',
    );
    await waitFor(
      rendered(
        async () =>
          (await shadowText(page, scorecard)).includes('فرع مدينة عيسى') && (await countOf(page, `${scorecard} >>> .placeholder`)) === 0,
      ),
      'the scorecard',
    );
    await waitFor(
      rendered(async () => (await countOf(page, `${badge} >>> .status`)) > 0),
      'the certificates',
    );

    assert.equal(await textOf(page, `${rating} >>> [part="submit"]`), AR.send);
    assert.match(await textOf(page, `${rating} >>> legend`), /[\u0600-\u06FF]/, 'an Arabic question');
    assert.match(await shadowText(page, scorecard), /٪/, 'the result as a percentage');
    const certificates = await shadowText(page, badge);
    assert.ok(certificates.includes('ISO 9001') && certificates.includes('ISO/IEC 20000-1'), `the IGA certificates, in: ${certificates}`);
    for (const element of [rating, scorecard, badge]) {
      assert.equal(
        await countOf(page, `${element} >>> .skeleton, ${element} >>> [role="alert"], ${element} >>> .notice`),
        0,
        `${element}: no skeleton, no error or notice`,
      );
    }

    // Chrome sends each report the moment it sees the violation; wait until the server has as many as
    // the page saw (none, when all is well), so both lists are complete when compared.
    const { violations } = await recorded(page);
    const reports = async () => (await (await fetch(`${server.url}/csp-reports`)).json()) as { count: number; reports: unknown[] };
    await waitFor(async () => (await reports()).count >= violations.length, 'the CSP reports to reach the server');
    assert.deepEqual(violations, [], 'securitypolicyviolation events in the page');
    assert.deepEqual((await reports()).reports, [], 'reports received by /csp-reports');
    assert.deepEqual(problems, { exceptions: [], consoleErrors: [] });
  });

  test('server stopped: the rating is queued; server back: it is stored once', async () => {
    const port = await freePort();
    const ownData = tempDir('jawda-e2e-outbox-');
    let own = await startServerProcess(port, ownData);
    try {
      const page = await newPage();
      const problems = pageProblems(page);
      const posts: Record<string, unknown>[] = [];
      const answers: number[] = [];
      const isVote = (request: HTTPRequest) => request.method() === 'POST' && request.url().endsWith(`/services/${SERVICE}/ratings`);
      page.on('request', (request) => void (isVote(request) && posts.push(JSON.parse(request.postData() ?? '{}'))));
      page.on('response', (response) => void (isVote(response.request()) && answers.push(response.status())));

      const before = await apiCount(own.api, SERVICE);
      const shownAt = await completeTransaction(page, own.url);
      await own.stop();

      await page.click(`${RATING} >>> label.option:nth-of-type(5)`); // five stars, by mouse this time
      await send(page, shownAt);
      await waitFor(async () => (await shadowText(page, RATING)).includes(AR.queued), 'the queued message');
      const [vote] = (await recorded(page)).submitted;
      assert.deepEqual({ ...vote, submissionId: typeof vote?.submissionId }, { submissionId: 'string', score: 5, queued: true });
      const id = vote!.submissionId;
      const carrying = () => posts.filter((body) => body.submissionId === id).length;
      assert.ok(carrying() >= 1, 'the element tried to send it');

      own = await startServerProcess(port, ownData);
      await goOnline(page);
      await waitFor(async () => (await apiCount(own.api, SERVICE)) === before + 1, 'the queued vote to be stored');
      await waitFor(async () => (await shadowText(page, RATING)).includes(AR.sent), 'the element to say the vote was sent');
      assert.ok(carrying() >= 2, `the vote was posted again after the failure (${carrying()} posts)`);
      assert.deepEqual(answers, [201], 'one POST reached the server, and stored it');

      // The connection "comes back" again, and the portal is opened again: nothing more is sent.
      const postsSoFar = carrying();
      await goOnline(page);
      await page.reload();
      await waitFor(async () => (await textOf(page, ASIDE_SUMMARY)) !== '', 'the reloaded page');
      await waitFor(() => outboxIsEmpty(page), 'an empty outbox');
      assert.equal(shownCount(await textOf(page, ASIDE_SUMMARY)), before + 1, 'the page shows the vote counted once');
      assert.equal(carrying(), postsSoFar, 'no POST after the delivery');
      assert.deepEqual(answers, [201]);
      assert.deepEqual(problems.exceptions, []);

      await own.stop();
      assert.equal(await storedRows(ownData, id), 1, 'rows stored with the submissionId');
    } finally {
      await own.stop().catch(() => undefined);
      removeDir(ownData);
    }
  });
});
