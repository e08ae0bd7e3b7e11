/** <service-rating delivery="floating" | "dialog">: a modal that keeps every promise a modal must. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApi, until } from '../helpers/fake-api.js';
import type { ServiceRating } from '../../src/service-rating/service-rating.js';
import { RATINGS, cleanDevice, focused, send, stored } from './setup.js';

const dialogOf = (el: ServiceRating) => el.shadowRoot!.querySelector('dialog')!;
const deepFocus = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<service-rating> in a dialog', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  for (const lang of ['en', 'ar'] as const) {
    it(`floating (${lang}): a labelled landmark with a button at the inline-end bottom corner; the page does not move`, async () => {
      fakeApi();
      const page = await fixture<HTMLDivElement>(
        html`<div lang=${lang}><p id="before">Text</p><service-rating service-id="cr-renewal" delivery="floating"></service-rating><p id="after">Text</p></div>`,
      );
      const el = page.querySelector('service-rating') as ServiceRating;
      await el.localeReady();
      const aside = el.shadowRoot!.querySelector('aside')!;
      const button = aside.querySelector('button')!;
      const label = lang === 'en' ? 'Rate this service' : 'قيّم الخدمة';
      expect(aside.getAttribute('aria-label')).to.equal(label);
      expect(button.textContent!.trim()).to.equal(label);
      expect(el.getBoundingClientRect().height, 'no room taken in the page').to.equal(0);
      const box = button.getBoundingClientRect();
      expect(getComputedStyle(aside).position).to.equal('fixed');
      if (lang === 'en') expect(window.innerWidth - box.right).to.be.below(40);
      else expect(box.left, 'mirrored in right-to-left').to.be.below(40);
      await expect(el).to.be.accessible();
    });

    it(`opens as a modal (${lang}): focus on the question, Tab stays inside, Escape closes, focus back on the button, no page scroll`, async () => {
      fakeApi();
      const el = await fixture<ServiceRating>(
        html`<service-rating lang=${lang} service-id="cr-renewal" delivery="floating"></service-rating>`,
      );
      await el.localeReady();
      const events: string[] = [];
      el.addEventListener('rating-open', () => events.push('open'));
      el.addEventListener('rating-close', (event) => events.push(`close:${event.detail.reason}`));
      const launcher = el.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!;
      launcher.focus();
      launcher.click();
      await until(() => dialogOf(el).open, 'the dialog');
      expect(el.hasAttribute('open')).to.equal(true);
      expect(deepFocus()?.classList.contains('question'), 'focus on the question').to.equal(true);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      await expect(el).to.be.accessible();
      const close = el.shadowRoot!.querySelector<HTMLButtonElement>('.close')!;
      expect(close.textContent!.trim()).to.equal(lang === 'en' ? 'Close' : 'إغلاق');
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        expect(dialogOf(el).contains(deepFocus()), `Tab ${i + 1} stays in the dialog`).to.equal(true);
      }
      await sendKeys({ press: 'Escape' });
      await until(() => !dialogOf(el).open, 'the dialog to close');
      await el.updateComplete;
      expect(el.hasAttribute('open')).to.equal(false);
      expect(deepFocus()).to.equal(launcher);
      expect(getComputedStyle(document.documentElement).overflow).not.to.equal('hidden');
      expect(events).to.deep.equal(['open', 'close:dismissed']);
    });
  }

  it('dialog: the host opens it after a transaction (even before the first render), thanks in it, and it closes by itself', async () => {
    const api = fakeApi({ [RATINGS]: stored });
    const trigger = await fixture<HTMLButtonElement>(html`<button>Finish renewal</button>`);
    trigger.focus();
    const el = document.createElement('service-rating') as ServiceRating;
    el.setAttribute('service-id', 'cr-renewal');
    el.setAttribute('delivery', 'dialog');
    el.setAttribute('transaction-id', 'TX-2024-000123');
    el.setAttribute('quick', '');
    el.open(); // before it is connected or rendered
    const reasons: string[] = [];
    el.addEventListener('rating-close', (event) => reasons.push(event.detail.reason));
    document.body.append(el);
    try {
      await until(() => dialogOf(el)?.open, 'the dialog');
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="4"]')!.click();
      await send(el);
      expect(dialogOf(el).textContent).to.contain('Thank you');
      expect(api.count(RATINGS)).to.equal(1);
      await until(() => !dialogOf(el).open, 'the dialog to close by itself', 8000);
      expect(reasons).to.deep.equal(['submitted']);
      expect(deepFocus(), 'focus back where it was').to.equal(trigger);
      el.open();
      await until(() => dialogOf(el).open, 'the dialog again');
      expect(dialogOf(el).textContent, 'already rated, not the form').to.contain('You have already rated this service');
      expect(dialogOf(el).querySelector('input[type="radio"]')).to.equal(null);
      el.close();
      await until(() => !dialogOf(el).open, 'host close');
      expect(reasons).to.deep.equal(['submitted', 'host']);
    } finally {
      el.remove();
    }
  });

  it('the thank-you stays while the citizen is still doing something', async () => {
    fakeApi({ [RATINGS]: stored });
    const el = await fixture<ServiceRating>(html`<service-rating service-id="cr-renewal" delivery="dialog" open quick></service-rating>`);
    await until(() => dialogOf(el).open, 'the dialog');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="5"]')!.click();
    await send(el);
    dialogOf(el).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 5600));
    expect(dialogOf(el).open).to.equal(true);
    expect(focused(el)).to.exist;
  }).timeout(9000);

  it('an unknown delivery is a setup problem', async () => {
    const api = fakeApi();
    const el = await fixture<ServiceRating>(html`<service-rating service-id="cr-renewal" delivery="popup"></service-rating>`);
    expect(el.shadowRoot!.querySelector('[role="note"]')!.textContent).to.contain(
      'delivery is set to popup. Use inline, floating, or dialog.',
    );
    expect(api.requests).to.have.length(0);
  });
});
