// The framework examples as tests (`node scripts/test-all.mjs frameworks`): React 19, Vue 3, Angular 21
// and Svelte 5 apps (demo/frameworks/*) install the packed Jawda tarball, type-check with the types it
// ships (no declaration of their own), build with their own toolchain, and run in Chromium. Each test
// reads what a person sees: the elements' shadow DOM, and the app's own log of the events its
// handlers received.
//
// Installs demo/frameworks/node_modules with `npm ci` when it is missing or older than
// package-lock.json (about 25 s with npm's cache, 32 s without), and Jawda itself from
// `npm pack` of this repository (built first when dist/ is missing) on every run.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it, type TestContext } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serve, type AppServer } from './server.ts';

const frameworks = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(frameworks, '..', '..');
const bin = (name: string) => join(frameworks, 'node_modules', '.bin', name);

/** Runs a command, fails with its output, and tells how long it took. */
function sh(t: TestContext | undefined, what: string, command: string, args: string[], cwd: string, env: Record<string, string> = {}): void {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const message = `${what}: ${seconds} s`;
  if (t) t.diagnostic(message);
  else console.log(`# ${message}`);
  assert.equal(run.status, 0, `${what} failed (${command} ${args.join(' ')}):\n${run.stdout}\n${run.stderr}`);
}

interface Job {
  status: number | null;
  output: string;
  seconds: number;
}

