import { renderToString } from '../src/ssr/index.js';
const s = (h: string) => h.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
console.log(s(await renderToString('service-rating', { attributes: { lang: 'ar', 'service-id': 'cr-renewal', readonly: true }, data: { serviceId: 'cr-renewal', scale: 'stars', count: 1204, average: 4.3, distribution: {} } }).catch(e => 'ERR ' + e.stack)));
console.log(s(await renderToString('service-rating', { attributes: { lang: 'en', 'service-id': 'cr-renewal' } }).catch(e => 'ERR ' + e.stack)));
console.log(s(await renderToString('service-rating', { attributes: { lang: 'ar', 'service-id': 'cr-renewal', scale: 'faces' }, apiBase: 'http://127.0.0.1:8080/api/v1', form: { returnTo: '/service.html' } }).catch(e => 'ERR ' + e.stack)));
