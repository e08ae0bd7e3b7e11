import { renderToString } from '../src/ssr/index.js';
import { sevenStar, maturity } from '../test/centre-scorecard/fixtures.js';
import { textOf, rendered } from '../test-package/ssr-support.js';
for (const [d, n] of [[sevenStar(), 's'], [maturity(), 'm']] as const) for (const lang of ['en', 'ar']) {
  const h = await renderToString('centre-scorecard', { attributes: { lang }, data: d });
  console.log(n, lang, rendered(h, 'centre-scorecard').text.slice(0, 300));
}
