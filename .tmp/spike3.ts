import { renderToString } from '../src/ssr/index.js';
const h = await renderToString('centre-scorecard', { attributes: { lang: 'ar', variant: 'ranking', cycle: '5', scheme: 'percentage-tier' }, apiBase: 'http://127.0.0.1:8791/api/v1' }).catch(e => 'ERR ' + e.stack);
console.log(h.replace(/<style>[\s\S]*?<\/style>/g, '').slice(0, 1500));
