// The centres page's ranking in Chromium against the running server (dist/jawda.min.js and its lazy
// ranking chunk): the Taqyeem 5 centres, ranked, in Arabic, and the reader's model filter.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  countOf,
  ensureBuilt,
  freePort,
  launchChromium,
  pageProblems,
  removeDir,
  startServerProcess,
  tempDir,
  textOf,
  type ServerProcess,
} from './e2e-support.js';
import { until } from './support.js';

const RANKING = 'centre-scorecard[variant="ranking"]';
const ROWS = `${RANKING} >>> .ranking tbody tr`;

describe('the ranking on the centres page, in Chromium', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let server: ServerProcess;
  const dataDir = tempDir('jawda-e2e-ranking-');

  before(async () => {
    ensureBuilt();
    chromium = await launchChromium();
    server = await startServerProcess(await freePort(), dataDir);
  });
  after(async () => {
    await chromium?.close();
    await server?.stop().catch(() => undefined);
    removeDir(dataDir);
  });

  test('Taqyeem 5, best first, in Arabic; the model filter keeps the remote centres', async () => {
    const page = await chromium.browser.newPage();
    const problems = pageProblems(page);
    await page.goto(`${server.url}/centres.html`);
    await until(
      async () => (await countOf(page, ROWS)) === 12 && (await countOf(page, `${RANKING} >>> .placeholder`)) === 0,
      'the twelve Taqyeem 5 centres',
      30_000,
    );
    assert.equal(await textOf(page, `${RANKING} >>> caption`), 'تقييم ٥ (٢٠٢٤): جميع المراكز');
    assert.equal(await textOf(page, `${RANKING} >>> tbody tr .rank`), '١');
    assert.equal(await textOf(page, `${RANKING} >>> thead th.rank`), 'المرتبة');
    await page.select(`${RANKING} >>> .filters label:last-child select`, 'remote');
    await until(async () => (await countOf(page, ROWS)) === 2, 'the two remote centres');
    assert.equal(await textOf(page, `${RANKING} >>> caption`), 'تقييم ٥ (٢٠٢٤): مراكز الخدمة عن بُعد');
    assert.deepEqual(problems, { exceptions: [], consoleErrors: [] });
    await page.close();
  });
});
