/**
 * core/modal.ts: one modal dialog behaviour, checked on both elements that open one (the rating's
 * dialog and the badge's details): focus moves in, Tab stays inside, the page behind does not
 * scroll, Escape and a click outside close it, focus goes back to what opened it, and an element
 * that leaves the page with its dialog open lets the page scroll again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/certification-badge/define.js';
import '../../src/service-rating/define.js';
import { fakeApi, resetJawda, until } from '../helpers/fake-api.js';
import { NOW, iga } from '../certification-badge/fixtures.js';

const deepFocus = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
const pageScrolls = () => getComputedStyle(document.documentElement).overflow !== 'hidden';

interface Case {
  name: string;
  /** The element, in the page, with the control that opens its dialog. */
  mount: () => Promise<{ el: HTMLElement; opener: HTMLElement }>;
}

const CASES: Case[] = [
  {
    name: '<service-rating delivery="floating">\'s dialog',
    mount: async () => {
      fakeApi();
      const el = await fixture<HTMLElement & { localeReady(): Promise<void> }>(
        html`<service-rating service-id="cr-renewal" delivery="floating"></service-rating>`,
      );
      await el.localeReady();
      await until(() => el.shadowRoot!.querySelector('.launcher'), 'the floating button', 8000);
      return { el, opener: el.shadowRoot!.querySelector<HTMLElement>('.launcher')! };
    },
  },
  {
    name: '<certification-badge variant="pill">\'s details',
    mount: async () => {
      fakeApi({ 'GET /organisations/iga/certifications': { json: iga() } }, { now: () => NOW });
      const el = await fixture<HTMLElement>(html`<certification-badge organisation-id="iga" variant="pill"></certification-badge>`);
      await until(() => el.shadowRoot!.querySelector('[part="pill"]'), 'the pills', 8000);
      return { el, opener: el.shadowRoot!.querySelector<HTMLElement>('[part="pill"]')! };
    },
  },
];

async function opened({ el, opener }: { el: HTMLElement; opener: HTMLElement }): Promise<HTMLDialogElement> {
  opener.focus();
  await sendKeys({ press: 'Enter' });
  // The dialog may come with a lazy chunk after the key: it is looked for until it is there and open.
  const dialog = () => el.shadowRoot!.querySelector('dialog');
  await until(() => dialog()?.open, 'the dialog to open');
  return dialog()!;
}

describe('core/modal: one dialog behaviour for every element', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const { name, mount } of CASES) {
    it(`${name}: focus in, Tab cycles inside, the page still, Escape closes, focus back`, async () => {
      const shown = await mount();
      const dialog = await opened(shown);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.contains(deepFocus()), 'focus moved in').to.equal(true);
      expect(pageScrolls(), 'the page behind does not scroll').to.equal(false);
      const seen = new Set<Element | null>();
      for (let i = 0; i < 14; i++) {
        await sendKeys({ press: 'Tab' });
        expect(dialog.contains(deepFocus()), `Tab ${i + 1} stays inside`).to.equal(true);
        seen.add(deepFocus());
      }
      expect(seen.size, 'Tab went round, not stuck').to.be.greaterThan(1);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open, 'Escape to close it');
      expect(deepFocus(), 'focus back on what opened it').to.equal(shown.opener);
      expect(pageScrolls()).to.equal(true);
    });

    it(`${name}: a click outside closes it`, async () => {
      const shown = await mount();
      const dialog = await opened(shown);
      await sendMouse({ type: 'click', position: [2, 2] });
      await until(() => !dialog.open, 'a click outside to close it');
      expect(pageScrolls()).to.equal(true);
    });

    it(`${name}: removed while open, the page scrolls again`, async () => {
      const shown = await mount();
      await opened(shown);
      shown.el.remove();
      await until(() => pageScrolls(), 'the page to scroll again');
    });
  }
});
