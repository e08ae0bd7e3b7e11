// The docs site as built: `npm run build-storybook` writes storybook-static/, and this reads its
// index. Run by the storybook step of `npm test` (scripts/test-all.mjs), right after that build; on
// its own: `npm run build-storybook && node --import tsx --test test-package/storybook.test.ts`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { openApiDocument } from '../demo/server/routes/openapi.ts';
import { ELEMENTS, root } from './source.ts';

interface Entry { id: string; title: string; name: string; type: 'docs' | 'story'; tags?: string[]; importPath: string }
const out = join(root, 'storybook-static');
let entries: Entry[];

/** The guide pages the issue asks for (stories/guides/*.mdx), by their ids. */
const GUIDES = ['getting-started', 'configuration', 'theming', 'frameworks', 'content-editors', 'api-contract', 'arabic-and-rtl', 'accessibility-statement'];

before(() => {
  entries = Object.values((JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, Entry> }).entries);
});

describe('storybook-static (the docs site)', () => {
  it('is built from the current sources (newer than every story, guide and the manifest)', () => {
    const built = statSync(join(out, 'index.json')).mtimeMs;
    const sources = ['custom-elements.json', ...readdirSync(join(root, 'stories'), { recursive: true, encoding: 'utf8' }).map((file) => join('stories', file))]
      .filter((file) => /\.(ts|mdx|json)$/.test(file));
    assert.deepEqual(sources.filter((file) => statSync(join(root, file)).mtimeMs > built), [], 'run npm run build-storybook');
  });

  it('has a docs page for each element, generated from the manifest (autodocs)', () => {
    for (const tag of ELEMENTS) {
      const docs = entries.find((entry) => entry.id === `elements-${tag}--docs`);
      assert.ok(docs, `docs entry for <${tag}>`);
      assert.equal(docs.type, 'docs');
      assert.ok(docs.tags?.includes('autodocs'), `<${tag}> docs are autodocs`);
      assert.ok(entries.some((entry) => entry.id === `elements-${tag}--playground` && entry.type === 'story'), `<${tag}> has a Playground`);
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

  it('keeps the guides\' examples out of the sidebar, and every example is a story the guides can show', () => {
    const examples = entries.filter((entry) => entry.title === 'Guides/Examples');
    assert.ok(examples.length >= 8, examples.map((entry) => entry.id).join(' '));
    // `!dev` in the story's tags: the index lists the tags that apply, without 'dev' (the sidebar's).
    for (const example of examples) assert.ok(example.tags && !example.tags.includes('dev'), `${example.id} is not in the sidebar`);
    assert.ok(!examples.some((entry) => /theme-?css|certificate|contrast/i.test(entry.id)), 'helpers are not stories');
  });

  it('carries the reference server\'s OpenAPI document (every path and operation)', () => {
    const document = JSON.parse(JSON.stringify(openApiDocument('/api/v1'))) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const assets = readdirSync(join(out, 'assets')).filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(out, 'assets', file), 'utf8')).join('\n');
    // As a string literal in any quotes (the minifier writes some as template literals).
    const literal = (text: string) => ['"', "'", '`'].some((quote) => assets.includes(`${quote}${text}${quote}`));
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item).map((op) => op.operationId)).filter(Boolean) as string[];
    assert.ok(operations.length >= 6, operations.join(' '));
    assert.deepEqual(operations.filter((id) => !literal(id)), [], 'operations missing from the built API page');
    assert.ok(Object.keys(document.paths).length > 15);
    assert.deepEqual(Object.keys(document.paths).filter((path) => !literal(path)), [], 'paths missing from the built API page');
  });

  it('has the accessibility panel (addon-a11y) in the manager', () => {
    const manager = readdirSync(join(out, 'sb-addons'), { recursive: true, encoding: 'utf8' });
    assert.ok(manager.some((file) => /a11y/.test(file)), manager.join(' '));
  });
});
