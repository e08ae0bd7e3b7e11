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
process.exit(over.length || unmeasured.length ? 1 : 0);
