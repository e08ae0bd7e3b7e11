/**
 * A portal that uses @lit/localize itself, next to Jawda (issue 9): its own configureLocalization,
 * its own catalogue, its own msg(). Imports nothing of Jawda, so a test can configure the host
 * before any Jawda module is evaluated.
 */
import { configureLocalization, msg, str } from '@lit/localize';
import { expect, fixture, html } from '@open-wc/testing';

/** The host's own Arabic catalogue: none of Jawda's messages are in it. */
const hostArabic = {
  templates: {
    'host-welcome': 'أهلًا بكم في البوابة',
    'host-hello': str`مرحبًا ${0}`,
  },
};

/** The host's own messages, through @lit/localize's module-level `msg` (the one the host installed). */
export const hostWelcome = () => msg('Welcome to the portal', { id: 'host-welcome' });
export const hostHello = (name: string) => msg(str`Hello ${name}`, { id: 'host-hello' });

/** What the host does at start-up; throws if lit-localize was already configured by someone else. */
export function configureHost() {
  return configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['ar'],
    loadLocale: async () => hostArabic,
  });
}

/** Imports Jawda's three elements, as a portal bundle would (cached after the first time). */
export async function importJawda(): Promise<void> {
  await import('../../src/service-rating/define.js');
  await import('../../src/centre-scorecard/define.js');
  await import('../../src/certification-badge/define.js');
}

export const ARABIC_API_BASE_MISSING = 'أضف السمة api-base إلى الوسم.';
export const ENGLISH_API_BASE_MISSING = 'Add the api-base attribute to the tag.';

/** What to fix, in a setup notice (its text under the element's own heading). */
function alertText(element: Element): string {
  return (element.shadowRoot?.querySelector('[role="note"] p:not(.heading)')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > 3000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Jawda's elements are defined and each renders in its own locale, whatever the host's locale is. */
export async function expectJawdaRendersInItsOwnLocales(): Promise<void> {
  for (const tag of ['service-rating', 'centre-scorecard', 'certification-badge']) {
    expect(customElements.get(tag), `<${tag}> is defined`).to.exist;
  }
  // No api-base anywhere: every element says so, in its own language.
  const page = await fixture<HTMLDivElement>(html`<div>
    <div lang="ar">
      <centre-scorecard id="scorecard-ar" centre-id="isa-town"></centre-scorecard>
      <certification-badge id="badge-ar" organisation-id="moh"></certification-badge>
    </div>
    <centre-scorecard id="scorecard-en" centre-id="isa-town"></centre-scorecard>
    <certification-badge id="badge-en" organisation-id="moh"></certification-badge>
  </div>`);
  const get = (id: string) => page.querySelector(`#${id}`)!;
  for (const id of ['scorecard-ar', 'badge-ar']) {
    await waitFor(() => alertText(get(id)) === ARABIC_API_BASE_MISSING, `Arabic text in #${id} (got "${alertText(get(id))}")`);
  }
  for (const id of ['scorecard-en', 'badge-en']) {
    await waitFor(() => alertText(get(id)) === ENGLISH_API_BASE_MISSING, `English text in #${id} (got "${alertText(get(id))}")`);
  }
}

/** The host's setLocale and msg() answer from the host's own catalogue, untouched by Jawda. */
export async function expectHostLocalizationWorks(host: ReturnType<typeof configureHost>): Promise<void> {
  expect(host.getLocale()).to.equal('en');
  expect(hostWelcome()).to.equal('Welcome to the portal');
  expect(hostHello('Mariam')).to.equal('Hello Mariam');
  await host.setLocale('ar');
  expect(host.getLocale()).to.equal('ar');
  expect(hostWelcome()).to.equal('أهلًا بكم في البوابة');
  expect(hostHello('Mariam')).to.equal('مرحبًا Mariam');
  // The host in Arabic does not move Jawda's English elements, nor does Jawda's Arabic leak into the host.
  await expectJawdaRendersInItsOwnLocales();
  expect(hostWelcome()).to.equal('أهلًا بكم في البوابة');
  await host.setLocale('en');
  expect(hostWelcome()).to.equal('Welcome to the portal');
  await expectJawdaRendersInItsOwnLocales();
  expect(hostHello('Mariam')).to.equal('Hello Mariam');
}
