import { writeFileSync } from 'node:fs';
import { isaTown } from '../test/centre-scorecard/fixtures.js';
import { rankingOf, manyEntries } from '../test/centre-scorecard/ranking-fixtures.js';
import { iga } from '../test/certification-badge/fixtures.js';
writeFileSync('bench/server-rendering.data.json', JSON.stringify({ evaluation: isaTown(), ranking: rankingOf(manyEntries(60)), certifications: iga(), summary: { serviceId: 'cr-renewal', scale: 'stars', count: 1204, average: 4.3, distribution: { '1': 40, '2': 60, '3': 150, '4': 380, '5': 574 } } }) + '\n');
