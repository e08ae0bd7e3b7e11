// Server rendering end to end (issue 12): the reference server's /embed/ fragments as curl gets them,
// the demo's pages in Chromium with JavaScript disabled (every scorecard and badge shown, a rating
// sent by a plain form post and stored once), and with JavaScript: hydration asks the API for
// nothing, shifts nothing, and the elements keep working; axe before and after hydration.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { ROOT, apiCount, browserAndServer, pageProblems, type ServerProcess } from './e2e-support.js';
import { until } from './support.js';

const AXE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const waitFor = (condition: () => Promise<boolean>, what: string) => until(condition, what, 30_000);

declare global {
  interface Window {
    __shifts: number[];
    axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
  }
}

/** Text inside each matching element's shadow root, without its <style>, whitespace collapsed. */
function shadowTexts(page: Page, tag: string): Promise<string[]> {
  return page.$$eval(tag, (hosts) =>
    hosts.map((host) => {
      if (!host.shadowRoot) return '';
      const copy = document.createElement('div');
      for (const child of host.shadowRoot.childNodes) copy.append(child.cloneNode(true));
      copy.querySelectorAll('style').forEach((style) => style.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    }),
  );
}

describe('server rendering, against the running server', () => {
  const session = browserAndServer('jawda-ssr');
  let server: ServerProcess;
  before(() => {
    server = session.server();
  });

  async function newPage(options: {
    script: boolean;
  }): Promise<{ page: Page; apiRequests: string[]; problems: ReturnType<typeof pageProblems> }> {
    const page = await (await session.newContext()).newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setJavaScriptEnabled(options.script);
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(`${request.method()} ${request.url()}`);
    });
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      // Shifts of the elements' own boxes (the host or its shadow content): hydration must move
      // nothing. The portal's own text moving when its web font arrives (font-display: swap) is the
      // page's business, measured by demo-design.test.ts's CLS check.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node | null }[] })[]) {
          const ours = entry.sources.some(({ node }) => {
            const host = (node?.getRootNode() as ShadowRoot | undefined)?.host;
            return /^(service-rating|centre-scorecard|certification-badge)$/i.test((host ?? node)?.nodeName ?? '');
          });
          if (ours) window.__shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    return { page, apiRequests, problems: pageProblems(page) };
  }

  /** axe on the whole page, open shadow roots included; violations as "rule: targets". */
  async function axeViolations(page: Page): Promise<string[]> {
    await page.setBypassCSP(true);
    await page.evaluate(AXE);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  }

  describe('GET /embed/ (what a CMS includes)', () => {
    test("curl of a scorecard in Arabic: the centre's Arabic name, its percentage in Arabic-Indic digits and its tier, in a declarative shadow root", async () => {
      const response = await fetch(`${server.url}/embed/centres/isa-town/scorecard?lang=ar`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type')!, /^text\/html/);
      const html = await response.text();
      const shadow = /<centre-scorecard[^>]*>\s*<template shadowroot="open" shadowrootmode="open">([\s\S]*?)<\/template>/.exec(html);
      assert.ok(shadow, 'a declarative shadow root');
      const text = shadow[1]!
        .replace(/<style>[\s\S]*?<\/style>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
      assert.match(text, /فرع مدينة عيسى/);
      assert.match(text, /٩٢٫٨٪/);
      assert.match(text, /٪؜? ذهبي/);
      assert.match(html, /<centre-scorecard[^>]* lang="ar"[^>]* dir="rtl"/);
    });
    test('cacheable: an ETag, Cache-Control, and 304 when it has not changed', async () => {
      const url = `${server.url}/embed/centres/isa-town/scorecard?lang=en&variant=compact`;
      const first = await fetch(url);
      const etag = first.headers.get('etag');
      assert.ok(etag);
      assert.match(first.headers.get('cache-control')!, /public, max-age=\d+/);
      assert.equal(first.headers.get('cross-origin-resource-policy'), 'cross-origin');
      const again = await fetch(url, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
    });
    test("an organisation's certificates in English, with the status words", async () => {
      const html = await (await fetch(`${server.url}/embed/organisations/iga/certifications?lang=en&variant=list`)).text();
      assert.match(html, /<certification-badge[^>]*organisation-id="iga"/);
      assert.match(html, /<strong class="label">(<!--[^>]*-->)*Valid certificate(<!--[^>]*-->)*<\/strong>/);
      assert.match(html, /data-status-date="\d{4}-\d\d-\d\dT/);
    });
    test('an unknown centre is 404, a bad cycle 400; query keys that are not attributes never reach the markup', async () => {
      assert.equal((await fetch(`${server.url}/embed/centres/no-such-centre/scorecard`)).status, 404);
      assert.equal((await fetch(`${server.url}/embed/centres/isa-town/scorecard?cycle=abc`)).status, 400);
      const html = await (await fetch(`${server.url}/embed/centres/isa-town/scorecard?onload=alert(1)&style=x`)).text();
      assert.doesNotMatch(html, /onload|style="x"/);
    });
  });

  describe('JavaScript disabled', () => {
    test('centres.html: every scorecard shows its result, the ranking its rows', async () => {
      const { page } = await newPage({ script: false });
      await page.goto(`${server.url}/centres.html`, { waitUntil: 'load' });
      const texts = await shadowTexts(page, 'centre-scorecard');
      assert.ok(texts.length >= 14, `${texts.length} scorecards`);
      for (const text of texts) assert.ok(text.length > 40, `a scorecard with nothing shown: "${text}"`);
      const [ranking, isaTown, ...rest] = texts;
      assert.match(ranking!, /مركز خدمة العملاء عن بعد/);
      assert.match(isaTown!, /فرع مدينة عيسى.*٩٢٫٨٪.*ذهبي/);
      assert.ok(
        rest.every((text) => /النتيجة الإجمالية|التصنيف بالنجوم|مستوى النضج/.test(text)),
        'each card has its result',
      );
    });
    test('quality.html in English: every badge shows its status in words', async () => {
      const { page } = await newPage({ script: false });
      await page.goto(`${server.url}/quality.html?lang=en`, { waitUntil: 'load' });
      const labels = await page.$$eval('certification-badge', (hosts) =>
        hosts.map((host) => [...(host.shadowRoot?.querySelectorAll('.label') ?? [])].map((label) => label.textContent!.trim())),
      );
      assert.ok(labels.length >= 6);
      for (const words of labels) assert.ok(words.length > 0 && words.every((word) => word.length > 0), JSON.stringify(labels));
      assert.ok(labels.flat().includes('Valid certificate') && labels.flat().includes('Expired'), JSON.stringify(labels));
    });
    test('a rating sent by the plain form is stored once, however often the form is sent', async () => {
      const { page } = await newPage({ script: false });
      await page.goto(`${server.url}/quality.html`, { waitUntil: 'load' });
      const before = await apiCount(server.api, 'page-feedback');
      const rating = 'service-rating >>> details.no-script';
      await page.click(`${rating} > summary`);
      await page.click(`${rating} input[name="score"][value="1"]`);
      const submissionId = await page.$eval(`${rating} input[name="submissionId"]`, (input) => (input as HTMLInputElement).value);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(`${rating} button[type="submit"]`)]);
      assert.match(page.url(), /\/quality\.html\?jawda-rating=sent&jawda-service=page-feedback$/);
      const [thanks] = await shadowTexts(page, 'service-rating');
      assert.match(thanks!, /شكرًا/);
      assert.equal(await apiCount(server.api, 'page-feedback'), before + 1);
      // The same form again (a double click, a reload that re-posts): the same submissionId, one vote.
      const again = await fetch(`${server.api}/services/page-feedback/rating-form`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
        body: new URLSearchParams({ submissionId, score: '1', scale: 'thumbs', channel: 'web', locale: 'ar', return: '/quality.html' }),
      });
      assert.equal(again.status, 303);
      assert.equal(new URL(again.headers.get('location')!).searchParams.get('jawda-rating'), 'sent');
      assert.equal(await apiCount(server.api, 'page-feedback'), before + 1, 'counted once');
      // One idempotency for both routes: the JSON route knows this vote ("stored before", 200), and still counts it once.
      const json = await fetch(`${server.api}/services/page-feedback/ratings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({
          submissionId,
          score: 1,
          scale: 'thumbs',
          reasons: [],
          channel: 'web',
          locale: 'ar',
          page: `${server.url}/quality.html`,
          clientTime: new Date().toISOString(),
        }),
      });
      assert.equal(json.status, 200);
      assert.equal(await apiCount(server.api, 'page-feedback'), before + 1);
    });
    test("no score chosen: back to the page with the field error, in the reader's language", async () => {
      const response = await fetch(`${server.api}/services/page-feedback/rating-form`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
        body: new URLSearchParams({
          submissionId: crypto.randomUUID(),
          scale: 'thumbs',
          channel: 'web',
          locale: 'en',
          return: '/index.html?lang=en',
        }),
      });
      assert.equal(response.status, 303);
      const location = new URL(response.headers.get('location')!);
      assert.equal(location.pathname + location.search, '/index.html?lang=en&jawda-rating=score-missing&jawda-service=page-feedback');
      const { page } = await newPage({ script: false });
      await page.goto(location.href, { waitUntil: 'load' });
      const alert = await page.$eval('service-rating >>> [role="alert"]', (element) => element.textContent!.trim());
      assert.equal(alert, 'Choose a rating first.');
    });
    test('the redirect never leaves for another site', async () => {
      const response = await fetch(`${server.api}/services/page-feedback/rating-form`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
        body: new URLSearchParams({ submissionId: crypto.randomUUID(), score: '1', scale: 'thumbs', return: 'https://evil.example/phish' }),
      });
      assert.equal(new URL(response.headers.get('location')!).origin, server.url);
    });
  });

  describe('JavaScript enabled: hydration', () => {
    for (const path of ['/centres.html', '/quality.html', '/service.html', '/index.html?lang=en', '/centres.html?lang=en']) {
      test(`${path}: no request for data it was rendered with, no layout shift, no error`, async () => {
        const { page, apiRequests, problems } = await newPage({ script: true });
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
        await waitFor(
          () =>
            page.$$eval('centre-scorecard, certification-badge, service-rating', (hosts) =>
              hosts.every(
                (host) => customElements.get(host.localName) !== undefined && (host as unknown as { hasUpdated: boolean }).hasUpdated,
              ),
            ),
          'every element hydrated',
        );
        await new Promise((done) => setTimeout(done, 500));
        assert.deepEqual(apiRequests, [], 'the data travelled in the page');
        assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift from first paint to hydrated');
        assert.deepEqual(problems.exceptions, []);
        assert.deepEqual(
          problems.consoleErrors.filter((error) => !/favicon/.test(error)),
          [],
        );
      });
    }
    test('server-rendered markup with jawda.min.js (no hydration support): rendered afresh in its place, never twice, no request', async () => {
      const { page, apiRequests, problems } = await newPage({ script: true });
      await page.setRequestInterception(true);
      // The page as a portal might write it: server-rendered elements, but the plain bundle.
      page.on('request', async (request) => {
        if (request.resourceType() !== 'document') return void request.continue();
        const answer = await fetch(request.url());
        const headers = Object.fromEntries(answer.headers);
        void request.respond({
          status: answer.status,
          headers,
          body: (await answer.text()).replace('/dist/jawda.hydrate.min.js', '/dist/jawda.min.js'),
        });
      });
      await page.goto(`${server.url}/centres.html`, { waitUntil: 'networkidle0' });
      await waitFor(
        () => page.$$eval('centre-scorecard', (hosts) => hosts.every((host) => (host as unknown as { hasUpdated: boolean }).hasUpdated)),
        'every scorecard rendered',
      );
      const frames = await page.$$eval('centre-scorecard', (hosts) =>
        hosts.map((host) => [...host.shadowRoot!.children].filter((child) => child.classList.contains('frame')).length),
      );
      assert.ok(
        frames.every((count) => count === 1),
        `one frame per scorecard: ${frames}`,
      );
      assert.deepEqual(apiRequests, []);
      assert.deepEqual(problems.exceptions, []);
    });
    test('after hydration the elements keep working: cycle switch, language change, the badge dialog', async () => {
      const { page, apiRequests } = await newPage({ script: true });
      await page.goto(`${server.url}/centres.html`, { waitUntil: 'networkidle0' });
      await waitFor(async () => (await page.$$eval('#cycle-select option', (options) => options.length)) > 1, 'the cycle switch');
      await page.select('#cycle-select', '4');
      await waitFor(async () => /تقييم ٤/.test((await shadowTexts(page, 'centre-scorecard[centre-id="isa-town"]'))[0]!), 'cycle 4 shown');
      assert.ok(
        apiRequests.some((request) => request.includes('cycle=4')),
        'the switch asked the API',
      );
      await page.click('[data-action="toggle-language"]');
      await waitFor(
        async () => /Isa Town/.test((await shadowTexts(page, 'centre-scorecard[centre-id="isa-town"]'))[0]!),
        'English after the language change',
      );

      const quality = await newPage({ script: true });
      await quality.page.goto(`${server.url}/quality.html`, { waitUntil: 'networkidle0' });
      await waitFor(
        () =>
          quality.page.$$eval('certification-badge', (hosts) =>
            hosts.every((host) => (host as unknown as { hasUpdated: boolean }).hasUpdated),
          ),
        'badges hydrated',
      );
      await quality.page.click('certification-badge[variant="pill"] >>> button');
      await waitFor(
        () =>
          quality.page
            .$eval('certification-badge[variant="pill"] >>> dialog', (dialog) => (dialog as HTMLDialogElement).open)
            .catch(() => false),
        'the dialog opens',
      );
    });
    test('the floating rating, taken over, opens its dialog', async () => {
      const { page } = await newPage({ script: true });
      await page.goto(`${server.url}/quality.html`, { waitUntil: 'networkidle0' });
      await waitFor(async () => (await page.$('service-rating >>> button.launcher')) !== null, 'the floating button');
      assert.equal(await page.$('service-rating >>> details.no-script'), null, 'the no-script form is gone');
    });
  });

  describe('axe', () => {
    for (const path of ['/centres.html', '/quality.html', '/centres.html?lang=en', '/quality.html?lang=en', '/index.html']) {
      test(`${path}: server-rendered (the library blocked) and after hydration`, async () => {
        const blocked = await newPage({ script: true });
        await blocked.page.setRequestInterception(true);
        blocked.page.on('request', (request) => (request.url().includes('/dist/jawda') ? request.abort() : request.continue()));
        await blocked.page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        assert.deepEqual(await axeViolations(blocked.page), [], 'before hydration');
        const hydrated = await newPage({ script: true });
        await hydrated.page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
        await new Promise((done) => setTimeout(done, 500));
        assert.deepEqual(await axeViolations(hydrated.page), [], 'after hydration');
      });
    }
  });
});
