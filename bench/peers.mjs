// `npm run bench:peers`: 1000 quick ratings, <service-rating quick score="3">, side by side with
// Shoelace's <sl-rating>, Web Awesome's <wa-rating> and a hand-written Lit element with five radios
// (bench/peers/floor-rating.js, the floor). Each element is bundled alone, minified, as a portal
// ships it; the peers with the theme their docs require. Per page, in a fresh tab:
//
// - render: from before the first element is created until 1000 of them are painted (each one's
//   `updateComplete`, then two frames);
// - update: score 3 -> 4 on all of them, until painted (the same wait);
// - JS heap for 1000: the heap after garbage collection once they are painted, minus the same page's
//   heap before any was created (the definitions loaded);
// - DOM nodes per element, shadow roots included (every node: elements, text, comments).
//
// The four run interleaved (floor, Jawda, Shoelace, Web Awesome, again), after one warm-up round
// that is not counted, and the table gives medians and the ratios issue 23's acceptance reads.
// No request leaves localhost, and the rating's API is never asked (checked on every page).
// After the table, the DOM nodes of Jawda's other views (a read-only summary, a scorecard, a badge).
//
// Options: `--rounds N` (default 9), `--count N` (default 1000), `--only floor,jawda`,
// `--before <git ref>`: Jawda as it was at that commit too, in the same interleaved run, and `--cpu`:
// also the renderer's main-thread CPU time of render and update (from a trace: the time its tasks
// ran, not the time they waited for a core), which a busy machine disturbs far less than the clock.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleAlone } from '../scripts/sizes.mjs';
import { launch, median, serve } from './harness.mjs';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '9' },
    count: { type: 'string', default: '1000' },
    only: { type: 'string' },
    before: { type: 'string' },
    cpu: { type: 'boolean', default: false },
  },
});
const ROUNDS = Number(options.rounds);
const COUNT = Number(options.count);
const ROOT = '.size';
const OUT = `${ROOT}/bench-peers`;

/**
 * The contestants: how each is bundled, written (attributes) and changed (`set`). `shown` reads the
 * score back from what is rendered, so that a page that did not render or update fails the run.
 */
const PEERS = [
  {
    key: 'floor',
    label: 'Lit floor',
    tag: 'floor-rating',
    entry: 'bench/peers/floor-rating.js',
    attributes: { score: '3' },
    set: 'score',
    shown: `(el) => Number(el.shadowRoot.querySelector('input:checked')?.value)`,
  },
  {
    key: 'jawda',
    label: 'Jawda',
    tag: 'service-rating',
    entry: 'src/service-rating/define.ts',
    // A quick rating needs an API base to send to; showing the question asks it nothing.
    attributes: { quick: '', score: '3', 'service-id': 'bench', 'api-base': '/api', cooldown: '0' },
    set: 'score',
    shown: `(el) => Number(el.shadowRoot.querySelector('input:checked')?.value)`,
  },
  {
    key: 'shoelace',
    label: 'Shoelace',
    tag: 'sl-rating',
    source: `import '@shoelace-style/shoelace/dist/components/rating/rating.js';`,
    theme: ['node_modules/@shoelace-style/shoelace/dist/themes', 'light.css'],
    attributes: { value: '3', label: 'Rating' },
    set: 'value',
    shown: `(el) => el.shadowRoot.querySelectorAll('.rating__symbol--active').length`,
  },
  {
    key: 'webawesome',
    label: 'Web Awesome',
    tag: 'wa-rating',
    source: `import '@awesome.me/webawesome/dist/components/rating/rating.js';`,
    theme: ['node_modules/@awesome.me/webawesome/dist/styles', 'themes/default.css'],
    attributes: { value: '3', label: 'Rating' },
    set: 'value',
    shown: `(el) => el.shadowRoot.querySelectorAll('.symbol-active').length`,
  },
];

