// Renders 1000 interactive and 1000 readonly <service-rating> in headless Chromium and prints the
// time until they are painted, beside the same figure for a plain Lit element with five radios.
// Run by `npm run bench` (after scripts/sizes.mjs built .size/service-rating/), or alone:
// `node bench/service-rating.bench.mjs` after `npm run build`. Numbers only; no thresholds.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { bundleAlone } from '../scripts/sizes.mjs';
import { launch, median, serve } from './harness.mjs';

const COUNT = 1000;
const RUNS = 7;
const ROOT = '.size';
const OUT = `${ROOT}/bench-service-rating`;

/** The element as a portal ships it (built by scripts/sizes.mjs), and the plain Lit baseline. */
async function prepare() {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(`${ROOT}/service-rating/service-rating.js`))
    await bundleAlone('service-rating', 'src/service-rating/define.ts', `${ROOT}/service-rating`);
  writeFileSync(
    `${OUT}/plain-rating.src.js`,
    `
    import { LitElement, html } from 'lit';
    class PlainRating extends LitElement {
      render() {
        return html\`<fieldset><legend>How satisfied are you with this service?</legend>
          \${[1, 2, 3, 4, 5].map((n) => html\`<label><input type="radio" name="score" value=\${n}> \${n}</label>\`)}</fieldset>\`;
      }
    }
    customElements.define('plain-rating', PlainRating);`,
  );
  await bundleAlone('plain-rating', `${OUT}/plain-rating.src.js`, `${OUT}/plain`);
  writeFileSync(
    `${OUT}/page.html`,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title><body><main></main>
<script type="module">
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  window.measure = async (kind, count) => {
    await import(kind === 'plain' ? './plain/plain-rating.js' : '../service-rating/service-rating.js');
    const main = document.querySelector('main');
    const start = performance.now();
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < count; i++) {
      const el = document.createElement(kind === 'plain' ? 'plain-rating' : 'service-rating');
      if (kind !== 'plain') {
        el.setAttribute('service-id', 'cr-renewal');
        el.setAttribute('api-base', location.origin + '/api');
        el.setAttribute('cooldown', '0');
        if (kind === 'readonly') el.setAttribute('readonly', '');
      }
      fragment.append(el);
    }
    main.append(fragment);
    // Readonly ratings are painted when their summary is: wait for the figures, not the skeletons.
    if (kind === 'readonly') {
      while (![...main.children].every((el) => el.shadowRoot?.querySelector('[role="img"]'))) await frame();
    }
    await frame();
    await frame();
    return performance.now() - start;
  };
</script></body></html>`,
  );
}

const SUMMARY = JSON.stringify({
  serviceId: 'cr-renewal',
  scale: 'stars',
  count: 1204,
  average: 4.3,
  distribution: { 1: 50, 2: 50, 3: 104, 4: 300, 5: 700 },
});
await prepare();
const server = await serve(ROOT, (path, response) => {
  if (!path.startsWith('/api/')) return false;
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(SUMMARY);
  return true;
});
const base = `http://127.0.0.1:${server.address().port}/bench-service-rating/page.html`;
const browser = await launch();
try {
  const times = { plain: [], interactive: [], readonly: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const kind of Object.keys(times)) {
      const page = await browser.newPage();
      await page.goto(base);
      times[kind].push(await page.evaluate((k, n) => window.measure(k, n), kind, COUNT));
      await page.close();
    }
  }
  const plain = median(times.plain);
  const row = (label, ms) =>
    console.log(`${label.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / plain).toFixed(2).padStart(6)} x plain`);
  console.log(`time until ${COUNT} elements are painted, median of ${RUNS} runs`);
  row('plain Lit element, five radios', plain);
  row('<service-rating> interactive', median(times.interactive));
  row('<service-rating readonly>', median(times.readonly));
} finally {
  await browser.close();
  server.close();
}
