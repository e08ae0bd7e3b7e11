// Renders <centre-scorecard variant="ranking"> with 100 centres (inline JSON, page-size 100) in
// headless Chromium and prints the time until the 100 rows are laid out (DOM, style and layout done)
// and until they are painted (two animation frames later), then the same for a sort by
// result and by centre name (a press of the column's button until the re-sorted rows are painted;
// for the result, the slower of best-first and worst-first),
// in English and in Arabic. The ranking's module and the contract are loaded once before measuring
// (a warm-up ranking), so the figures are rendering and sorting only.
// Run by `npm run bench` (after scripts/sizes.mjs built .size/centre-scorecard/), or alone:
// `node bench/centre-ranking.bench.mjs` after `npm run build`. Numbers only; no thresholds.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { bundleAlone } from '../scripts/sizes.mjs';
import { launch, median, serve } from './harness.mjs';

const COUNT = 100;
const RUNS = 7;
const ROOT = '.size';
const OUT = `${ROOT}/bench-centre-ranking`;

/** 100 Taqyeem-like entries: distinct-ish percentages (some ties), three quarters with a previous cycle. */
function entries(count) {
  const entity = (i) =>
    i % 3
      ? { id: 'moic', en: 'Ministry of Industry and Commerce', ar: 'وزارة الصناعة والتجارة' }
      : { id: 'customs', en: 'Customs Affairs', ar: 'شؤون الجمارك' };
  return Array.from({ length: count }, (_, i) => {
    const percentage = Math.round((70 + ((i * 37) % 290) / 10) * 10) / 10;
    const tier = percentage >= 95 ? 'platinum' : percentage >= 90 ? 'gold' : percentage >= 80 ? 'silver' : undefined;
    return {
      centre: {
        id: `centre-${i + 1}`,
        name: { en: `Service Centre ${i + 1}`, ar: `مركز الخدمة ${i + 1}` },
        entity: entity(i),
        model: i % 5 ? 'on-premise' : 'remote',
      },
      cycle: { number: 5, year: 2024, programme: { en: 'Taqyeem', ar: 'تقييم' } },
      result: { scheme: 'percentage-tier', percentage, ...(tier ? { tier } : {}) },
      ...(i % 4
        ? { previous: { cycle: 4, year: 2023, result: { scheme: 'percentage-tier', percentage: 70 + ((i * 17) % 280) / 10 } } }
        : {}),
    };
  });
}

async function prepare() {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(`${ROOT}/centre-scorecard/centre-scorecard.js`))
    await bundleAlone('centre-scorecard', 'src/centre-scorecard/define.ts', `${ROOT}/centre-scorecard`);
  writeFileSync(`${OUT}/ranking.json`, JSON.stringify({ cycle: 5, items: entries(COUNT) }));
  writeFileSync(
    `${OUT}/page.html`,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title><body><main></main>
<script type="module">
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const painted = async () => { await frame(); await frame(); };
  const json = await (await fetch('./ranking.json')).text();
  await import('../centre-scorecard/centre-scorecard.js');
  const main = document.querySelector('main');
  function ranking(lang) {
    const el = document.createElement('centre-scorecard');
    el.setAttribute('variant', 'ranking');
    el.setAttribute('page-size', '100');
    el.setAttribute('lang', lang);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    return el;
  }
  const rows = (el) => el.shadowRoot?.querySelectorAll('.ranking:not(.placeholder .ranking) tbody tr').length ?? 0;
  // An update is a microtask: wait for it first, and for a task only when the rows need more (a
  // module still loading). Polling with timers alone let the browser paint between two polls, so the
  // 'laid out' figure sometimes held a whole frame (style, layout and paint) and sometimes not.
  async function until(el, condition) {
    while (!condition()) {
      await el.updateComplete;
      if (!condition()) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  window.measure = async (lang) => {
    // Warm-up: the ranking's module, the contract and the Arabic catalogue load once, outside the figures.
    const warm = ranking(lang);
    main.append(warm);
    await until(warm, () => rows(warm) === ${COUNT});
    await warm.localeReady();
    warm.remove();
    await painted();

    const el = ranking(lang);
    const start = performance.now();
    main.append(el);
    await until(el, () => rows(el) === ${COUNT} && !el.shadowRoot.querySelector('.placeholder'));
    void el.getBoundingClientRect();
    const renderLaidOut = performance.now() - start;
    await painted();
    const render = [renderLaidOut, performance.now() - start];

    // From the press of a column's button until the rows in the new order are painted.
    const sort = async (column, direction) => {
      const header = el.shadowRoot.querySelector('thead th.' + column);
      const t = performance.now();
      header.querySelector('button').click();
      await el.updateComplete;
      if (header.getAttribute('aria-sort') !== direction) throw new Error('not sorted ' + direction);
      void el.getBoundingClientRect(); // style and layout, forced now
      const laidOut = performance.now() - t;
      await painted();
      return [laidOut, performance.now() - t];
    };
    const byResult = await sort('result', 'descending');
    const byResultReversed = await sort('result', 'ascending'); // worst first: every row moves
    const byName = await sort('centre', 'ascending');
    el.remove();
    return { render, byResult: byResult[1] > byResultReversed[1] ? byResult : byResultReversed, byName }; // the slower of the two result sorts
  };
  window.ready = true;
</script></body></html>`,
  );
}

await prepare();
const server = await serve(ROOT);
const base = `http://127.0.0.1:${server.address().port}/bench-centre-ranking/page.html`;
const browser = await launch();
try {
  console.log(`<centre-scorecard variant="ranking">, ${COUNT} rows on one page, median of ${RUNS} runs`);
  for (const lang of ['en', 'ar']) {
    const times = { render: [], byResult: [], byName: [] };
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.goto(base);
      await page.waitForFunction(() => window.ready === true);
      const result = await page.evaluate((l) => window.measure(l), lang);
      for (const key of Object.keys(times)) times[key].push(result[key]);
      await page.close();
    }
    const row = (label, pairs) => {
      const laidOut = median(pairs.map(([ms]) => ms));
      const painted = median(pairs.map(([, ms]) => ms));
      console.log(`${label.padEnd(40)} ${laidOut.toFixed(1).padStart(8)} ms laid out ${painted.toFixed(1).padStart(8)} ms painted`);
    };
    row(`render ${COUNT} rows (${lang})`, times.render);
    row(`sort ${COUNT} rows by result (${lang})`, times.byResult);
    row(`sort ${COUNT} rows by centre name (${lang})`, times.byName);
  }
} finally {
  await browser.close();
  server.close();
}
