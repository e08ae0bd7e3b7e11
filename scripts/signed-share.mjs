// `npm run size:signed`: what signed certification records add to the first loads (issue 21: at most
// 0.2 kB each). Each first load is bundled twice, minified and gzipped as `npm run size` does: as it
// is, and with the signed records' first-load pieces cut out of the sources as the bundler reads
// them (the lazy checks, the `require-signature` property, the hydration's wait for the checks, the
// pill's and the dialog title's seal). Fails when a difference is over the limit, or when a piece to
// cut is no longer where this script looks for it (the comparison would mean nothing).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleAlone, staticGraph } from './sizes.mjs';

const LIMIT = 200;
const OUT = '.size/signed-share';
const BADGE = 'certification-badge/certification-badge.ts';
const VIEWS = 'certification-badge/views.ts';

/** What a page without signed records would not need: [file, text, replacement]. */
const CUTS = [
  [BADGE, "const sealChunk = lazy(() => import('./signed/seals.js'));\n", ''],
  [BADGE, "    requireSignature: { attribute: 'require-signature', type: Boolean },\n", ''],
  [BADGE, '  readonly #checks = new LazyPart(sealChunk, ({ SignatureChecks }) => new SignatureChecks(this));\n', ''],
  [BADGE, / {4}const required = this\.requireSignature[^]*?\n {4}return \(isServer[^\n]*\n/, '    return loaded;\n'],
  [BADGE, '    const data = serverData(this);\n', ''],
  [BADGE, / {6}\/\/ The server rendered its checks[^]*?\n(?= {4}\];)/, ''],
  [BADGE, '      seal: (isServer ? this.serverContext?.checks : this.#checks.value)?.seal,\n', ''],
  [VIEWS, '    view.seal?.(view, certification)?.pill ??\n', ''],
  [VIEWS, '${view.seal?.(view, certification)?.title ?? heading(', '${heading('],
];

/** The first loads: each element alone (lit and core in), and the bundles of everything. */
const ENTRIES = {
  'certification-badge': 'certification-badge/define.ts',
  'service-rating': 'service-rating/define.ts',
  'centre-scorecard': 'centre-scorecard/define.ts',
  'jawda.min': 'index.ts',
  'jawda.hydrate.min': 'hydrate.ts',
};

/** Cuts CUTS out of the sources as they are read; counts each cut made. */
const made = new Set();
const cutSigned = {
  name: 'jawda:cut-signed-records',
  enforce: 'pre',
  transform(code, id) {
    let cut = code;
    for (const [index, [file, text, replacement]] of CUTS.entries()) {
      if (!id.split('?')[0].endsWith(`/src/${file}`)) continue;
      const next = cut.replace(text, replacement);
      if (next !== cut) made.add(index);
      cut = next;
    }
    return cut === code ? null : cut;
  },
};

async function gzipOf(name, entry, outDir, plugins) {
  await bundleAlone(name, entry, outDir, plugins);
  const files = [...staticGraph(`${outDir}/${name}.js`)];
  return gzipSync(Buffer.concat(files.map((file) => readFileSync(file))), { level: 9 }).length;
}

let over = 0;
console.log('first load (gzip B)       with   without  signed records add');
for (const [name, entry] of Object.entries(ENTRIES)) {
  const withSigned = await gzipOf(name, `src/${entry}`, `${OUT}/with/${name}`);
  const without = await gzipOf(name, `src/${entry}`, `${OUT}/without/${name}`, [cutSigned]);
  const added = withSigned - without;
  if (added > LIMIT) over++;
  console.log(
    `${name.padEnd(22)} ${String(withSigned).padStart(7)} ${String(without).padStart(9)}  ${String(added).padStart(5)}${added > LIMIT ? `  over ${LIMIT}` : ''}`,
  );
}
const missed = CUTS.filter((_, index) => !made.has(index));
for (const [file, text] of missed)
  console.error(`signed-share: not found in src/${file}: ${text}\nUpdate CUTS in scripts/signed-share.mjs to the code as it is now.`);
process.exit(over || missed.length ? 1 : 0);