/** The sources of Jawda at `ref` (git archive), with this checkout's node_modules and its catalogue built. */
function checkout(ref) {
  const dir = `${OUT}/before-src`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${ref} src scripts xliff lit-localize.json tsconfig.json package.json | tar -x -C ${dir}`);
  symlinkSync(resolve('node_modules'), `${dir}/node_modules`);
  // The catalogue as that commit builds it (in parts since issue 23, with lit-localize alone before).
  const build = existsSync(`${dir}/scripts/localize-build.mjs`) ? 'node scripts/localize-build.mjs' : 'npx lit-localize build';
  execSync(build, { cwd: dir, stdio: 'ignore' });
  return dir;
}

if (options.before) {
  const jawda = PEERS.findIndex((peer) => peer.key === 'jawda');
  const dir = checkout(options.before);
  PEERS.splice(jawda, 0, {
    ...PEERS[jawda],
    key: 'before',
    label: `Jawda ${options.before}`,
    root: dir,
    entry: `${dir}/src/service-rating/define.ts`,
  });
}
PEERS.splice(0, PEERS.length, ...PEERS.filter((peer) => !options.only || options.only.split(',').includes(peer.key)));

/**
 * Every node an element renders: itself and its shadow tree, recursively (elements, text, comments,
 * and the nodes of elements inside it with their own shadow roots). The page's own children of the
 * element (an inline JSON script) are not its rendering and are left out.
 */
const NODES = `
  function nodes(node) {
    let n = 1;
    for (const child of node.childNodes) n += nodes(child);
    if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) n += nodes(child);
    return n;
  }
  function elementNodes(host) {
    let n = 1;
    for (const child of host.shadowRoot.childNodes) n += nodes(child);
    return n;
  }`;

/** The page of one contestant: its bundle, its theme, and the measuring functions. */
function page(peer) {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>${peer.key}</title>
${peer.theme ? `<link rel="stylesheet" href="theme/${peer.theme[1]}">` : ''}
<body><main></main>
<script type="module">
  import './${peer.tag}.js';
  const tag = ${JSON.stringify(peer.tag)};
  const attributes = Object.entries(${JSON.stringify(peer.attributes)});
  const shown = ${peer.shown};
  const main = document.querySelector('main');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const all = () => [...main.children];
  async function painted() {
    await Promise.all(all().map((el) => el.updateComplete));
    await frame();
    await frame();
  }
${NODES}
  window.bench = {
    defined: () => customElements.whenDefined(tag),
    async render(count) {
      const start = performance.now();
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < count; i++) {
        const el = document.createElement(tag);
        for (const [name, value] of attributes) el.setAttribute(name, value);
        fragment.append(el);
      }
      main.append(fragment);
      await painted();
      return performance.now() - start;
    },
    async update(value) {
      const start = performance.now();
      for (const el of all()) el[${JSON.stringify(peer.set)}] = value;
      await painted();
      return performance.now() - start;
    },
    nodes: () => elementNodes(main.firstElementChild),
    /** The score each element shows, when all show the same one (else NaN). */
    shown() {
      const values = new Set(all().map(shown));
      return values.size === 1 ? [...values][0] : NaN;
    },
  };
</script></body></html>`;
}

async function prepare() {
  mkdirSync(OUT, { recursive: true });
  for (const peer of PEERS) {
    const dir = `${OUT}/${peer.key}`;
    let entry = peer.entry;
    if (peer.source) {
      entry = `${OUT}/${peer.key}.entry.js`;
      writeFileSync(entry, peer.source);
    }
    await bundleAlone(peer.tag, entry, dir);
    if (peer.theme) cpSync(peer.theme[0], `${dir}/theme`, { recursive: true });
    writeFileSync(`${dir}/index.html`, page(peer));
  }
}

const DATA = JSON.parse(readFileSync('bench/server-rendering.data.json', 'utf8'));

