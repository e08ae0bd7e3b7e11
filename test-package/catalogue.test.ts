/**
 * The Arabic catalogue in the parts a page loads (scripts/localize-build.mjs): together they are
 * lit-localize's catalogue, each message in one part; and each element of the package, with
 * everything it can load, reaches the shared words and its own part, never another element's.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './ssr-support.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = join(ROOT, 'src/generated/locales');
const dist = join(ROOT, 'dist');

/** The keys of a generated catalogue module's `templates`, in order. */
const keysOf = (file: string) => [...readFileSync(join(LOCALES, file), 'utf8').matchAll(/^\s*'([^']+)':/gm)].map((match) => match[1]!);

/** Every chunk `file` (in dist/) can load, statically or by `import()`. */
function loads(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, target] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.\.?\/[^"'`]+\.js)["'`]/g))
    loads(join(dirname(file), target!).replace(/^\.\//, ''), seen);
  return seen;
}

/** The Arabic parts among `chunks`: `core` for the shared words (chunks/ar-<hash>.js), else the part's name. */
const partsIn = (chunks: Set<string>) =>
  [...chunks]
    .map((chunk) => /^chunks\/ar(?:-([a-z-]+?))?-[\w-]{8}\.js$/.exec(chunk))
    .filter((match) => match !== null)
    .map((match) => match[1] ?? 'core')
    .sort();

describe('the Arabic catalogue in parts', () => {
  before(ensureBuilt);

  test("the parts together are lit-localize's catalogue, each message in one part", () => {
    const whole = keysOf('ar.ts');
    const keyLength = Number(/keyLength = (\d+)/.exec(readFileSync(join(LOCALES, 'ar-core.ts'), 'utf8'))![1]);
    const parts = readdirSync(LOCALES).filter((name) => /^ar-[a-z-]+\.ts$/.test(name));
    assert.deepEqual(parts.sort(), [
      'ar-centre-scorecard.ts',
      'ar-certification-badge.ts',
      'ar-core.ts',
      'ar-ranking.ts',
      'ar-rating-results.ts',
      'ar-service-rating.ts',
      'ar-signed-records.ts',
    ]);
    const keys = parts.flatMap(keysOf);
    assert.equal(new Set(keys).size, keys.length, 'no message in two parts');
    const keyOf = (id: string) => (/^[sh][0-9a-f]{16}$/.test(id) ? id.slice(0, keyLength) : id);
    assert.deepEqual(keys.sort(), whole.map(keyOf).sort());
  });

  test('a message is in the part of the code that shows it', () => {
    const partOf = (key: string) => readdirSync(LOCALES).find((name) => /^ar-[a-z-]+\.ts$/.test(name) && keysOf(name).includes(key));
    assert.equal(partOf('ranking.column.rank'), 'ar-ranking.ts');
    assert.equal(partOf('scorecard.cannot-show'), 'ar-centre-scorecard.ts', "the scorecard's own, also shown by a ranking");
    assert.equal(partOf('badge.cannot-show'), 'ar-certification-badge.ts');
    assert.equal(partOf('results.cannot-show'), 'ar-rating-results.ts');
    assert.equal(partOf('rating.kiosk.recorded'), 'ar-service-rating.ts', 'a lazy chunk of the rating (the kiosk)');
  });

  test("each element reaches the shared words and its own part, never another element's", () => {
    assert.deepEqual(partsIn(loads('service-rating.js')), ['core', 'service-rating']);
    // The words of signed records' checks: a part of their own, loaded with the checks' chunk.
    assert.deepEqual(partsIn(loads('certification-badge.js')), ['certification-badge', 'core', 'signed-records']);
    assert.deepEqual(partsIn(loads('centre-scorecard.js')), ['centre-scorecard', 'core', 'ranking']);
  });
});
