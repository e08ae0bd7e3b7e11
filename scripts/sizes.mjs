// Measures what a portal downloads: raw, gzip and brotli bytes, always minified, of
// - each npm entry (lit external, as an npm consumer gets it, once its bundler has minified it: dist/
//   is not minified, so the npm build runs again here with minification, into .size/npm),
// - each element bundled alone with everything it needs (lit and zod inside),
// - dist/jawda.min.js (all three, self-contained) and the lazily loaded Arabic catalogue, in its parts
//   (scripts/localize-build.mjs): what an Arabic page with one element loads, the ranking's words.
// - dist/jawda.hydrate.min.js: the same for server-rendered pages (with Lit's hydration support).
import { readFileSync, existsSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';
import { minifyLiterals } from './minify-literals.mjs';

export const ELEMENTS = ['service-rating', 'centre-scorecard', 'certification-badge', 'rating-results'].filter((name) =>
  existsSync(`src/${name}/define.ts`),
);

/** zod's own default message: present only where zod is bundled. */
const hasZod = (files) => files.some((file) => readFileSync(file, 'utf8').includes('Invalid input'));

function bytes(files) {
  const buffer = Buffer.concat(files.map((file) => readFileSync(file)));
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const isCatalogue = (file) => /(^|[-/])ar-[\w-]+\.js$/.test(file);

/** A catalogue chunk's part: `ar-<part>-<hash>.js`; the shared words' chunk (with the lookup) is `ar-<hash>.js`. */
const cataloguePart = (file) => /(?:^|[-/])ar(?:-([a-z-]+?))?-[\w-]{8}\.js$/.exec(file)?.[1] ?? 'core';

/** Files fetched one by one (each compressed on its own): the sum of their sizes. */
function sumOf(files) {
  const each = files.map((file) => bytes([file]));
  return Object.fromEntries(['raw', 'gzip', 'brotli'].map((key) => [key, each.reduce((sum, size) => sum + size[key], 0)]));
}

/** `file` and every chunk it imports statically (what loads before it runs); dynamic imports are lazy. */
export function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  // Static: `import ... from "./x.js"` and bare `import "./x.js"`; not `import("./x.js")`.
  for (const [, target] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+\.js)["']/g)) {
    staticGraph(new URL(target, `file:///${dir}`).pathname.slice(1), seen);
  }
  return seen;
}

/** The lazily loaded chunks reachable from `file` (dynamic `import()`), outside its static graph. */
function lazyChunks(file) {
  const initial = staticGraph(file);
  const lazy = new Set();
  for (const member of initial) {
    const dir = member.slice(0, member.lastIndexOf('/') + 1);
    for (const [, target] of readFileSync(member, 'utf8').matchAll(/import\(\s*["'`](\.\.?\/[^"'`]+\.js)["'`]\s*\)/g)) {
      for (const chunk of staticGraph(new URL(target, `file:///${dir}`).pathname.slice(1))) if (!initial.has(chunk)) lazy.add(chunk);
    }
  }
  return [...lazy];
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * Builds `entry` alone, minified, with every dependency inlined, into `outDir` (as a portal ships it:
 * from the npm build, so with the version written in as vite.config.ts writes it). `plugins` run
 * before the literals are minified (scripts/signed-share.mjs cuts code out with one).
 */
export async function bundleAlone(name, entry, outDir, plugins = []) {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'silent',
    // As the npm package ships them: Lit templates' text minified (vite.config.ts).
    plugins: [...plugins, minifyLiterals()],
    define: { __JAWDA_VERSION__: JSON.stringify(version) },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      // As a portal's own bundler would: what the lazy chunks share with the entry stays in the entry.
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
}

async function standalone(name, entry) {
  const outDir = `.size/${name}`;
  await bundleAlone(name, entry, outDir);
  const entryFile = `${outDir}/${name}.js`;
  return { main: [...staticGraph(entryFile)], lazy: lazyChunks(entryFile) };
}

/** Every measured bundle: [{ name, raw, gzip, brotli }]. Expects `npm run build` to have run. */
export async function measure() {
  if (!existsSync('dist/jawda.min.js')) throw new Error('dist/ is missing: run `npm run build` first.');
  const rows = [];
  // vite.config.ts `--mode size`: the npm build, minified (dist/ itself is readable, not minified).
  await build({ mode: 'size', logLevel: 'silent' });
  for (const name of ['index', ...ELEMENTS, 'autoloader', 'contract']) {
    const file = `.size/npm/${name}.js`;
    if (existsSync(file))
      rows.push({ name: `dist/${name}.js (npm, lit external, minified)`, key: `npm:${name}`, ...bytes([...staticGraph(file)]) });
  }
  for (const name of ELEMENTS) {
    const { main, lazy } = await standalone(name, `src/${name}/define.ts`);
    rows.push({
      name: `${name} alone, with lit and core (initial load)`,
      key: `standalone:${name}`,
      zodInitial: hasZod(main),
      ...bytes(main),
    });
    const other = lazy.filter((file) => !isCatalogue(file));
    if (other.length)
      rows.push({ name: `  + lazy: ${other.map((f) => f.split('/').pop()).join(', ')}`, key: `standalone-lazy:${name}`, ...bytes(other) });
    rows.push({ name: `  = ${name} in all (initial + lazy, English)`, key: `standalone-total:${name}`, ...bytes([...main, ...other]) });
  }
  const min = [...staticGraph('dist/jawda.min.js')];
  rows.push({
    name: `dist/jawda.min.js (everything, English${min.length > 1 ? `, + ${min.length - 1} static chunks` : ''})`,
    key: 'min',
    zodInitial: hasZod(min),
    ...bytes(min),
  });
  const lazy = lazyChunks('dist/jawda.min.js');
  // The Arabic words load before an element's first Arabic render: the shared part (with the lookup)
  // and the element's own, each a chunk (sizes summed, as fetched); the ranking's only with a ranking.
  const parts = {};
  for (const file of lazy.filter(isCatalogue)) (parts[cataloguePart(file)] ??= []).push(file);
  if (parts.core) {
    rows.push({ name: '  Arabic words shared by the elements, with the lookup (lazy)', key: 'catalogue:ar:core', ...sumOf(parts.core) });
    for (const part of [...ELEMENTS, 'ranking', 'signed-records'].filter((name) => parts[name])) {
      const alone = part === 'ranking' || part === 'signed-records';
      rows.push({
        name: alone
          ? `  + Arabic words of the ${part === 'ranking' ? 'ranking (with a ranking only)' : 'signed records (with a signed record only)'}`
          : `  Arabic words of a page with only ${part}, shared ones included`,
        key: `catalogue:ar:${part}`,
        ...sumOf(alone ? parts[part] : [...parts.core, ...parts[part]]),
      });
    }
  }
  const otherLazy = lazy.filter((file) => !isCatalogue(file));
  if (otherLazy.length)
    rows.push({
      name: `  + other lazy chunks: ${otherLazy.map((f) => f.split('/').pop()).join(', ')}`,
      key: 'min-lazy',
      ...bytes(otherLazy),
    });
  rows.push({ name: '  = dist/jawda.min.js in all (initial + lazy, English)', key: 'min-total', ...bytes([...min, ...otherLazy]) });
  // Server-rendered pages load this one instead: the same bundle with Lit's hydration support first.
  if (existsSync('dist/jawda.hydrate.min.js')) {
    const hydrate = [...staticGraph('dist/jawda.hydrate.min.js')];
    rows.push({
      name: `dist/jawda.hydrate.min.js (server-rendered pages${hydrate.length > 1 ? `, + ${hydrate.length - 1} static chunks` : ''})`,
      key: 'min-hydrate',
      zodInitial: hasZod(hydrate),
      ...bytes(hydrate),
    });
  }
  return rows;
}

export function printTable(rows, budgets = {}) {
  const kb = (n) => (n / 1000).toFixed(2).padStart(7);
  console.log(`${'bundle'.padEnd(58)} ${'raw kB'.padStart(7)} ${'gzip kB'.padStart(7)} ${'br kB'.padStart(7)}  budget (gzip)`);
  for (const row of rows) {
    const budget = budgets[row.key];
    const verdict = budget ? `${kb(budget)}  ${row.gzip <= budget ? 'ok' : 'OVER'}` : '';
    console.log(`${row.name.padEnd(58)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}  ${verdict}`);
  }
}
