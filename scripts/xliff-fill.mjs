// Adds Arabic <target>s to xliff/ar.xlf from a JSON file { "<trans-unit id>": "target text" }.
// In the target, write {0}, {1} ... where the source has <x id="0" .../>, <x id="1" .../>; the
// placeholders are copied from the source. Existing targets are replaced.
//   node scripts/xliff-fill.mjs my-translations.json
// `node scripts/xliff-fill.mjs --missing` lists the units that have no target yet.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'xliff/ar.xlf';
let xliff = readFileSync(file, 'utf8');
const unitPattern = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?\s*<\/trans-unit>/g;
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

if (process.argv[2] === '--missing') {
  const missing = [...xliff.matchAll(unitPattern)].filter((m) => !m[3]);
  for (const [, id, source] of missing) console.log(`${id}\t${source}`);
  console.error(`${missing.length} unit(s) without an Arabic target`);
  process.exit(missing.length ? 1 : 0);
}

const translations = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let filled = 0;
xliff = xliff.replace(unitPattern, (whole, id, source) => {
  if (!(id in translations)) return whole;
  const placeholders = Object.fromEntries([...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]));
  const target = escape(translations[id]).replace(/\{(\d+)\}/g, (_, n) => {
    if (!placeholders[n]) throw new Error(`${id}: the source has no placeholder ${n}`);
    return placeholders[n];
  });
  filled++;
  return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>\n</trans-unit>`;
});
writeFileSync(file, xliff);
console.log(`${filled} target(s) written to ${file}`);
const unknown = Object.keys(translations).filter((id) => !xliff.includes(`id="${id}"`));
if (unknown.length) console.warn(`not in ${file} (run \`npm run localize:extract\` first?): ${unknown.join(', ')}`);
