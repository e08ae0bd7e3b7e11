/** core/settings.ts alone: a plain LitElement with the settings controller and nothing else of Jawda's. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as lit } from 'lit';
import { configure } from '../../src/core/config.js';
import { msg } from '../../src/core/i18n/msg.js';
import { inLocale } from '../../src/core/i18n/catalogues.js';
import { ElementSettings } from '../../src/core/settings.js';
import { resetJawda, shadowText, until } from '../helpers/fake-api.js';

class SettingsProbe extends LitElement {
  static override properties = { apiBase: { attribute: 'api-base' } };
  apiBase?: string;
  readonly settings = new ElementSettings(this);
  renders = 0;

  protected override render() {
    this.renders++;
    const { locale, format, config } = this.settings;
    return lit`<p id="text">${inLocale(locale, () => msg('Loading…'))}</p>
      <p id="number">${format.number(1204.5)}</p>
      <p id="api">${config.apiBase?.href ?? ''}</p>`;
  }
}
customElements.define('settings-probe', SettingsProbe);

describe('core/settings: settings, locale and direction, alone', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  it('resolves nothing at construction: no document, no window (a server renders the same class)', () => {
    const probe = new SettingsProbe();
    expect(probe.settings.locale).to.equal('en');
    expect(probe.hasAttribute('dir')).to.equal(false);
  });

  it('takes the closest lang on connection, writes its direction, and renders in it (the catalogue once loaded)', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="ar"><settings-probe></settings-probe></div>`);
    const probe = box.querySelector<SettingsProbe>('settings-probe')!;
    expect(probe.settings.locale).to.equal('ar');
    expect(probe.getAttribute('dir')).to.equal('rtl');
    await until(() => shadowText(probe, '#text') === 'جارٍ التحميل…', 'the Arabic text');
    expect(shadowText(probe, '#number')).to.equal('١٬٢٠٤٫٥');
  });

  it("follows a change of the page's lang, and keeps a dir the author wrote", async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div lang="en"><settings-probe></settings-probe><settings-probe dir="ltr"></settings-probe></div>`,
    );
    const [own, authored] = box.querySelectorAll<SettingsProbe>('settings-probe');
    box.lang = 'ar';
    await until(() => own.settings.locale === 'ar' && authored.settings.locale === 'ar', 'the new locale');
    expect(own.getAttribute('dir')).to.equal('rtl');
    expect(authored.getAttribute('dir'), "the author's dir stays").to.equal('ltr');
    box.lang = 'en';
    await until(() => own.getAttribute('dir') === 'ltr', 'back to left-to-right');
  });

  it('own attributes win over configure(), and configure() re-renders every element', async () => {
    configure({ apiBase: 'https://one.example/v1' });
    const box = await fixture<HTMLDivElement>(
      html`<div><settings-probe></settings-probe><settings-probe api-base="https://own.example/v1"></settings-probe></div>`,
    );
    const [page, own] = box.querySelectorAll<SettingsProbe>('settings-probe');
    await own.updateComplete;
    expect(shadowText(page, '#api')).to.equal('https://one.example/v1');
    expect(shadowText(own, '#api')).to.equal('https://own.example/v1');
    configure({ apiBase: 'https://two.example/v1' });
    await until(() => shadowText(page, '#api') === 'https://two.example/v1', 'the new configuration');
    expect(shadowText(own, '#api')).to.equal('https://own.example/v1');
  });

  it('an element that left the page is not refreshed', async () => {
    const probe = await fixture<SettingsProbe>(html`<settings-probe></settings-probe>`);
    probe.remove();
    const renders = probe.renders;
    configure({ apiBase: 'https://three.example/v1' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(probe.renders).to.equal(renders);
  });
});
