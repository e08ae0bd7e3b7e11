import { renderToString } from '../src/ssr/index.js';
import { isaTown } from '../test/centre-scorecard/fixtures.js';
import { iga, NOW } from '../test/certification-badge/fixtures.js';
console.log(await renderToString('centre-scorecard', { attributes: { lang: 'ar', 'centre-id': 'isa-town' }, data: isaTown() }));
console.log(await renderToString('certification-badge', { attributes: { lang: 'en', 'organisation-id': 'iga', variant: 'card' }, data: iga(), now: NOW }));
