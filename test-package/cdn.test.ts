// The CDN snippet (dist/cdn-snippet.html, what the README tells a portal to paste) on a page of
// another origin: jawda.min.js loads with its `integrity` and `crossorigin`, its lazy chunks (the
// Arabic catalogue here) pass the import map's integrity, the elements work; a file that does not
// match its hash is refused. Also: integrity.json covers every file in dist with a correct SHA-384,
// and jawda.min.js imports nothing beside it statically. Needs a build (`npm test` runs it first).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumPath, ensureChromium } from '../scripts/ensure-chromium.mjs';
import { root } from './source.ts';

const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const CDN_BASE = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`;
const filesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesIn(join(dir, name)) : [join(dir, name)]));
const sha384 = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };

/** A server on 127.0.0.1:<random port> answering from `route`. */
async function serve(
  route: (path: string) => { body: string | Buffer; type: string; headers?: Record<string, string> } | undefined,
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const found = route(new URL(request.url ?? '/', 'http://x').pathname);
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': found.type, ...found.headers }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

describe('CDN', () => {
  it('integrity.json has a correct SHA-384 of every file in dist (lazy chunks included)', () => {
    const integrity = JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8'));
    assert.equal(integrity.version, pkg.version);
    const files = filesIn(dist)
      .map((path) => relative(dist, path))
      .filter((name) => name !== 'integrity.json')
      .sort();
    assert.deepEqual(Object.keys(integrity.files).sort(), files);
    for (const name of files) assert.equal(integrity.files[name], sha384(readFileSync(join(dist, name))), name);
    assert.ok(
      files.some((name) => /^jawda-ar-.*\.js$/.test(name)),
      'the Arabic catalogue chunk is listed',
    );
  });

  it('jawda.min.js imports nothing beside it statically (only lazy chunks)', () => {
    const min = readFileSync(join(dist, 'jawda.min.js'), 'utf8');
    assert.doesNotMatch(min, /(?:^|[;}\n])\s*import\s*(?:[\w*{][^;]*?from\s*)?["'`]\.\//, 'no static import');
    assert.match(min, /import\(\s*["'`]\.\/jawda-ar-/, 'the Arabic catalogue is a lazy chunk');
  });

  describe('the README snippet on a page of another origin', () => {
    let cdn: { server: Server; origin: string };
    let portal: { server: Server; origin: string };
    let browser: Browser;
    let profile: string;
    let tamper: string | undefined; // a dist file the CDN serves altered

    before(async () => {
      ensureChromium();
      cdn = await serve((path) => {
        const name = path.replace(/^\//, '');
        if (name.includes('..') || !filesIn(dist).some((file) => relative(dist, file) === name)) return undefined;
        let body: Buffer | string = readFileSync(join(dist, name));
        if (name === tamper) body = `${body}\n// altered on the way`;
        return { body, type: TYPES[extname(name)] ?? 'application/octet-stream', headers: { 'Access-Control-Allow-Origin': '*' } };
      });
      const snippet = readFileSync(join(dist, 'cdn-snippet.html'), 'utf8').replaceAll(CDN_BASE, `${cdn.origin}/`);
      portal = await serve((path) =>
        path === '/'
          ? {
              type: TYPES['.html'],
              body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>portal</title>${snippet}</head>
                <body><certification-badge></certification-badge><service-rating readonly></service-rating></body></html>`,
            }
          : undefined,
      );
      profile = mkdtempSync(join(tmpdir(), 'jawda-cdn-profile-'));
      browser = await puppeteer.launch({
        executablePath: chromiumPath as string,
        headless: true,
        userDataDir: profile,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
      });
    });

    after(async () => {
      await browser?.close().catch(() => undefined);
      if (profile) rmSync(profile, { recursive: true, force: true });
      cdn?.server.close();
      portal?.server.close();
    });

    /** Opens the portal page; returns what the badge says (a configuration message, in Arabic) and the console errors. */
    async function open(): Promise<{ defined: boolean[]; text: string; errors: string[] }> {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(String(error)));
      try {
        await page.goto(portal.origin, { waitUntil: 'load' });
        await page.waitForFunction(() => Boolean(customElements.get('certification-badge')), { timeout: 3000 }).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 500)); // the Arabic catalogue arrives
        const defined = await page.evaluate(() =>
          ['service-rating', 'centre-scorecard', 'certification-badge'].map((tag) => Boolean(customElements.get(tag))),
        );
        const text = await page.evaluate(() => document.querySelector('certification-badge')?.shadowRoot?.textContent?.trim() ?? '');
        return { defined, text, errors };
      } finally {
        await page.close();
      }
    }

    it('loads jawda.min.js and its Arabic chunk with their integrity, and the elements work', async () => {
      tamper = undefined;
      const { defined, text, errors } = await open();
      assert.deepEqual(defined, [true, true, true]);
      assert.match(text, /[\u0600-\u06FF]/, `Arabic text in the badge: ${text}`);
      assert.deepEqual(
        errors.filter((error) => /integrity|Failed to fetch|CORS/i.test(error)),
        [],
      );
    });

    it('refuses jawda.min.js when it does not match its hash', async () => {
      tamper = 'jawda.min.js';
      const { defined, errors } = await open();
      assert.deepEqual(defined, [false, false, false]);
      assert.ok(
        errors.some((error) => /integrity/i.test(error)),
        errors.join('\n'),
      );
    });

    it("refuses a lazy chunk that does not match the import map's hash", async () => {
      // The catalogue's shared part (with the lookup, without which no Arabic shows) that jawda.min.js
      // loads (jawda.hydrate.min.js has its own, under another hash; each element's part is `jawda-ar-<element>-<hash>.js`).
      const bundle = readFileSync(join(dist, 'jawda.min.js'), 'utf8');
      tamper = readdirSync(dist).find((name) => /^jawda-ar-[\w-]{8}\.js$/.test(name) && bundle.includes(name));
      const { defined, text, errors } = await open();
      assert.deepEqual(defined, [true, true, true]);
      assert.doesNotMatch(text, /[\u0600-\u06FF]/, 'the altered catalogue was not used');
      assert.ok(
        errors.some((error) => /integrity/i.test(error)),
        errors.join('\n'),
      );
    });
  });
});
