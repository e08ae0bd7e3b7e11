// Signed records end to end (issue 21): the reference server signs every certification it serves
// and its status lists, quality.html trusts the server's key through the trust script the server
// fills in, and <certification-badge> checks each record in Chromium (dist/, its lazy signed chunk).
// What a citizen sees and what the page hears: "Verified by {the server}" on every record whose
// signature, dates and status hold, the status list read once per URL, the editor's tampered and
// untrusted examples never shown as valid, and a suspension by the admin API shown after a reload.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'puppeteer-core';
import type { Certification } from '../../../src/core/contract.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { BOOTSTRAP_KEY } from './admin-support.js';
import {
  ensureBuilt,
  freePort,
  launchChromium,
  pageProblems,
  removeDir,
  startServerProcess,
  tempDir,
  type ServerProcess,
} from './e2e-support.js';
import { until } from './support.js';

const waitFor = (condition: () => Promise<boolean>, what: string) => until(condition, what, 30_000);

/** The server's issuer name as the records and the trust script carry it (the default: no JAWDA_ISSUER_NAME). */
const ISSUER = DEFAULT_SETTINGS.issuerName;

// The words, from the badge's English and the Arabic catalogue (xliff/ar.xlf).
const WORDS = {
  en: {
    verifiedBy: `Verified by ${ISSUER.en}, status checked`,
    suspendedBy: `Suspended by ${ISSUER.en}, checked`,
    suspended: 'Suspended',
    signatureInvalid: 'Signature invalid: do not rely on this record',
    unknownSigner: 'Signed by an issuer this portal does not trust',
  },
  ar: {
    verifiedBy: `موثّقة من ${ISSUER.ar}، وتُحقِّق من حالتها الساعة`,
    suspendedBy: `أوقفتها ${ISSUER.ar}، وتُحقِّق من ذلك الساعة`,
    suspended: 'موقوفة',
    signatureInvalid: 'التوقيع غير صالح: لا تعتمد على هذا السجل',
    unknownSigner: 'موقّعة من جهة لا تثق بها هذه البوابة',
  },
} as const;

/** Where quality.html's badges get their records: its organisations' lists and its single certificates. */
const QUALITY_ORGANISATIONS = ['iga', 'khobar', 'status-examples'];
const QUALITY_CERTIFICATES = ['BV-ISO9001-2023-117', 'IQNET-AT-2018-1440'];

interface Verified {
  certificateId: string;
  state: string;
  issuer?: { id: string; name: { ar: string; en: string } };
}

/** One shown certification in a badge: its status block (card, list) or its pill. */
interface Shown {
  badge: string;
  /** The status shown (`data-status`): a status kind, or the check's state when it replaces the status. */
  status: string;
  /** The check's state (`data-seal` of the signer line; for a pill, undefined). */
  seal?: string;
  /** The visible text (card, list: the status block and its signer line; pill: its accessible name). */
  text: string;
}

declare global {
  interface Window {
    __verified: Verified[];
  }
}

/** The state a check of `certification` must end in, from what the server knows of it. */
function expectedState(certification: Certification, now = Date.now()): string {
  if (Date.parse(`${certification.expiryDate.slice(0, 10)}T23:59:59Z`) < now) return 'expired';
  if (['withdrawn', 'cancelled'].includes(certification.status)) return 'revoked';
  if (['suspended', 'inactive'].includes(certification.status)) return 'suspended';
  return 'verified';
}

