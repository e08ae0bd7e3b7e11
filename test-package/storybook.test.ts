// The docs site as built: `npm run build-storybook` writes storybook-static/, and this reads its
// index. Run by the storybook step of `npm test` (scripts/test-all.mjs), right after that build; on
// its own: `npm run build-storybook && node --import tsx --test test-package/storybook.test.ts`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumPath } from '../scripts/ensure-chromium.mjs';
import { publicArgTypes } from '../stories/public-api.ts';
import { openApiDocument } from '../demo/server/routes/openapi.ts';
import { ELEMENTS, root } from './source.ts';

interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'docs' | 'story';
  tags?: string[];
  importPath: string;
}
const out = join(root, 'storybook-static');
let entries: Entry[];

/** The guide pages the issue asks for (stories/guides/*.mdx), by their ids. */
const GUIDES = [
  'getting-started',
  'configuration',
  'theming',
  'frameworks',
  'content-editors',
  'api-contract',
  'arabic-and-rtl',
  'accessibility-statement',
];

before(() => {
  entries = Object.values((JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, Entry> }).entries);
});

describe('storybook-static (the docs site)', () => {
  it('is built from the current sources (newer than every story, guide and the manifest)', () => {
    const built = statSync(join(out, 'index.json')).mtimeMs;
    const sources = [
      'custom-elements.json',
      ...readdirSync(join(root, 'stories'), { recursive: true, encoding: 'utf8' }).map((file) => join('stories', file)),
    ].filter((file) => /\.(ts|mdx|json)$/.test(file));
    assert.deepEqual(
      sources.filter((file) => statSync(join(root, file)).mtimeMs > built),
      [],
      'run npm run build-storybook',
    );
  });

  it('has a docs page for each element, generated from the manifest (autodocs)', () => {
    for (const tag of ELEMENTS) {
      const docs = entries.find((entry) => entry.id === `elements-${tag}--docs`);
      assert.ok(docs, `docs entry for <${tag}>`);
      assert.equal(docs.type, 'docs');
      assert.ok(docs.tags?.includes('autodocs'), `<${tag}> docs are autodocs`);
      assert.ok(
        entries.some((entry) => entry.id === `elements-${tag}--playground` && entry.type === 'story'),
        `<${tag}> has a Playground`,
      );
    }
  });

  it('has every guide page, as a docs entry from stories/guides/*.mdx', () => {
    for (const guide of GUIDES) {
      const docs = entries.find((entry) => entry.id === `guides-${guide}--docs`);
      assert.ok(docs, `guide ${guide}`);
      assert.equal(docs.type, 'docs');
      assert.match(docs.importPath, /^\.\/stories\/guides\/[\w-]+\.mdx$/);
    }
  });

  it("keeps the guides' examples out of the sidebar, and every example is a story the guides can show", () => {
    const examples = entries.filter((entry) => entry.title === 'Guides/Examples');
    assert.ok(examples.length >= 8, examples.map((entry) => entry.id).join(' '));
    // `!dev` in the story's tags: the index lists the tags that apply, without 'dev' (the sidebar's).
    for (const example of examples) assert.ok(example.tags && !example.tags.includes('dev'), `${example.id} is not in the sidebar`);
    assert.ok(!examples.some((entry) => /theme-?css|certificate|contrast/i.test(entry.id)), 'helpers are not stories');
  });

  it("carries the reference server's OpenAPI document (every path and operation)", () => {
    const document = JSON.parse(JSON.stringify(openApiDocument('/api/v1'))) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const assets = readdirSync(join(out, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(out, 'assets', file), 'utf8'))
      .join('\n');
    // As a string literal in any quotes (the minifier writes some as template literals).
    const literal = (text: string) => ['"', "'", '`'].some((quote) => assets.includes(`${quote}${text}${quote}`));
    const operations = Object.values(document.paths)
      .flatMap((item) => Object.values(item).map((op) => op.operationId))
      .filter(Boolean) as string[];
    assert.ok(operations.length >= 6, operations.join(' '));
    assert.deepEqual(
      operations.filter((id) => !literal(id)),
      [],
      'operations missing from the built API page',
    );
    assert.ok(Object.keys(document.paths).length > 15);
    assert.deepEqual(
      Object.keys(document.paths).filter((path) => !literal(path)),
      [],
      'paths missing from the built API page',
    );
  });

  it('has the accessibility panel (addon-a11y) in the manager', () => {
    const manager = readdirSync(join(out, 'sb-addons'), { recursive: true, encoding: 'utf8' });
    assert.ok(
      manager.some((file) => /a11y/.test(file)),
      manager.join(' '),
    );
  });
});

