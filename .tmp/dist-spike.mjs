import { renderToString, styleHashes } from '../dist/ssr.js';
const html = await renderToString('certification-badge', { attributes: { lang: 'ar', variant: 'pill' }, data: { certificateNumber: 'x' } }).catch(e => 'ERR ' + e.message);
console.log(html.slice(0, 300).replace(/<style>[\s\S]*<\/style>/, ''));
console.log(styleHashes());
