/**
 * For the browser end-to-end tests (e2e.test.ts): the built library, the real server as a child
 * process (`node --import tsx demo/server/main.ts`, as `npm start` runs it), Debian's Chromium through
 * puppeteer-core, and reading what a person sees inside the elements' shadow roots.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
// @ts-expect-error: a plain .mjs script without types
import { chromiumPath, ensureChromium } from '../../../scripts/ensure-chromium.mjs';
import { openDb } from '../db.js';
import { until } from './support.js';

export const ROOT = resolve(import.meta.dirname, '../../..');
const MAIN = resolve(ROOT, 'demo/server/main.ts');

/** The demo pages load dist/jawda.min.js: build the library when it is not there (npm test builds it first). */
export function ensureBuilt(): void {
  if (existsSync(resolve(ROOT, 'dist/jawda.min.js'))) return;
  console.error('[e2e] dist/jawda.min.js is missing: building the library with `npm run build` first (about 10 s)...');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  assert.ok(existsSync(resolve(ROOT, 'dist/jawda.min.js')), '`npm run build` did not produce dist/jawda.min.js');
}

/** A port nobody listens on now. The server gets it as PORT, so a restart can use the same one. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  /** `url` + the API base. */
  api: string;
  /** Sends SIGTERM and resolves once the process has exited (it must exit with 0). */
  stop(): Promise<void>;
  /** `kill -9`: no graceful anything; resolves once the process is gone. */
  crash(): Promise<void>;
}

/**
 * Starts the real server on `port` with its embedded database in `dataDir`, and resolves once
 * /healthz answers. A small minimum dwell keeps the server's bot check on without slowing the tests.
 */
