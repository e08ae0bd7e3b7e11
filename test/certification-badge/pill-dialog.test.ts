import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import type { CertificationBadge } from '../../src/certification-badge/define.js';
import { iga, NOW } from './fixtures.js';
import { $, $$, mount } from './helpers.js';

const focused = (el: CertificationBadge) => el.shadowRoot!.activeElement as HTMLElement | null;
const dialogOf = (el: CertificationBadge) => $<HTMLDialogElement>(el, 'dialog[part="dialog"]')!;

async function focusPill(el: CertificationBadge, index = 0): Promise<HTMLElement> {
  const pill = $$(el, '[part="pill"]')[index];
  pill.focus();
  expect(focused(el)).to.equal(pill);
  return pill;
}

for (const lang of ['en', 'ar'] as const) {
  describe(`certification-badge: the pill's dialog by keyboard (${lang})`, () => {
    beforeEach(() => {
      resetJawda();
      fakeApi({ 'GET /organisations/iga/certifications': { json: iga() } }, { now: () => NOW });
    });
    afterEach(resetJawda);

    for (const key of ['Enter', ' '] as const) {
      it(`${key === ' ' ? 'Space' : key} opens the details, focus moves in; Escape closes and focus is back on the pill`, async () => {
        const el = await mount(html`<certification-badge lang=${lang} organisation-id="iga" variant="pill"></certification-badge>`);
        const pill = await focusPill(el, 1);
        const dialog = dialogOf(el);
        expect(dialog.open).to.equal(false);
        await sendKeys({ press: key === ' ' ? 'Space' : key });
        await until(() => dialog.open, 'the dialog to open');
        expect(dialog.matches(':modal')).to.equal(true);
        expect(dialog.contains(focused(el)), 'focus is inside the dialog').to.equal(true);
        expect(focused(el)!.classList.contains('close')).to.equal(true);
        expect(shadowText(el, '#dialog-title')).to.equal(
          lang === 'en' ? 'ISO/IEC 20000-1:2018 IT service management system' : 'ISO/IEC 20000-1:2018 نظام إدارة خدمات تقنية المعلومات',
        );
        expect(dialog.querySelector('[part="status"]')!.getAttribute('data-status')).to.equal('expiring');
        expect(dialog.querySelector('[part="details"]')).to.exist;
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Escape' });
        await until(() => !dialog.open, 'the dialog to close');
        expect(focused(el)).to.equal(pill);
      });
    }

    it('the Close button closes it too, and Tab stays within the modal dialog', async () => {
      const el = await mount(html`<certification-badge lang=${lang} organisation-id="iga" variant="pill"></certification-badge>`);
      const pill = await focusPill(el, 0);
      await sendKeys({ press: 'Enter' });
      const dialog = dialogOf(el);
      await until(() => dialog.open, 'the dialog to open');
      // Close, the certification body's link, the verify link: all inside, none on the page behind
      // (the scope is shown as a field, not folded in a <details>).
      for (let i = 1; i <= 2; i++) {
        await sendKeys({ press: 'Tab' });
        expect(dialog.contains(focused(el)), `Tab ${i}`).to.equal(true);
      }
      expect(focused(el)!.getAttribute('part')).to.equal('verify');
      $(el, 'dialog .close')!.click();
      await until(() => !dialog.open, 'the dialog to close');
      expect(focused(el)).to.equal(pill);
    });
  });
}