/** Two at a time (the machine has 2 cores): the type checkers are single-threaded, Angular's build is not. */
const SLOTS = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function job(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Job> {
  if (running >= SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  const start = performance.now();
  try {
    return await new Promise<Job>((resolve) => {
      const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (status) => resolve({ status, output, seconds: (performance.now() - start) / 1000 }));
      child.on('error', (error) => resolve({ status: -1, output: String(error), seconds: 0 }));
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** A job's result in a test: how long it took, and its output when it failed. */
async function passed(t: TestContext, what: string, result: Promise<Job>): Promise<void> {
  const { status, output, seconds } = await result;
  t.diagnostic(`${what}: ${seconds.toFixed(1)} s`);
  assert.equal(status, 0, `${what} failed:\n${output}`);
}

interface Framework {
  name: string;
  title: string;
  /** The framework's own type checker, with the types from `jawda/jsx/<name>` (Angular: its build checks the templates). */
  check?: [string, string[]];
  build: [string, string[]];
  env?: Record<string, string>;
}

const FRAMEWORKS: Framework[] = [
  { name: 'react', title: 'React 19', check: ['tsc', ['-p', '.']], build: ['vite', ['build']] },
  { name: 'vue', title: 'Vue 3', check: ['vue-tsc', ['-p', '.']], build: ['vite', ['build']] },
  { name: 'svelte', title: 'Svelte 5', check: ['svelte-check', ['--tsconfig', './tsconfig.json', '--fail-on-warnings']], build: ['vite', ['build']] },
  // angular/build.mjs: `ng build` (same angular.json, same @angular/build:application builder) without the CLI's packages.
  { name: 'angular', title: 'Angular 21', build: ['node', ['build.mjs']] },
];

// JAWDA_FRAMEWORKS=vue,svelte runs only those.
const only = process.env.JAWDA_FRAMEWORKS?.split(',').map((name) => name.trim());
const selected = FRAMEWORKS.filter((framework) => !only || only.includes(framework.name));

// Helpers inside the page, as plain JavaScript (what tsx compiles would not survive serialisation).
const PAGE_HELPERS = `window.jawda = {
  all: (tag) => [...document.querySelectorAll(tag)],
  shadow: (tag, selector, index = 0) => {
    const host = document.querySelectorAll(tag)[index];
    return host && host.shadowRoot ? (selector ? host.shadowRoot.querySelector(selector) : host.shadowRoot) : null;
  },
  text: (tag, selector, index = 0) => { const node = window.jawda.shadow(tag, selector, index); return node ? node.textContent.replace(/\\s+/g, ' ').trim() : null; },
  log: () => [...document.querySelectorAll('#log li')].map((li) => li.textContent.trim()),
  radios: () => [...(window.jawda.shadow('service-rating')?.querySelectorAll('input[type="radio"]') ?? [])],
  pick: (score) => window.jawda.radios().find((input) => input.value === String(score)).labels[0].click(),
  chip: (id) => window.jawda.shadow('service-rating', 'button.chip[value="' + id + '"]'),
  send: () => window.jawda.shadow('service-rating', '[part="submit"]').click(),
};`;

let browser: Browser;
const checks = new Map<string, Promise<Job>>();
const builds = new Map<string, Promise<Job>>();

before(async () => {
  // Jawda as a portal installs it: the packed tarball, after a build.
  if (!existsSync(join(root, 'dist/types/jsx/react.d.ts'))) sh(undefined, 'npm run build (Jawda)', 'npm', ['run', 'build', '--silent'], root);
  const pack = join(frameworks, '.pack');
  rmSync(pack, { recursive: true, force: true });
  mkdirSync(pack);
  sh(undefined, 'npm pack (Jawda)', 'npm', ['pack', '--silent', '--pack-destination', pack], root);
  const tarball = readdirSync(pack).find((name) => name.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack wrote a tarball');
  // npm ci on a fresh clone, and again whenever package-lock.json changed since the last one.
  const lock = createHash('sha256').update(readFileSync(join(frameworks, 'package-lock.json'))).digest('hex');
  const installed = join(frameworks, 'node_modules', '.jawda-lock-sha256');
  if (!existsSync(installed) || readFileSync(installed, 'utf8') !== lock) {
    sh(undefined, 'npm ci (demo/frameworks)', 'npm', ['ci', '--no-audit', '--no-fund'], frameworks);
    writeFileSync(installed, lock);
  }
  rmSync(join(frameworks, 'node_modules', 'jawda'), { recursive: true, force: true });
  sh(undefined, 'npm install the Jawda tarball', 'npm', ['install', '--no-save', '--no-audit', '--no-fund', join(pack, tarball)], frameworks);
  // Every type check and build starts now, two at a time, Angular's (the longest) first; each test awaits its own.
  for (const framework of [...selected].sort((a, b) => Number(b.name === 'angular') - Number(a.name === 'angular'))) {
    const app = join(frameworks, framework.name);
    if (framework.check) checks.set(framework.name, job(bin(framework.check[0]), framework.check[1], app));
    const [tool, args] = framework.build;
    rmSync(join(app, 'dist'), { recursive: true, force: true });
    builds.set(framework.name, job(tool === 'node' ? process.execPath : bin(tool), args, app, framework.env));
  }
  browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
});

for (const framework of selected) {
  describe(`${framework.title} (demo/frameworks/${framework.name})`, () => {
    const app = join(frameworks, framework.name);
    let server: AppServer;
    let page: Page;
    /** Console errors and uncaught exceptions of the page, except the 404 the app asks for on purpose. */
    const problems: string[] = [];
    /** Console warnings: reported, not failed on. */
    const warnings: string[] = [];
    const log = () => page.evaluate('jawda.log()') as Promise<string[]>;
    const until = (expression: string, what: string) =>
      page.waitForFunction(expression, { timeout: 10_000 }).catch(async () => {
        throw new Error(`timed out waiting for ${what} (${expression}); the app's log: ${JSON.stringify(await log())}`);
      });
    const logged = (line: string) => until(`jawda.log().includes(${JSON.stringify(line)})`, `"${line}" in the app's log`);
    const posts = (serviceId: string) => server.requests.filter((request) => request.method === 'POST' && request.path === `/services/${serviceId}/ratings`);

    after(async () => {
      await page?.close();
      await server?.close();
    });

    if (framework.check) {
      const [tool, args] = framework.check;
      it(`type-checks with ${tool} and jawda/jsx/${framework.name}`, (t) => passed(t, `${tool} ${args.join(' ')}`, checks.get(framework.name)!));
    }

    const [tool, args] = framework.build;
    it(`builds with ${tool === 'node' ? "Angular's application builder (strict templates, CUSTOM_ELEMENTS_SCHEMA)" : tool}`, async (t) => {
      await passed(t, tool === 'node' ? 'ng build (build.mjs)' : `${tool} ${args.join(' ')}`, builds.get(framework.name)!);
      assert.ok(existsSync(join(app, 'dist', 'index.html')), 'dist/index.html');
    });

    it('shows what its attributes and properties say (service-id, scale, the reasonOptions object, show-summary off)', async () => {
      server = await serve(join(app, 'dist'));
      page = await browser.newPage();
      page.on('console', (message) => {
        if (message.type() === 'warn') warnings.push(message.text());
        if (message.type() !== 'error') return;
        if (message.text().includes('404') && message.location().url?.includes('/api/organisations/unknown-org/')) return;
        problems.push(`console.error: ${message.text()} (${message.location().url ?? ''})`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
      await page.evaluateOnNewDocument(PAGE_HELPERS);
      await page.goto(server.url, { waitUntil: 'load' });

      await until(`jawda.radios().length > 0`, 'the rating question');
      assert.equal(await page.evaluate(`document.querySelector('h1').textContent`), `Jawda in ${framework.title.split(' ')[0]}`);
      const rating = (await page.evaluate(`(() => {
        const el = document.querySelector('service-rating');
        return { attribute: el.getAttribute('service-id'), serviceId: el.serviceId, scale: el.scale, reasonOptions: el.reasonOptions,
          reasonAttribute: el.getAttribute('reason-options'), showSummary: el.showSummary, summaryAttribute: el.getAttribute('show-summary'),
          options: jawda.radios().map((input) => input.labels[0].textContent.replace(/\\s+/g, ' ').trim()), question: jawda.text('service-rating', 'legend') };
      })()`)) as Record<string, unknown>;
      assert.equal(rating.attribute, 'x', 'service-id is the attribute');
      assert.equal(rating.serviceId, 'x');
      assert.equal(rating.scale, 'faces');
      assert.equal((rating.options as string[]).length, 3, `three faces: ${JSON.stringify(rating.options)}`);
      assert.equal(rating.question, 'How satisfied are you with this service?');
      assert.deepEqual(rating.reasonOptions, {
        high: [{ id: 'fast', label: { ar: 'سريعة', en: 'Fast, as promised' } }],
        low: [{ id: 'slow', label: { ar: 'بطيئة', en: 'Too slow' } }],
      }, 'reasonOptions is set as the object, not written as an attribute');
      assert.equal(rating.reasonAttribute, null, 'no reason-options attribute ("[object Object]")');
      assert.equal(rating.showSummary, false);
      assert.equal(rating.summaryAttribute, null, 'no show-summary attribute (show-summary="false" would turn it on)');

      await until(`(jawda.text('centre-scorecard') ?? '').includes('Isa Town branch')`, 'the scorecard');
      assert.match((await page.evaluate(`jawda.text('centre-scorecard')`)) as string, /91\.4/);
      await until(`(jawda.text('certification-badge', null, 0) ?? '').includes('ISO 9001')`, 'the certificates');
    });

    it('hands every event the app listens to to its handler (scorecard, certificates, change, rating-submit with context, rating-submitted, cycle-change)', async () => {
      await logged('scorecard-load: isa-town 5');
      await logged('certification-load: iga 2');
      await logged('certification-error: not-found');

      await page.evaluate('jawda.pick(3)');
      await logged('change: 3');
      await until(`jawda.chip('fast')`, 'the service\'s own reason chip');
      assert.match((await page.evaluate(`jawda.text('service-rating', '[part="reasons"]')`)) as string, /Fast, as promised/);
      await page.evaluate(`jawda.chip('fast').click()`);
      await page.evaluate('jawda.send()');
      await logged('rating-submit: 3');
      await logged('rating-submitted: 3 queued=false');
      await until(`jawda.text('service-rating', '[part="message"]') === 'Thank you We have received your rating.'`, 'the thank-you');
      const sent = posts('x');
      assert.equal(sent.length, 1, 'one vote sent');
      assert.deepEqual((sent[0].body as Record<string, unknown>).context, { framework: framework.name }, 'the rating-submit handler added its context');
      assert.deepEqual((sent[0].body as Record<string, unknown>).reasons, ['fast']);
      assert.equal((sent[0].body as Record<string, unknown>).score, 3);

      // The reader picks an earlier cycle in the scorecard's switcher.
      await page.evaluate(`[...jawda.shadow('centre-scorecard', '[part="cycles"]').querySelectorAll('input')].find((input) => input.value === '4').click()`);
      await logged('cycle-change: 4 from 5');
      await logged('scorecard-load: isa-town 4');
      await until(`/88\\.2/.test(jawda.text('centre-scorecard'))`, 'cycle 4 shown');
    });

    it('keeps the summary off after the vote, as the app wrote show-summary (the text "false" would turn it on)', async () => {
      assert.equal(await page.evaluate(`jawda.shadow('service-rating', '[part="summary"]')`), null, 'no summary');
      // What `show-summary={false}` writes in Vue and Svelte: the check above would see it.
      await page.evaluate(`document.querySelector('service-rating').setAttribute('show-summary', 'false')`);
      await until(
        `/1,?204/.test(jawda.text('service-rating', '[part="summary"]') ?? jawda.shadow('service-rating', '[part="summary"]')?.getAttribute('aria-label') ?? '')`,
        'the summary the attribute "false" turns on',
      );
      await page.evaluate(`document.querySelector('service-rating').removeAttribute('show-summary')`);
      await until(`jawda.shadow('service-rating', '[part="summary"]') === null`, 'the summary off again');
    });

    it('starts over when the app moves to another service-id', async () => {
      await page.click('#next');
      await until(`document.querySelector('#service').textContent === 'y'`, 'the app on service y');
      await until(`document.querySelector('service-rating').getAttribute('service-id') === 'y'`, 'service-id="y"');
      await until(`jawda.shadow('service-rating', '[part="message"]') === null && jawda.radios().length === 3`, 'the question again');
      assert.deepEqual(await page.evaluate(`jawda.radios().map((input) => input.checked)`), [false, false, false], 'nothing chosen');
      await page.evaluate('jawda.pick(1)');
      await logged('change: 1');
      await until(`jawda.chip('slow')`, 'the low-score reason chip');
      await page.evaluate('jawda.send()');
      await logged('rating-submitted: 1 queued=false');
      assert.equal(posts('y').length, 1, 'the vote went to service y');
      assert.equal((posts('y')[0].body as Record<string, unknown>).score, 1);
      assert.equal(posts('x').length, 1, 'nothing more for x');
    });

    it('unmounts and mounts again with no error in the console', async (t) => {
      await page.click('#toggle');
      await until(`jawda.all('service-rating, centre-scorecard, certification-badge').length === 0`, 'the elements gone');
      await page.click('#toggle');
      await until(`jawda.all('service-rating, centre-scorecard, certification-badge').length === 4`, 'the elements back');
      await until(`jawda.log().filter((line) => line === 'scorecard-load: isa-town 5').length === 2`, 'the scorecard loaded again');
      await until(
        `jawda.text('service-rating', '[part="message"]')?.startsWith('You have already rated this service You can rate it again after')`,
        'y already rated on this device',
      );
      await page.click('#toggle');
      await until(`jawda.all('service-rating').length === 0`, 'unmounted');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const unexpected = server.requests.filter(
        (request) =>
          request.path.startsWith('/organisations/') &&
          !request.path.startsWith('/organisations/iga/') &&
          !request.path.startsWith('/organisations/unknown-org/'),
      );
      assert.deepEqual(unexpected, []);
      if (warnings.length) t.diagnostic(`console warnings: ${JSON.stringify(warnings)}`);
      assert.deepEqual(problems, [], 'no console error and no uncaught exception');
    });
  });
}
