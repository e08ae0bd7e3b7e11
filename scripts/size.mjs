// `npm run size`: fails when a bundle's gzip size exceeds its budget in size-budget.json.
import { readFileSync } from 'node:fs';
import { measure, printTable } from './sizes.mjs';

const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8')).gzipBytes;
const rows = await measure();
printTable(rows, budgets);
const over = rows.filter((row) => budgets[row.key] && row.gzip > budgets[row.key]);
const unmeasured = Object.keys(budgets).filter((key) => !rows.some((row) => row.key === key));
for (const row of over) console.error(`over budget: ${row.name}: ${row.gzip} B gzip > ${budgets[row.key]} B`);
for (const key of unmeasured) console.error(`budget without a bundle: ${key}`);
// The contract's schemas (and zod) load with the first validation, never before the first paint.
const eager = rows.filter((row) => row.zodInitial);
for (const row of eager) console.error(`zod is in the initial load of ${row.name}: import schemas by name through core/api.ts`);
process.exit(over.length || unmeasured.length || eager.length ? 1 : 0);