describe('signed records in Chromium, against the running server', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let server: ServerProcess;
  const dataDir = tempDir('jawda-e2e-signed-');
  const contexts: BrowserContext[] = [];

  before(async () => {
    ensureBuilt();
    chromium = await launchChromium();
    const port = await freePort();
    // The origin the browser uses: the records name their status lists under it.
    server = await startServerProcess(port, dataDir, {
      JAWDA_PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      JAWDA_BOOTSTRAP_KEY: BOOTSTRAP_KEY,
    });
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await chromium?.close();
    await server?.stop().catch(() => undefined);
    removeDir(dataDir);
  });

  /** The signed certifications quality.html shows, by id, as the API serves them now. */
  async function qualityRecords(): Promise<Map<string, Certification>> {
    const records = new Map<string, Certification>();
    for (const organisation of QUALITY_ORGANISATIONS) {
      const response = await fetch(`${server.api}/organisations/${organisation}/certifications`);
      assert.equal(response.status, 200, organisation);
      for (const certification of ((await response.json()) as { certifications: Certification[] }).certifications)
        records.set(certification.id, certification);
    }
    for (const id of QUALITY_CERTIFICATES) {
      const response = await fetch(`${server.api}/certifications/${id}`);
      assert.equal(response.status, 200, id);
      records.set(id, (await response.json()) as Certification);
    }
    for (const [id, certification] of records) if (!certification.signed) records.delete(id);
    return records;
  }

  /** A page of its own (fresh storage) that records every `certification-verified` and the status-list requests. */
  async function newPage(): Promise<{ page: Page; statusListRequests: string[]; problems: ReturnType<typeof pageProblems> }> {
    const context = await chromium.browser.createBrowserContext();
    contexts.push(context);
    const page = await context.newPage();
    const problems = pageProblems(page);
    const statusListRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/status-lists/')) statusListRequests.push(request.url());
    });
    await page.evaluateOnNewDocument(() => {
      window.__verified = [];
      document.addEventListener('certification-verified', (event) => {
        const { certificateId, state, issuer } = (event as CustomEvent<Verified>).detail;
        window.__verified.push({ certificateId, state, issuer });
      });
    });
    return { page, statusListRequests, problems };
  }

  const verifiedEvents = (page: Page) => page.evaluate(() => window.__verified);

  /** Every certification every badge shows: status blocks of cards and lists, and pills. */
  function shownCertifications(page: Page): Promise<Shown[]> {
    return page.$$eval('certification-badge', (hosts) =>
      hosts.flatMap((host, index) => {
        const root = host.shadowRoot;
        if (!root) return [];
        const badge = `#${index} ${host.getAttribute('variant')} ${host.getAttribute('organisation-id') ?? host.getAttribute('certificate-id') ?? ''}`;
        // No named functions in here: tsx's helpers (__name) do not exist in the page.
        const blocks = [...root.querySelectorAll<HTMLElement>('.status[data-status]')].map((block) => {
          const signer = block.parentElement?.querySelector<HTMLElement>(':scope > .signer');
          return {
            badge,
            status: block.dataset.status!,
            seal: signer?.dataset.seal,
            text: `${block.textContent ?? ''} | ${signer?.textContent ?? ''}`.replace(/\s+/g, ' ').trim(),
          };
        });
        const pills = [...root.querySelectorAll<HTMLElement>('button.pill')].map((pill) => ({
          badge,
          status: pill.dataset.status!,
          text: pill.getAttribute('aria-label') ?? '',
        }));
        return [...blocks, ...pills];
      }),
    );
  }

  /** Every badge is past its skeleton and has an event for each of `ids`. */
  async function settled(page: Page, ids: Iterable<string>): Promise<boolean> {
    const heard = new Set((await verifiedEvents(page)).map((event) => event.certificateId));
    if (![...ids].every((id) => heard.has(id))) return false;
    return page.$$eval('certification-badge', (hosts) =>
      hosts.every((host) => host.shadowRoot && !host.shadowRoot.querySelector('[aria-busy="true"], .skeleton')),
    );
  }

  for (const lang of ['en', 'ar'] as const) {
    test(`quality.html in ${lang === 'en' ? 'English' : 'Arabic'}: every signed record checked, "verified by" the server on each that holds; each status list read once`, async () => {
      const records = await qualityRecords();
      assert.ok(records.size >= 5, `the seed's signed certificates on quality.html: ${[...records.keys()].join(', ')}`);
      const verifiedIds = [...records.values()].filter((record) => expectedState(record) === 'verified').map((record) => record.id);
      assert.ok(verifiedIds.length >= 3, `records that must verify: ${verifiedIds.join(', ')}`);

      const { page, statusListRequests, problems } = await newPage();
      await page.goto(`${server.url}/quality.html${lang === 'en' ? '?lang=en' : ''}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await waitFor(() => settled(page, records.keys()), `a certification-verified event for each of ${[...records.keys()].join(', ')}`);

      const events = await verifiedEvents(page);
      for (const event of events) {
        const record = records.get(event.certificateId);
        assert.ok(record, `an event for a record the page shows signed: ${JSON.stringify(event)}`);
        assert.equal(
          event.state,
          expectedState(record),
          `the state of ${event.certificateId} (status ${record.status}, expiry ${record.expiryDate})`,
        );
        assert.deepEqual(event.issuer?.name, ISSUER, `the issuer of ${event.certificateId}`);
      }
      // One event per badge and record: never the same record twice in one badge.
      assert.ok(events.filter((event) => event.state === 'verified').length >= verifiedIds.length);

      const shown = await shownCertifications(page);
      const words = WORDS[lang];
      const verified = shown.filter(
        (item) => item.seal === 'verified' || (item.seal === undefined && item.text.includes(words.verifiedBy)),
      );
      assert.equal(
        verified.length,
        events.filter((event) => event.state === 'verified').length,
        `one "verified by" per verified record shown:\n${shown.map((item) => JSON.stringify(item)).join('\n')}`,
      );
      for (const item of verified) assert.ok(item.text.includes(words.verifiedBy), `"${words.verifiedBy}" in ${JSON.stringify(item)}`);
      // No record the check did not prove reads as verified.
      for (const item of shown.filter((entry) => !verified.includes(entry)))
        assert.ok(!item.text.includes(words.verifiedBy), `not verified, yet says so: ${JSON.stringify(item)}`);

      assert.deepEqual(
        [...statusListRequests].sort(),
        [`${server.url}/status-lists/revocation`, `${server.url}/status-lists/suspension`],
        'each status list requested once, however many badges',
      );
      assert.deepEqual(problems, { exceptions: [], consoleErrors: [] });
      await page.close();
    });
  }

  for (const lang of ['en', 'ar'] as const) {
    test(`editor.html in ${lang === 'en' ? 'English' : 'Arabic'}: the tampered record reads "signature invalid", the untrusted one "an issuer this portal does not trust", neither valid`, async () => {
      const { page, problems } = await newPage();
      await page.goto(`${server.url}/editor.html${lang === 'en' ? '?lang=en' : ''}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const examples = { 'example-tampered-9001': 'signature-invalid', 'example-untrusted-27001': 'unknown-signer' };
      await waitFor(() => settled(page, Object.keys(examples)), 'the checks of the two signed examples');

      const events = (await verifiedEvents(page)).filter((event) => event.certificateId in examples);
      assert.deepEqual(
        events.map(({ certificateId, state }) => ({ certificateId, state })).sort((a, b) => a.certificateId.localeCompare(b.certificateId)),
        Object.entries(examples).map(([certificateId, state]) => ({ certificateId, state })),
        'one event per example, with its state',
      );
      for (const event of events) assert.equal(event.issuer, undefined, `no trusted issuer named for ${event.certificateId}`);

      const [tampered, untrusted] = await page.$$eval('section[aria-labelledby="signed-title"] certification-badge', (hosts) =>
        hosts.map((host) => {
          const status = host.shadowRoot?.querySelector<HTMLElement>('.status[data-status]');
          return { status: status?.dataset.status, text: (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim() };
        }),
      );
      const words = WORDS[lang];
      assert.equal(tampered?.status, 'signature-invalid');
      assert.ok(tampered.text.includes(words.signatureInvalid), `"${words.signatureInvalid}" in: ${tampered.text}`);
      assert.equal(untrusted?.status, 'unknown-signer');
      assert.ok(untrusted.text.includes(words.unknownSigner), `"${words.unknownSigner}" in: ${untrusted.text}`);
      // The words of a valid certificate ("Valid", "Valid certificate", "Valid until ...") and of a verified one.
      const valid = lang === 'en' ? /\bCertified\b|\bValid\b|Verified by/ : /سارية|موثّقة من/;
      for (const example of [tampered, untrusted]) assert.doesNotMatch(example.text, valid);
      assert.deepEqual(problems.exceptions, []);
      await page.close();
    });
  }

  test('a suspension by the admin API shows after a reload, and a reinstatement too', async () => {
    const id = 'BV-ISO9001-2023-117';
    const card = `certification-badge[certificate-id="${id}"]`;
    const records = await qualityRecords();
    assert.equal(expectedState(records.get(id)!), 'verified', `${id} is valid in the seed`);
    const others = [...records.values()].filter((record) => record.id !== id);
    const changeStatus = async (action: 'suspend' | 'reinstate') => {
      const response = await fetch(`${server.api}/admin/certifications/${id}/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${BOOTSTRAP_KEY}` },
        body: JSON.stringify({ action }),
      });
      assert.equal(response.status, 200, `${action}: ${await response.text()}`);
    };
    const cardShows = (page: Page) =>
      page.$eval(card, (host) => {
        const status = host.shadowRoot?.querySelector<HTMLElement>('.status[data-status]');
        const signer = host.shadowRoot?.querySelector<HTMLElement>('.signer');
        return {
          status: status?.dataset.status,
          seal: signer?.dataset.seal,
          text: `${status?.textContent ?? ''} | ${signer?.textContent ?? ''}`.replace(/\s+/g, ' ').trim(),
        };
      });
    const statesOf = async (page: Page, certificateId: string) =>
      new Set((await verifiedEvents(page)).filter((event) => event.certificateId === certificateId).map((event) => event.state));

    const { page, problems } = await newPage();
    await page.goto(`${server.url}/quality.html?lang=en`);
    await waitFor(() => settled(page, records.keys()), 'the first checks');
    assert.deepEqual(await statesOf(page, id), new Set(['verified']));
    assert.equal((await cardShows(page)).seal, 'verified');

    await changeStatus('suspend');
    await page.reload();
    await waitFor(() => settled(page, records.keys()), 'the checks after the suspension');
    assert.deepEqual(await statesOf(page, id), new Set(['suspended']), 'every badge showing it hears "suspended"');
    const suspended = await cardShows(page);
    assert.equal(suspended.status, 'suspended');
    assert.equal(suspended.seal, 'suspended');
    assert.ok(suspended.text.startsWith(WORDS.en.suspended), `"${WORDS.en.suspended}" first in: ${suspended.text}`);
    assert.ok(suspended.text.includes(WORDS.en.suspendedBy), `"${WORDS.en.suspendedBy}" in: ${suspended.text}`);
    assert.doesNotMatch(suspended.text, /\bValid\b|Verified by/);
    for (const other of others) assert.deepEqual(await statesOf(page, other.id), new Set([expectedState(other)]), `${other.id} unchanged`);

    await changeStatus('reinstate');
    await page.reload();
    await waitFor(() => settled(page, records.keys()), 'the checks after the reinstatement');
    assert.deepEqual(await statesOf(page, id), new Set(['verified']));
    const reinstated = await cardShows(page);
    assert.equal(reinstated.status, 'valid');
    assert.equal(reinstated.seal, 'verified');
    assert.ok(reinstated.text.includes(WORDS.en.verifiedBy), `"${WORDS.en.verifiedBy}" in: ${reinstated.text}`);
    assert.deepEqual(problems, { exceptions: [], consoleErrors: [] });
    await page.close();
  });
});
