// `npm run shots`: screenshots of every demo page in Arabic and English, light and dark, at 360 and
// 1366 px (the kiosk at 1366x768 and 1080x1920), and of every element state (each Storybook story)
// in the same four combinations at both widths, into shots/ with an index.html to look at them.
//   npm run shots                      everything (builds Storybook when storybook-static/ is missing)
//   npm run shots -- service kiosk     only these demo pages
//   npm run shots -- stories           only the element states
//   npm run shots -- stories=signed    only the stories whose id contains "signed"
// The real server (embedded database in memory) and Debian's Chromium, as the end-to-end tests use.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { extname, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumPath, ensureChromium } from './ensure-chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'shots');

/** Each page, and what to do on it before the picture (a page state that needs a click). */
const PAGES = {
  index: {},
  service: {},
  'service-dialog': { path: 'service', act: (page) => page.click('#renewal-form button[type=submit]') },
  centres: {},
  quality: {},
  editor: {},
  strict: {},
  kiosk: {
    viewports: [
      [1366, 768],
      [1080, 1920],
      [360, 740],
    ],
  },
};
const WIDTHS = [
  [360, 740],
  [1366, 900],
];

const only = process.argv.slice(2);
const pages = Object.entries(PAGES).filter(([name]) => only.length === 0 || only.includes(name));
const storyFilter = only.find((arg) => arg.startsWith('stories='))?.slice('stories='.length);
const withStories = only.length === 0 || only.includes('stories') || storyFilter !== undefined;

/** storybook-static/ over HTTP (Storybook's iframe needs a server, not file:). */
async function serveStorybook() {
  if (!existsSync(resolve(ROOT, 'storybook-static/index.json')))
    execFileSync('npm', ['run', 'build-storybook', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const root = resolve(ROOT, 'storybook-static');
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
  };
  const server = createHttpServer(async (request, response) => {
    const path = resolve(root, `.${decodeURIComponent(new URL(request.url, 'http://x').pathname)}`);
    const file = path.startsWith(root) && existsSync(path) && statSync(path).isFile() ? path : undefined;
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  const port = await freePort();
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const stories = Object.values(JSON.parse(readFileSync(resolve(root, 'index.json'), 'utf8')).entries).filter(
    (entry) => entry.type === 'story' && (!storyFilter || entry.id.includes(storyFilter)),
  );
  return { url: `http://127.0.0.1:${port}`, stories, stop: () => server.close() };
}

function freePort() {
  return new Promise((done, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'demo/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), JAWDA_DATA_DIR: 'memory', JAWDA_LOG: 'quiet' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop: () => child.kill('SIGTERM') };
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the demo server did not start');
}

if (!existsSync(resolve(ROOT, 'dist/jawda.min.js'))) {
  console.error('dist/jawda.min.js is missing: run `npm run build` first');
  process.exit(1);
}
ensureChromium();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await startServer();
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
});
const shots = [];
try {
  for (const [name, spec] of pages) {
    for (const lang of ['ar', 'en']) {
      for (const theme of ['light', 'dark']) {
        for (const [width, height] of spec.viewports ?? WIDTHS) {
          const context = await browser.createBrowserContext();
          const page = await context.newPage();
          await page.setViewport({ width, height });
          await page.emulateMediaFeatures([
            { name: 'prefers-color-scheme', value: theme },
            { name: 'prefers-reduced-motion', value: 'reduce' },
          ]);
          await page.goto(`${server.url}/${spec.path ?? name}.html?lang=${lang}`, { waitUntil: 'networkidle0' });
          if (spec.act) {
            await spec.act(page);
            await new Promise((done) => setTimeout(done, 400));
          }
          await page.evaluate(() => document.fonts.ready);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
          const file = `${name}-${lang}-${theme}-${width}x${height}.png`;
          // A page with a modal open does not scroll (overflow: hidden): its full-page picture comes out shifted in RTL.
          await page.screenshot({ path: resolve(OUT, file), fullPage: !spec.viewports && !spec.act });
          shots.push({ name, lang, theme, width, height, file, overflow });
          console.log(`${file}${overflow > 0 ? `  (scrolls sideways by ${overflow} px)` : ''}`);
          await context.close();
        }
      }
    }
  }
  if (withStories) {
    const storybook = await serveStorybook();
    try {
      const page = await browser.newPage();
      for (const story of storybook.stories) {
        for (const lang of ['ar', 'en']) {
          for (const theme of ['light', 'dark']) {
            for (const [width, height] of WIDTHS) {
              await page.setViewport({ width, height });
              await page.goto(`${storybook.url}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${lang};theme:${theme}`, {
                waitUntil: 'networkidle0',
              });
              await new Promise((done) => setTimeout(done, 150));
              const file = `story-${story.id}-${lang}-${theme}-${width}.png`;
              const root = await page.$('#storybook-root');
              await (root ?? page).screenshot({ path: resolve(OUT, file) });
              shots.push({ name: `${story.title} / ${story.name}`, group: 'stories', lang, theme, width, height, file, overflow: 0 });
            }
          }
        }
        console.log(`story ${story.id}`);
      }
    } finally {
      storybook.stop();
    }
  }
} finally {
  await browser.close();
  server.stop();
}

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
writeFileSync(
  resolve(OUT, 'index.html'),
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>Jawda screenshots</title>
<style>body{font:14px system-ui;margin:16px}figure{display:inline-block;vertical-align:top;margin:8px;max-width:420px}img{max-width:100%;border:1px solid #ccc}figcaption{margin-block:4px}.bad{color:#b42318;font-weight:700}</style>
<h1>Jawda screenshots (${shots.length})</h1>
${[...new Set(shots.map((s) => s.name))]
  .map(
    (name) =>
      `<h2>${escape(name)}</h2>${shots
        .filter((s) => s.name === name)
        .map(
          (s) =>
            `<figure><a href="${s.file}"><img loading="lazy" src="${s.file}" alt=""></a><figcaption>${s.lang} · ${s.theme} · ${s.width}×${s.height}${s.overflow > 0 ? ` <span class="bad">scrolls sideways ${s.overflow} px</span>` : ''}</figcaption></figure>`,
        )
        .join('')}`,
  )
  .join('\n')}
</html>\n`,
);
console.log(`\n${shots.length} screenshots: ${resolve(OUT, 'index.html')}`);