/** Jawda's other views, one each, for their DOM nodes: a read-only summary, a scorecard and a badge (inline data). */
const VIEWS = [
  ['read-only summary', `<service-rating readonly service-id="cr-renewal" api-base="/api"></service-rating>`, '[role="img"]'],
  [
    '<centre-scorecard>',
    `<centre-scorecard><script type="application/json">${JSON.stringify(DATA.evaluation)}</script></centre-scorecard>`,
    '[aria-busy="false"]',
  ],
  [
    '<certification-badge>',
    `<certification-badge><script type="application/json">${JSON.stringify(DATA.certifications)}</script></certification-badge>`,
    '[part="item"]',
  ],
];

function viewsPage() {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>views</title><body>
${VIEWS.map(([, markup]) => markup).join('\n')}
<script type="module">
  import './jawda.js';
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  ${NODES}
  const shown = ${JSON.stringify(VIEWS.map(([, , selector]) => selector))};
  window.views = async () => {
    const elements = [...document.body.children].filter((el) => el.localName !== 'script');
    while (!elements.every((el, i) => el.shadowRoot?.querySelector(shown[i]))) await frame();
    await Promise.all(elements.map((el) => el.updateComplete));
    await frame();
    await frame();
    return elements.map(elementNodes);
  };
</script></body></html>`;
}

/** Builds the views page of one Jawda (this checkout, or the `--before` one). */
async function prepareViews(key, root) {
  const dir = `${OUT}/views-${key}`;
  await bundleAlone('jawda', `${root}/src/index.ts`, dir);
  writeFileSync(`${dir}/index.html`, viewsPage());
}

async function views(browser, origin, key) {
  const tab = await browser.newPage();
  try {
    await tab.goto(`${origin}/bench-peers/views-${key}/index.html`);
    await tab.waitForFunction(() => window.views);
    return await tab.evaluate(() => window.views());
  } finally {
    await tab.close();
  }
}

/** The CPU time of the renderer's main thread while `run` runs (its tasks' thread time, in ms). */
async function mainThreadCpu(tab, run) {
  await tab.tracing.start({ categories: ['toplevel'] });
  const value = await run();
  const events = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')).traceEvents;
  const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = (thread) =>
    events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
  // The tab's renderer is the busiest one.
  const main = threads.map(tasks).sort((a, b) => b.length - a.length)[0] ?? [];
  return [value, main.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000];
}

/** One measurement of one contestant in a fresh tab: render, heap, update, nodes, requests. */
async function measure(browser, origin, peer) {
  const tab = await browser.newPage();
  const requests = new Set();
  tab.on('request', (request) => requests.add(request.url()));
  try {
    const cdp = await tab.createCDPSession();
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await tab.goto(`${origin}/bench-peers/${peer.key}/index.html`);
    await tab.waitForFunction(() => window.bench);
    await tab.evaluate(() => window.bench.defined());
    const empty = await heap();
    const timed = (run) => (options.cpu ? mainThreadCpu(tab, run) : run().then((value) => [value, NaN]));
    const [render, renderCpu] = await timed(() => tab.evaluate((n) => window.bench.render(n), COUNT));
    const rendered = await tab.evaluate(() => window.bench.shown());
    const used = await heap();
    const [update, updateCpu] = await timed(() => tab.evaluate(() => window.bench.update(4)));
    const updated = await tab.evaluate(() => window.bench.shown());
    const nodes = await tab.evaluate(() => window.bench.nodes());
    if (rendered !== 3 || updated !== 4) throw new Error(`${peer.label}: shows ${rendered} after render, ${updated} after update`);
    const away = [...requests].filter((url) => !url.startsWith(`${origin}/bench-peers/${peer.key}/`) && !url.startsWith('data:'));
    if (away.length) throw new Error(`${peer.label} asked for ${away.join(', ')}`);
    return { render, update, renderCpu, updateCpu, heap: (used - empty) / 2 ** 20, nodes, requests: requests.size };
  } finally {
    await tab.close();
  }
}

await prepare();
const JAWDAS = [...(options.before ? [['before', `${OUT}/before-src`]] : []), ['jawda', '.']];
for (const [key, root] of JAWDAS) await prepareViews(key, root);
// The read-only summary's API, on this server: the quick ratings never ask it (checked on each page).
const server = await serve(ROOT, (path, response) => {
  if (path !== '/api/services/cr-renewal/rating-summary') return false;
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(DATA.summary));
  return true;
});
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const results = Object.fromEntries(PEERS.map((peer) => [peer.key, []]));
const otherViews = {};
try {
  for (const peer of PEERS) await measure(browser, origin, peer); // warm-up: compile caches, nothing counted
  for (let round = 0; round < ROUNDS; round++) {
    for (const peer of PEERS) results[peer.key].push(await measure(browser, origin, peer));
    process.stderr.write(`round ${round + 1}/${ROUNDS}\r`);
  }
  for (const [key] of JAWDAS) otherViews[key] = await views(browser, origin, key);
} finally {
  await browser.close();
  server.close();
}

const figure = (key, field) => median(results[key].map((r) => r[field]));
const ROWS = [
  ['render, created -> painted (ms)', 'render', 0],
  ...(options.cpu ? [['  main-thread CPU (ms)', 'renderCpu', 0]] : []),
  ['update, score 3 -> 4, painted (ms)', 'update', 0],
  ...(options.cpu ? [['  main-thread CPU (ms)', 'updateCpu', 0]] : []),
  ['JS heap for the elements (MiB)', 'heap', 2],
  ['DOM nodes per element (with shadow)', 'nodes', 0],
];
console.log(`\n${COUNT} elements per page, median of ${ROUNDS} interleaved rounds, a fresh tab each\n`);
console.log(`${''.padEnd(38)}${PEERS.map((peer) => peer.label.padStart(13)).join('')}`);
for (const [label, field, digits] of ROWS)
  console.log(`${label.padEnd(38)}${PEERS.map((peer) => figure(peer.key, field).toFixed(digits).padStart(13)).join('')}`);
console.log(
  `${'requests per page (all on localhost)'.padEnd(38)}${PEERS.map((peer) => String(results[peer.key][0]?.requests ?? '').padStart(13)).join('')}`,
);

const has = (key) => key in results;
if (has('jawda')) {
  const ratio = (field, key) => (has(key) ? figure('jawda', field) / figure(key, field) : NaN);
  const verdict = (value, limit) =>
    Number.isNaN(value) ? '' : `${value.toFixed(2)}x (<= ${limit}x: ${value <= limit ? 'met' : 'NOT met'})`;
  console.log(`\nJawda against its peers (issue 23's acceptance)`);
  console.log(`  render / Shoelace   ${verdict(ratio('render', 'shoelace'), 0.7)}`);
  console.log(`  render / Lit floor  ${verdict(ratio('render', 'floor'), 1.6)}`);
  console.log(`  update / Shoelace   ${verdict(ratio('update', 'shoelace'), 0.3)}`);
  if (options.cpu) {
    const cpu = (field, key) => `${ratio(field, key).toFixed(2)}x`;
    console.log(
      `  (main-thread CPU: render ${cpu('renderCpu', 'shoelace')} Shoelace, ${cpu('renderCpu', 'floor')} floor; update ${cpu('updateCpu', 'shoelace')} Shoelace)`,
    );
  }
  console.log(`  heap   / Shoelace   ${verdict(ratio('heap', 'shoelace'), 0.5)}`);
  const nodes = figure('jawda', 'nodes');
  console.log(`  DOM nodes           ${nodes} (<= 60: ${nodes <= 60 ? 'met' : 'NOT met'})`);
  if (has('webawesome'))
    console.log(
      `  (Web Awesome: render ${ratio('render', 'webawesome').toFixed(2)}x, update ${ratio('update', 'webawesome').toFixed(2)}x, heap ${ratio('heap', 'webawesome').toFixed(2)}x)`,
    );
}

console.log(`\nDOM nodes of Jawda's other views (one element each, with shadow)`);
for (const [i, [label]] of VIEWS.entries())
  console.log(
    `  ${label.padEnd(24)}${JAWDAS.map(([key]) => `${key === 'before' ? options.before : 'now'}: ${otherViews[key][i]}`).join('   ')}`,
  );
