// Merges the <trans-unit>s of several copies of xliff/ar.xlf (e.g. two branches' versions) by id,
// into xliff/ar.xlf; then `npm run localize:extract` orders them and drops units no code uses.
//   git show branch-a:xliff/ar.xlf > /tmp/a.xlf; git show branch-b:xliff/ar.xlf > /tmp/b.xlf
//   node scripts/xliff-merge.mjs /tmp/a.xlf /tmp/b.xlf && npm run localize:extract
import { readFileSync, writeFileSync } from 'node:fs';

const units = new Map();
for (const file of process.argv.slice(2)) {
  for (const [unit, id] of readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>/g)) {
    // A unit with a target wins over the same unit without one.
    if (!units.has(id) || (!units.get(id).includes('<target>') && unit.includes('<target>'))) units.set(id, unit);
  }
}
const head = readFileSync(process.argv[2], 'utf8').split('<body>')[0];
writeFileSync('xliff/ar.xlf', `${head}<body>\n${[...units.values()].join('\n')}\n</body>\n</file>\n</xliff>\n`);
console.log(`${units.size} units written to xliff/ar.xlf`);
