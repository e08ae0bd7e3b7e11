/**
 * Issue 9: a portal that configures @lit/localize AFTER Jawda was imported (Jawda imported
 * statically, as a portal bundle would); this file has a page (module graph) of its own.
 */
import { expect } from '@open-wc/testing';
import '../../src/service-rating/define.js';
import '../../src/centre-scorecard/define.js';
import '../../src/certification-badge/define.js';
import { configureHost, expectHostLocalizationWorks, expectJawdaRendersInItsOwnLocales } from '../helpers/host-portal.js';

describe('core/i18n: a host that configures @lit/localize after importing Jawda', () => {
  let host: ReturnType<typeof configureHost>;

  it("lets the host's configureLocalization run without an exception", () => {
    expect(customElements.get('centre-scorecard'), 'Jawda is loaded').to.exist;
    host = configureHost();
  });

  it('defines Jawda\'s elements, in Arabic inside <div lang="ar"> and English elsewhere', async () => {
    await expectJawdaRendersInItsOwnLocales();
  });

  it("keeps the host's setLocale and msg() on the host's own catalogue", async () => {
    await expectHostLocalizationWorks(host);
  });
});
