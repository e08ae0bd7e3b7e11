// Measures what a portal downloads: raw, gzip and brotli bytes of
// - each npm entry (lit external, as an npm consumer gets it),
// - each element bundled alone with everything it needs (lit and zod inside),
// - dist/jawda.min.js (all three, self-contained) and the lazily loaded Arabic catalogue.
import { readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

export const ELEMENTS = ['service-rating', 'centre-scorecard', 'certification-badge'].filter((name) => existsSync(`src/${name}/define.ts`));

function bytes(files) {
  const buffer = Buffer.concat(files.map((file) => readFileSync(file)));
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const isCatalogue = (file) => /(^|[-/])ar-[\w-]+\.js$/.test(file);

/** Builds `entry` alone with every dependency inlined into .size/<name>/. */
async function standalone(name, entry) {
  const outDir = `.size/${name}`;
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      target: 'es2022', outDir, emptyOutDir: true, reportCompressedSize: false,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } },
    },
  });
  const files = readdirSync(outDir).map((file) => `${outDir}/${file}`);
  return { main: files.filter((f) => !isCatalogue(f)), catalogue: files.filter(isCatalogue) };
}

/** Every measured bundle: [{ name, raw, gzip, brotli }]. Expects `npm run build` to have run. */
export async function measure() {
  if (!existsSync('dist/jawda.min.js')) throw new Error('dist/ is missing: run `npm run build` first.');
  const rows = [];
  for (const name of ['index', ...ELEMENTS, 'contract']) {
    if (existsSync(`dist/${name}.js`)) rows.push({ name: `dist/${name}.js (npm, lit external)`, key: `npm:${name}`, ...bytes([`dist/${name}.js`]) });
  }
  for (const name of ELEMENTS) {
    const { main } = await standalone(name, `src/${name}/define.ts`);
    rows.push({ name: `${name} alone, all dependencies inlined`, key: `standalone:${name}`, ...bytes(main) });
  }
  rows.push({ name: 'dist/jawda.min.js (everything, English)', key: 'min', ...bytes(['dist/jawda.min.js']) });
  const catalogue = readdirSync('dist').filter((file) => isCatalogue(file)).map((file) => `dist/${file}`);
  if (catalogue.length) rows.push({ name: `${catalogue.join(', ')} (Arabic catalogue, lazy)`, key: 'catalogue:ar', ...bytes(catalogue) });
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
