import { expect, fixture, html } from '@open-wc/testing';
import { apiClient } from '../../src/core/api.js';
import '../../src/certification-badge/define.js';
import type { CertificationBadge } from '../../src/certification-badge/define.js';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import { igaIso9001, NOW } from '../certification-badge/fixtures.js';
import { mount, text, withInlineJson } from '../centre-scorecard/helpers.js';
import { isaTown } from '../centre-scorecard/fixtures.js';
import { rankingOf, taqyeemFive } from '../centre-scorecard/ranking-fixtures.js';

// One page for the whole file (a browser test file is its own page), so each test sees what the ones before it loaded.

/** The parts of the Arabic catalogue this page has fetched (src/generated/locales/ar-<part>). */
const fetchedParts = () =>
  performance
    .getEntriesByType('resource')
    .map(({ name }) => /\/generated\/locales\/ar-([\w-]+)\.[jt]s/.exec(name)?.[1])
    .filter((part) => part !== undefined)
    .sort();

async function badge(lang: string): Promise<CertificationBadge> {
  apiClient().clearCache();
  fakeApi({ 'GET /certifications/BV-ISO9001-2023-117': { json: igaIso9001() } }, { now: () => NOW });
  const el = await fixture<CertificationBadge>(
    html`<certification-badge certificate-id="BV-ISO9001-2023-117" lang=${lang}></certification-badge>`,
  );
  await until(() => !el.shadowRoot!.querySelector('.loading'), 'the badge', 8000);
  await el.localeReady();
  return el;
}

describe('core/i18n: an Arabic page loads the words of the elements it has', () => {
  afterEach(resetJawda);

  it('an English page loads no Arabic words', async () => {
    await badge('en');
    await mount(withInlineJson(isaTown(5)));
    expect(fetchedParts()).to.deep.equal([]);
  });

  it('an Arabic badge loads the shared words and its own, and shows them', async () => {
    const el = await badge('ar');
    expect(fetchedParts()).to.deep.equal(['certification-badge', 'core']);
    expect(shadowText(el, '[part="status"]')).to.match(/^شهادة سارية/);
  });

  it("an Arabic scorecard adds its own words, not the ranking's", async () => {
    const el = await mount(withInlineJson(isaTown(5), { lang: 'ar' }));
    expect(fetchedParts()).to.deep.equal(['centre-scorecard', 'certification-badge', 'core']);
    expect(text(el, '.rank')).to.match(/^المرتبة/);
  });

  it("a card switched to a ranking loads the ranking's words with it", async () => {
    const el = await mount(withInlineJson(rankingOf(taqyeemFive()), { lang: 'ar' }));
    el.variant = 'ranking';
    await until(() => el.shadowRoot!.querySelector('thead th.rank'), 'the ranking', 8000);
    await el.localeReady();
    expect(fetchedParts()).to.deep.equal(['centre-scorecard', 'certification-badge', 'core', 'ranking']);
    await until(() => text(el, 'thead th.rank') === 'المرتبة', 'the Arabic column heading');
  });
});
