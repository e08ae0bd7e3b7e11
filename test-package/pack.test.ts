// What `npm install jawda` puts on a portal's disk: the file list of `npm pack` (dist, the manifest,
// editor data, LICENSE, README; no sources, tests, demo or generated sources), every `exports` target
// inside it, `sideEffects` covering the modules that define the elements, and the package fields
// procurement and tools look for. Needs a build (`npm test` runs it first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ELEMENTS, root } from './source.ts';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let files: string[];

before(() => {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  files = (JSON.parse(run.stdout)[0].files as { path: string }[]).map((file) => file.path).sort();
});

/** package.json `sideEffects` / `files` glob (`*` within one path segment). */
const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')}$`,
  );

/** Every `exports` target, however deeply nested in conditions. */
function targets(entry: unknown): string[] {
  if (typeof entry === 'string') return [entry];
  return entry && typeof entry === 'object' ? Object.values(entry).flatMap(targets) : [];
}

describe('npm pack', () => {
  it('ships dist, the manifest, editor data, types, LICENSE and README', () => {
    const expected = [
      'LICENSE',
      'README.md',
      'package.json',
      'custom-elements.json',
      'dist/index.js',
      'dist/contract.js',
      'dist/autoloader.js',
      'dist/jawda.min.js',
      'dist/jsx.js',
      'dist/integrity.json',
      'dist/autoloader.js.map',
      'dist/jawda.min.js.map',
      'dist/types/autoloader.d.ts',
      'dist/ssr.js',
      'dist/hydrate.js',
      'dist/jawda.hydrate.min.js',
      'dist/types/ssr/index.d.ts',
      'dist/types/hydrate.d.ts',
      'dist/html-custom-data.json',
      'dist/css-custom-data.json',
      'dist/web-types.json',
      'dist/types/index.d.ts',
      'dist/types/jsx/elements.d.ts',
      ...['react', 'preact', 'solid', 'vue', 'svelte'].map((framework) => `dist/types/jsx/${framework}.d.ts`),
      ...ELEMENTS.flatMap((tag) => [`dist/${tag}.js`, `dist/${tag}.js.map`, `dist/types/${tag}/define.d.ts`]),
    ];
    assert.deepEqual(
      expected.filter((file) => !files.includes(file)),
      [],
    );
  });

  it('ships a source map, with the sources inside, for every file with code (maps named by the npm entries, beside jawda.min.js)', () => {
    // The bundler's own runtime helper (rolldown-runtime) has no source of ours to map.
    const code = files.filter(
      (file) => file.endsWith('.js') && file !== 'dist/jsx.js' && !/^dist\/chunks\/rolldown-runtime-[\w-]+\.js$/.test(file),
    );
    // A chunk made only of re-exports (index.js, the class entries) has no mappings, so no map.
    const withCode = code.filter((file) => !/^(\s*(import|export)\b[^;]*;|\s*\/\/.*|\s*)*$/.test(readFileSync(join(root, file), 'utf8')));
    assert.ok(withCode.length > 10, withCode.join(' '));
    const noMap = withCode.filter((file) => !files.includes(`${file}.map`));
    assert.deepEqual(noMap, []);
    for (const file of withCode) {
      const map = JSON.parse(readFileSync(join(root, `${file}.map`), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      // src/ is not in the package: a map without the sources would point at nothing.
      assert.ok(
        map.sources.length > 0 &&
          map.sourcesContent?.length === map.sources.length &&
          map.sourcesContent.every((text) => typeof text === 'string'),
        `${file}.map carries its sources`,
      );
      const named = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(root, file), 'utf8'))?.[1];
      if (/^dist\/jawda[.-]/.test(file))
        assert.equal(named, undefined, `${file}: the CDN bundle does not name its map (bytes every page would load)`);
      else assert.equal(named, `${file.split('/').pop()}.map`, `${file} names its map`);
    }
  });

  it('ships the npm entries readable (not minified) and jawda.min.js minified', () => {
    // A readable chunk still has one long line per import and export statement (`import { A as x, ... } from`),
    // however many names it shares: those are the bundler's, not code. (Minified, they read `import{`.)
    const longestLine = (file: string) =>
      Math.max(
        ...readFileSync(join(root, file), 'utf8')
          .split('\n')
          .filter((line) => !/^(import|export) \{ /.test(line))
          .map((line) => line.length),
      );
    const lines = (file: string) => readFileSync(join(root, file), 'utf8').split('\n').length;
    for (const file of [
      ...ELEMENTS.map((tag) => `dist/${tag}.js`),
      'dist/autoloader.js',
      ...files.filter((file) => /^dist\/chunks\/(service-rating|centre-scorecard|certification-badge)-[\w-]+\.js$/.test(file)),
    ]) {
      assert.ok(longestLine(file) < 400, `${file} is not minified (longest line ${longestLine(file)})`);
    }
    const element = files.find((file) => /^dist\/chunks\/service-rating-[\w-]+\.js$/.test(file))!;
    assert.ok(lines(element) > 200, `${element} keeps its lines`);
    assert.match(readFileSync(join(root, element), 'utf8'), /\bServiceRating = class\b/, 'names kept');
    // (Its lines are the ones inside template literals: the markup and CSS keep theirs.)
    const perLine = readFileSync(join(root, 'dist/jawda.min.js'), 'utf8').length / lines('dist/jawda.min.js');
    assert.ok(
      longestLine('dist/jawda.min.js') > 5000 && perLine > 80,
      `jawda.min.js is minified (${Math.round(perLine)} characters a line)`,
    );
    assert.ok(readFileSync(join(root, element), 'utf8').length / lines(element) < 60, `${element}: lines of source length`);
  });

  it('ships no sources, tests, demo, stories, scripts or generated sources', () => {
    const junk = files.filter(
      (file) =>
        /^(src|test|test-package|demo|stories|scripts|bench|xliff|\.storybook|storybook-static|node_modules|\.wtr-results)\//.test(file) ||
        /(^|\/)generated\//.test(file) ||
        /\.(test|stories)\.|\.tsbuildinfo$|\.log$/.test(file) ||
        (/^[^/]+\.(ts|mjs|json)$/.test(file) && !['package.json', 'custom-elements.json'].includes(file)),
    );
    assert.deepEqual(junk, []);
    assert.ok(
      files.every((file) => ['LICENSE', 'README.md', 'package.json', 'custom-elements.json'].includes(file) || file.startsWith('dist/')),
      files.join(' '),
    );
  });

  it('has every exports target in the package', () => {
    const missing = Object.entries(pkg.exports).flatMap(([key, entry]) =>
      targets(entry)
        .map((target) => [key, target.replace(/^\.\//, '')])
        .filter(([, target]) => !files.includes(target)),
    );
    assert.deepEqual(missing, []);
    for (const key of ['.', './jawda.min.js', './custom-elements.json', './package.json', './jsx/react'])
      assert.ok(pkg.exports[key], `exports["${key}"]`);
    for (const field of ['main', 'module', 'types', 'web-types', 'customElements'])
      assert.ok(files.includes(pkg[field].replace(/^\.\//, '')), `${field}: ${pkg[field]}`);
  });

  it('names in sideEffects every module that defines an element (and each pattern matches a file)', () => {
    // `./src/**` is for our own build: Vite applies the package's sideEffects to its sources too.
    const shipped = (pkg.sideEffects as string[]).filter((pattern) => !pattern.startsWith('./src/'));
    assert.ok(
      (pkg.sideEffects as string[]).includes('./src/**'),
      'sideEffects keeps ./src/** (or Vite drops the definitions from jawda.min.js)',
    );
    const patterns = shipped.map(glob);
    for (const pattern of patterns)
      assert.ok(
        files.some((file) => pattern.test(file)),
        `${pattern} matches a shipped file`,
      );
    const tagLiteral = new RegExp(`["'\`](${ELEMENTS.join('|')})["'\`]`);
    const defining = files.filter((file) => file.endsWith('.js') && tagLiteral.test(readFileSync(join(root, file), 'utf8')));
    assert.ok(defining.length >= ELEMENTS.length, defining.join(' '));
    assert.deepEqual(
      defining.filter((file) => !patterns.some((pattern) => pattern.test(file))),
      [],
    );
    for (const entry of ['dist/index.js', ...ELEMENTS.map((tag) => `dist/${tag}.js`)])
      assert.ok(
        patterns.some((pattern) => pattern.test(entry)),
        entry,
      );
    assert.ok(!patterns.some((pattern) => pattern.test('dist/contract.js')), 'the contract has no side effects');
  });

  it('has class-only entries that register no tag (jawda/<element>/class)', () => {
    const imports = (file: string) =>
      [
        ...readFileSync(join(root, file), 'utf8').matchAll(
          /(?:^|[;}])\s*(?:import|export)\s*(?:[\w*{][^;]*?from\s*)?["'`](\.\/[^"'`]+)["'`]/g,
        ),
      ].map((m) => join(file, '..', m[1]));
    for (const [tag, className] of [
      ['service-rating', 'ServiceRating'],
      ['centre-scorecard', 'CentreScorecard'],
      ['certification-badge', 'CertificationBadge'],
    ]) {
      const entry = pkg.exports[`./${tag}/class`];
      assert.ok(
        entry && files.includes(entry.import.replace(/^\.\//, '')) && files.includes(entry.types.replace(/^\.\//, '')),
        `exports["./${tag}/class"]`,
      );
      const loaded = new Set<string>();
      const pending = [entry.import.replace(/^\.\//, '')];
      while (pending.length) {
        const file = pending.pop()!;
        if (loaded.has(file)) continue;
        loaded.add(file);
        pending.push(...imports(file));
      }
      const tagLiteral = new RegExp(`["'\`](${ELEMENTS.join('|')})["'\`]`);
      assert.deepEqual(
        [...loaded].filter((file) => tagLiteral.test(readFileSync(join(root, file), 'utf8'))),
        [],
        `${tag}/class registers no tag`,
      );
      assert.match(readFileSync(join(root, entry.import), 'utf8'), new RegExp(`as ${className}\\b`), `exports ${className}`);
      assert.ok(
        !(pkg.sideEffects as string[]).map(glob).some((pattern) => pattern.test(entry.import.replace(/^\.\//, ''))),
        `${tag}/class has no side effects`,
      );
    }
  });

  it("has an autoloader that imports nothing up front and each element's own entry on demand (jawda/autoloader)", () => {
    const entry = pkg.exports['./autoloader'];
    assert.ok(
      entry && files.includes(entry.import.replace(/^\.\//, '')) && files.includes(entry.types.replace(/^\.\//, '')),
      'exports["./autoloader"]',
    );
    const code = readFileSync(join(root, entry.import), 'utf8');
    const statics = [...code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[\w*{][^;]*?from\s*)?["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
    assert.deepEqual(statics, [], 'no static import: the page loads the autoloader alone first');
    const dynamic = [...code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]).sort();
    assert.deepEqual(dynamic, ELEMENTS.map((tag) => `./${tag}.js`).sort(), 'one import() per element, of its own entry');
    assert.ok((pkg.sideEffects as string[]).includes('./dist/autoloader.js'), 'the autoloader is a side effect (it watches the page)');
  });

  it('has a LICENSE, a lit range, and repository, homepage and bugs', () => {
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    assert.equal(pkg.license, 'MIT');
    assert.match(license, /^MIT License/);
    assert.match(license, /Copyright \(c\) 2026 Jawda contributors/);
    assert.match(pkg.dependencies.lit, /^\^3\./);
    assert.match(pkg.repository.url, /^git\+https:\/\//);
    assert.match(pkg.homepage, /^https:\/\//);
    assert.match(pkg.bugs.url, /^https:\/\//);
  });
});
