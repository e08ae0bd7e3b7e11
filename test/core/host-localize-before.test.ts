/**
 * Issue 9: a portal that configures @lit/localize BEFORE Jawda is imported. Jawda is imported
 * dynamically, after the host's configureLocalization; this file has a page (module graph) of its own.
 */
import { expect } from '@open-wc/testing';
import { configureHost, expectHostLocalizationWorks, expectJawdaRendersInItsOwnLocales, importJawda } from '../helpers/host-portal.js';

describe('core/i18n: a host that configures @lit/localize before importing Jawda', () => {
  let host: ReturnType<typeof configureHost>;

  it('configures the host first, then imports Jawda without an exception', async () => {
    expect(customElements.get('centre-scorecard'), 'Jawda is not loaded yet').to.equal(undefined);
    host = configureHost();
    await importJawda();
  });

  it('defines Jawda\'s elements, in Arabic inside <div lang="ar"> and English elsewhere', async () => {
    await expectJawdaRendersInItsOwnLocales();
  });

  it("keeps the host's setLocale and msg() on the host's own catalogue", async () => {
    await expectHostLocalizationWorks(host);
  });
});
