// `npm run bench`: prints bundle sizes (raw, gzip, brotli), then any render benchmarks in bench/.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { measure, printTable } from './sizes.mjs';

const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8')).gzipBytes;
console.log('Bundle sizes (1 kB = 1000 B)\n');
printTable(await measure(), budgets);
if (existsSync('bench')) {
  for (const file of readdirSync('bench')
    .filter((f) => f.endsWith('.bench.mjs'))
    .sort()) {
    console.log(`\n${file}`);
    await import(`../bench/${file}`);
  }
}
