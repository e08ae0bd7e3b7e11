// Acceptance of issue 13 in Chromium: a server started with JAWDA_SEED=off has nothing to show; a
// portal key registers the service, a publisher key publishes a centre's evaluation and an
// organisation's certificates, and the three elements of the strict-CSP demo page then show them.
// Without a key, every admin route answers 401.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { BOOTSTRAP_KEY, certificate, taqyeemResult } from './admin-support.js';
import {
  countOf,
  ensureBuilt,
  freePort,
  launchChromium,
  pageProblems,
  removeDir,
  shadowText,
  startServerProcess,
  tempDir,
  type ServerProcess,
} from './e2e-support.js';
import { until } from './support.js';

const waitFor = (condition: () => Promise<boolean>, what: string) => until(condition, what, 30_000);

describe('publishing through the admin API, shown by the elements (JAWDA_SEED=off)', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let server: ServerProcess;
  const dataDir = tempDir('jawda-e2e-admin-');

  before(async () => {
    ensureBuilt();
    chromium = await launchChromium();
    server = await startServerProcess(await freePort(), dataDir, { JAWDA_SEED: 'off', JAWDA_BOOTSTRAP_KEY: BOOTSTRAP_KEY });
  });
  after(async () => {
    await chromium?.close();
    await server?.stop().catch(() => undefined);
    removeDir(dataDir);
  });

  const admin = (method: string, path: string, body?: unknown, key: string | null = BOOTSTRAP_KEY) =>
    fetch(`${server.api}/admin${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  test('an empty server: the public routes know nothing, and every admin route answers 401 without a key', async () => {
    assert.equal((await fetch(`${server.api}/services/cr-renewal/rating-summary`)).status, 404);
    assert.equal((await fetch(`${server.api}/centres/isa-town/evaluation`)).status, 404);
    for (const [method, path] of [
      ['GET', '/services'],
      ['PUT', '/services/cr-renewal'],
      ['PUT', '/centres/isa-town'],
      ['PUT', '/centres/isa-town/evaluations/5'],
      ['PUT', '/organisations/iga'],
      ['PUT', '/certifications/x'],
      ['POST', '/certifications/x/status'],
      ['DELETE', '/services/cr-renewal'],
      ['GET', '/exports/ratings.csv'],
      ['GET', '/reports/ratings'],
      ['GET', '/audit'],
    ] as const) {
      assert.equal(
        (await admin(method, path, method === 'GET' || method === 'DELETE' ? undefined : {}, null)).status,
        401,
        `${method} ${path}`,
      );
    }
  });

  test('register a service, publish an evaluation and certificates with keys: the three elements show them', async () => {
    // The bootstrap key, as on a first start (keys per role are made with the CLI, see admin-cli.test.ts).
    const created = await admin('PUT', '/services/cr-renewal', {
      name: { ar: 'تجديد السجل التجاري', en: 'Renew a commercial registration' },
      scale: 'stars',
    });
    assert.equal(created.status, 201);
    assert.equal(
      (
        await admin('PUT', '/centres/isa-town', {
          name: { ar: 'فرع مدينة عيسى النموذجي', en: 'Isa Town Model Branch' },
          entity: { ar: 'شؤون الجنسية والجوازات والإقامة', en: 'Nationality, Passports and Residence Affairs' },
          model: 'on-premise',
        })
      ).status,
      201,
    );
    assert.equal(
      (
        await admin(
          'PUT',
          '/centres/isa-town/evaluations/4',
          taqyeemResult(88.5, 'gold', { cycle: { year: 2023, programme: { ar: 'تقييم', en: 'Taqyeem' } } }),
        )
      ).status,
      201,
    );
    assert.equal((await admin('PUT', '/centres/isa-town/evaluations/5', taqyeemResult(93.2, 'platinum'))).status, 201);
    assert.equal(
      (
        await admin('PUT', '/organisations/iga', {
          name: { ar: 'هيئة المعلومات والحكومة الإلكترونية', en: 'Information & eGovernment Authority' },
        })
      ).status,
      201,
    );
    assert.equal(
      (await admin('PUT', '/certifications/iga-9001', certificate('active', { organisationId: 'iga', certificateNumber: 'BV-QMS-2024-7' })))
        .status,
      201,
    );
    assert.equal(
      (
        await admin(
          'PUT',
          '/certifications/iga-27001',
          certificate('active', {
            organisationId: 'iga',
            certificateNumber: 'BV-ISMS-2024-3',
            standard: {
              code: 'ISO/IEC 27001',
              version: '2022',
              title: { ar: 'نظام إدارة أمن المعلومات', en: 'Information security management system' },
            },
          }),
        )
      ).status,
      201,
    );
    assert.equal((await admin('POST', '/certifications/iga-27001/status', { status: 'suspended', on: '2025-06-01' })).status, 200);

    const context = await chromium.browser.createBrowserContext();
    try {
      const page: Page = await context.newPage();
      const problems = pageProblems(page);
      await page.goto(`${server.url}/strict.html`);
      await waitFor(
        async () => (await countOf(page, 'service-rating >>> input[type="radio"]')) === 5,
        'the five stars of the registered service',
      );
      await waitFor(async () => (await shadowText(page, 'centre-scorecard')).includes('فرع مدينة عيسى النموذجي'), 'the published centre');
      await waitFor(
        async () => /ISO 9001[\s\S]*ISO\/IEC 27001/.test(await shadowText(page, 'certification-badge')),
        'the two certificates',
      );

      const scorecard = await shadowText(page, 'centre-scorecard');
      assert.match(scorecard, /٩٣[٫.]٢/, `the published percentage, in: ${scorecard}`);
      const badge = await shadowText(page, 'certification-badge');
      assert.ok(badge.includes('ISO 9001') && badge.includes('ISO/IEC 27001'), `the published certificates, in: ${badge}`);
      assert.match(badge, /معلّق|موقوف|suspend/i, `the suspension, in: ${badge}`);
      assert.deepEqual(problems.exceptions, []);
    } finally {
      await context.close();
    }
  });
});