describe('storybook-static in Chromium: the docs pages render', () => {
  let server: Server;
  let browser: Browser;
  let base: string;
  const TYPES: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
  };

  before(async () => {
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      try {
        const body = readFileSync(join(out, path.endsWith('/') ? `${path}index.html` : path));
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Opens a docs page; its h1, the page errors, and the Jawda elements in it that rendered something. */
  async function open(id: string) {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=docs`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('#storybook-docs h1'), { timeout: 15000 });
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('service-rating, centre-scorecard, certification-badge, rating-results')].every((el) =>
            el.shadowRoot?.textContent?.trim(),
          ),
        { timeout: 15000 },
      )
      .catch(() => {});
    const seen = await page.evaluate(() => ({
      h1: document.querySelector('#storybook-docs h1')!.textContent!,
      dir: document.documentElement.dir,
      elements: [...document.querySelectorAll('service-rating, centre-scorecard, certification-badge, rating-results')].map((el) => ({
        tag: el.localName,
        lang: el.closest('[lang]')?.getAttribute('lang'),
        rendered: Boolean(el.shadowRoot?.textContent?.trim()),
      })),
      text: document.querySelector('#storybook-docs')!.textContent!,
      controls: document.querySelectorAll(
        '#storybook-docs table input, #storybook-docs table select, #storybook-docs table textarea, #storybook-docs table button',
      ).length,
    }));
    await page.close();
    return { ...seen, errors };
  }

  for (const tag of ELEMENTS) {
    it(`<${tag}>: its docs page shows the element, controls and the API table`, async () => {
      const page = await open(`elements-${tag}--docs`);
      assert.deepEqual(page.errors, []);
      assert.equal(page.h1, tag);
      assert.ok(
        page.elements.some((el) => el.tag === tag && el.rendered),
        JSON.stringify(page.elements),
      );
      assert.ok(page.controls >= 8, `${page.controls} controls`);
      assert.match(page.text, /css custom properties/i);
      assert.doesNotMatch(page.text, /\binternals\b/, 'no private member (test-package/storybook-api.test.ts checks them all)');
    });
  }

  /** Opens `tag`'s Playground with `args` in the URL (as the Controls panel sets them); what the element then holds. */
  async function playground(tag: string, args: Record<string, string | number | boolean>) {
    const query = Object.entries(args)
      .map(([name, value]) => `${name}:${value === true ? '!true' : value === false ? '!false' : value}`)
      .join(';');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${base}/iframe.html?id=elements-${tag}--playground&viewMode=story&args=${encodeURIComponent(query)}`, {
      waitUntil: 'load',
    });
    await page.waitForFunction((name) => document.querySelector(name)?.shadowRoot, { timeout: 15000 }, tag);
    const seen = await page.evaluate(
      (name, names) => {
        const element = document.querySelector(name) as unknown as Record<string, unknown> & Element;
        return Object.fromEntries(names.map((key) => [key, key in element ? element[key] : element.getAttribute(key)]));
      },
      tag,
      Object.keys(args),
    );
    await page.close();
    return { seen, errors };
  }

  // The Playground offers the mocked certificates as a select (stories/certification-badge.stories.ts), not free text.
  const STORY_OPTIONS: Record<string, string[]> = { 'certification-badge': ['certificateId'] };

  for (const tag of ELEMENTS) {
    it(`<${tag}>: every control of its Playground reaches the element`, async () => {
      // A value of the right type for each control, unlike the default; booleans apart, as some
      // change other properties on purpose (kiosk mode takes the kiosk channel and faces).
      const values: Record<string, string | number> = {};
      const booleans: Record<string, boolean> = {};
      for (const type of Object.values(publicArgTypes(tag))) {
        const control = type.control as { type?: string; disable?: boolean } | false | undefined;
        if (!control || control.disable || !type.name || STORY_OPTIONS[tag]?.includes(type.name)) continue;
        if (type.options?.length) values[type.name] = String(type.options[type.options.length - 1]);
        else if (control.type === 'boolean') booleans[type.name] = true;
        else if (control.type === 'number')
          values[type.name] = 1; // valid for every number here (a score of 1 on thumbs, too)
        else if (control.type === 'text') values[type.name] = 'x1';
      }
      assert.ok(Object.keys(values).length >= 6, Object.keys(values).join(' '));
      const first = await playground(tag, values);
      assert.deepEqual(first.errors, []);
      assert.deepEqual(first.seen, values);
      if (Object.keys(booleans).length) {
        const second = await playground(tag, booleans);
        assert.deepEqual(second.errors, []);
        assert.deepEqual(second.seen, booleans);
      }
    });
  }

  it('the theming guide: three looks, each element in English and Arabic, the prose left to right', async () => {
    const page = await open('guides-theming--docs');
    assert.deepEqual(page.errors, []);
    assert.notEqual(page.dir, 'rtl', 'the docs page keeps its own direction');
    assert.match(page.text, /Bahrain[\s\S]*United Arab Emirates[\s\S]*Saudi Arabia/);
    const ratings = page.elements.filter((el) => el.tag === 'service-rating');
    assert.equal(ratings.length, 6);
    assert.ok(ratings.every((el) => el.rendered));
    assert.deepEqual([...new Set(ratings.map((el) => el.lang))].sort(), ['ar', 'en']);
  });

  it('the API contract guide lists the operations of /openapi.json', async () => {
    const page = await open('guides-api-contract--docs');
    assert.deepEqual(page.errors, []);
    for (const operation of ['getRatingSummary', 'submitRating', 'getCentreEvaluation', 'getOrganisationCertifications'])
      assert.ok(page.text.includes(operation), operation);
    assert.match(page.text, /Schemas \(\d+\)/);
  });
});
