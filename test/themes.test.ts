/**
 * Every element, ready with data, in the dark theme (by attribute and by the reader's system
 * setting) and the light one, in English and Arabic: axe checks contrast in each.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { fakeApi, resetJawda, until } from './helpers/fake-api.js';
import { isaTown } from './centre-scorecard/fixtures.js';
import { NOW, iga } from './certification-badge/fixtures.js';
import { summary } from './service-rating/setup.js';

const routes = {
  'GET /services/cr-renewal/rating-summary': { json: summary() },
  'GET /centres/isa-town/evaluation?cycle=5': { json: isaTown(5) },
  'GET /organisations/iga/certifications': { json: iga() },
};

const elements: Record<string, (theme?: string) => TemplateResult> = {
  'service-rating': (theme) => html`<service-rating service-id="cr-renewal" show-summary theme=${theme ?? ''}></service-rating>`,
  'readonly service-rating': (theme) => html`<service-rating service-id="cr-renewal" readonly theme=${theme ?? ''}></service-rating>`,
  'centre-scorecard': (theme) =>
    html`<centre-scorecard centre-id="isa-town" cycle="5" variant="full" show-history theme=${theme ?? ''}></centre-scorecard>`,
  'certification-badge (card)': (theme) =>
    html`<certification-badge organisation-id="iga" variant="card" theme=${theme ?? ''}></certification-badge>`,
  'certification-badge (pill)': (theme) =>
    html`<certification-badge organisation-id="iga" variant="pill" theme=${theme ?? ''}></certification-badge>`,
};

/** Waits until the element shows data: no skeleton, no loading text. */
async function ready(el: HTMLElement & { localeReady(): Promise<void> }) {
  await el.localeReady();
  await until(() => !el.shadowRoot!.querySelector('.skeleton, .placeholder, .loading, [aria-busy="true"]'), `${el.localName} ready`, 5000);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

// A portal that follows the system: `color-scheme: light dark` and its own dark background.
const followsSystem = document.createElement('style');
followsSystem.textContent = '.follows-system { color-scheme: light dark; background: light-dark(#fff, #0e0f12); }';
document.head.append(followsSystem);

describe('themes: every element in dark and light, both languages, with axe', () => {
  beforeEach(() => {
    resetJawda();
    localStorage.clear();
    fakeApi(routes, { now: () => NOW });
  });
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    resetJawda();
  });

  for (const [name, template] of Object.entries(elements)) {
    for (const lang of ['en', 'ar']) {
      // The elements are transparent: a dark element is tested on a dark page, as a portal puts it.
      it(`${name}, theme="dark" on a dark page, ${lang}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="background: #0e0f12">${template('dark')}</div>`);
        const el = wrapper.firstElementChild as HTMLElement & { localeReady(): Promise<void> };
        await ready(el);
        expect(getComputedStyle(el).colorScheme).to.equal('dark');
        await expect(el).to.be.accessible();
      });

      it(`${name}, the reader's system in dark mode, on a page that follows it, ${lang}`, async () => {
        await emulateMedia({ colorScheme: 'dark' });
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} class="follows-system">${template()}</div>`);
        const el = wrapper.firstElementChild as HTMLElement & { localeReady(): Promise<void> };
        await ready(el);
        expect(getComputedStyle(el).color, 'the dark text').to.equal('rgb(242, 242, 242)');
        await expect(el).to.be.accessible();
      });

      it(`${name}, the reader's system in dark mode, on a page that stays light: light, ${lang}`, async () => {
        await emulateMedia({ colorScheme: 'dark' });
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template()}</div>`);
        const el = wrapper.firstElementChild as HTMLElement & { localeReady(): Promise<void> };
        await ready(el);
        expect(getComputedStyle(el).color, 'the light text: never light on a light page').to.equal('rgb(27, 29, 33)');
        await expect(el).to.be.accessible();
      });

      it(`${name}, theme="light" on a dark system stays light, ${lang}`, async () => {
        await emulateMedia({ colorScheme: 'dark' });
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template('light')}</div>`);
        const el = wrapper.firstElementChild as HTMLElement & { localeReady(): Promise<void> };
        await ready(el);
        expect(getComputedStyle(el).colorScheme).to.equal('light');
        await expect(el).to.be.accessible();
      });
    }
  }
});