export async function startServerProcess(port: number, dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      JAWDA_DATA_DIR: dataDir,
      JAWDA_LOG: 'quiet',
      JAWDA_MIN_DWELL_MS: '200',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  const url = `http://127.0.0.1:${port}`;
  await until(
    async () => {
      if (exitCode !== undefined) throw new Error(`The server exited with ${exitCode} before it was ready:\n${output}`);
      const health = await fetch(`${url}/healthz`).catch(() => undefined);
      return health?.ok === true;
    },
    `${url}/healthz`,
    60_000,
  );

  return {
    url,
    api: `${url}/api/v1`,
    async stop() {
      if (exitCode === undefined) child.kill('SIGTERM');
      assert.equal(await exited, 0, `the server stops gracefully on SIGTERM:\n${output}`);
    },
    async crash() {
      if (exitCode === undefined) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A folder of its own for one server's embedded database. */
export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** Headless Chromium (Debian's) with a new, empty profile; `close()` also deletes the profile. */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  ensureChromium();
  const profile = tempDir('jawda-e2e-profile-');
  const browser = await puppeteer.launch({
    executablePath: chromiumPath as string,
    headless: true,
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      removeDir(profile);
    },
  };
}

/** What went wrong in a page: uncaught exceptions, and console errors. */
export function pageProblems(page: Page): { exceptions: string[]; consoleErrors: string[] } {
  const problems = { exceptions: [] as string[], consoleErrors: [] as string[] };
  page.on('pageerror', (error) => problems.exceptions.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url ?? ''})`);
  });
  return problems;
}

/**
 * The visible text of the first element matching `selector` ('' when there is none): its shadow
 * root's text, whitespace collapsed. `selector` may pierce shadow roots with `>>>`.
 */
export async function shadowText(page: Page, selector: string): Promise<string> {
  const host = await page.$(selector);
  if (!host) return '';
  try {
    return await host.evaluate((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
  } finally {
    await host.dispose();
  }
}

/** The text of the first element matching `selector` (which may pierce shadow roots with `>>>`), or ''. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()).catch(() => '');
}

/** How many elements match `selector` (which may pierce shadow roots with `>>>`). */
export async function countOf(page: Page, selector: string): Promise<number> {
  return (await page.$$eval(selector, (elements) => elements.length).catch(() => 0)) as number;
}

// The in-page functions run in Chromium (the DOM library's types); what they keep on the page.
declare const window: { __e2e: Recorded; dispatchEvent(event: Event): boolean };

export interface Recorded {
  /** `securitypolicyviolation` events: directive, blocked URL and sample. */
  violations: string[];
  /** `rating-submitted` details. */
  submitted: { submissionId: string; score: number; queued: boolean }[];
}

/**
 * Records, from before any page script runs, the CSP violations the page meets and the ratings its
 * elements report. Read them with `recorded(page)`.
 */
export async function recordPageEvents(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    window.__e2e = { violations: [], submitted: [] };
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__e2e.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
    document.addEventListener('rating-submitted', (event) => window.__e2e.submitted.push({ ...(event as CustomEvent).detail }));
  });
}

export const recorded = (page: Page): Promise<Recorded> => page.evaluate(() => window.__e2e);

/**
 * Nothing waits in the page's outbox: no "pending" marker, no localStorage fallback, and no record in
 * the IndexedDB store (opened only when the outbox created it, so this check never creates it).
 */
export function outboxIsEmpty(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    if (localStorage.getItem('jawda:outbox:pending') || localStorage.getItem('jawda:outbox')) return false;
    const databases = await indexedDB.databases();
    if (!databases.some((database) => database.name === 'jawda')) return true;
    return new Promise<boolean>((done) => {
      const opened = indexedDB.open('jawda');
      opened.onerror = () => done(false);
      opened.onsuccess = () => {
        const db = opened.result;
        const counted = db.transaction('outbox').objectStore('outbox').count();
        counted.onsuccess = () => done(counted.result === 0);
        counted.onerror = () => done(false);
        db.close();
      };
    });
  });
}

/** What a browser does when the connection comes back: every Jawda outbox on the page delivers. */
export const goOnline = (page: Page): Promise<boolean> => page.evaluate(() => window.dispatchEvent(new Event('online')));

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/**
 * The vote count in a rating summary as the element shows it, e.g. "٤٫٦ من ٥، ٥٢٣ تقييمًا" or
 * "4.6 out of 5, 523 ratings": the last whole number, in either kind of digits.
 */
export function shownCount(summaryText: string): number {
  const latin = summaryText.replace(/[٠-٩]/g, (digit) => String(ARABIC_INDIC.indexOf(digit))).replace(/(\d)[٬,](?=\d{3})/g, '$1'); // thousands separators (Arabic and Latin)
  const numbers = latin.match(/\d+/g);
  assert.ok(numbers, `no count in the summary "${summaryText}"`);
  return Number(numbers.at(-1));
}

/** The count the API gives for a service now. */
export async function apiCount(api: string, serviceId: string): Promise<number> {
  const response = await fetch(`${api}/services/${serviceId}/rating-summary`, { headers: { 'cache-control': 'no-cache' } });
  assert.equal(response.status, 200);
  return ((await response.json()) as { count: number }).count;
}

/**
 * Rows stored with this submissionId, read with the server's own database module. The server must be
 * stopped: the folder is locked while it runs.
 */
export async function storedRows(dataDir: string, submissionId: string): Promise<number> {
  const db = await openDb({ dataDir });
  try {
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ratings WHERE submission_id = $1', [submissionId]);
    return row!.n;
  } finally {
    await db.close();
  }
}

export const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * A suite's browser and server: the library built, Chromium, the real server with a database of its
 * own, and fresh browser contexts (their own storage) on demand; all closed after the suite.
 * Call inside `describe`: it registers `before` and `after`.
 */
export function browserAndServer(
  prefix: string,
  env: Record<string, string> = {},
): { server(): ServerProcess; dataDir: string; newContext(): Promise<BrowserContext> } {
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let server: ServerProcess | undefined;
  const dataDir = tempDir(`${prefix}-data-`);
  const contexts: BrowserContext[] = [];
  before(async () => {
    ensureBuilt();
    chromium = await launchChromium();
    server = await startServerProcess(await freePort(), dataDir, env);
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await chromium?.close();
    await server?.stop().catch(() => undefined);
    removeDir(dataDir);
  });
  return {
    server: () => server!,
    dataDir,
    async newContext() {
      const context = await chromium!.browser.createBrowserContext();
      contexts.push(context);
      return context;
    },
  };
}
