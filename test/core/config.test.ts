import { expect, fixture, html } from '@open-wc/testing';
import { configure, resolveConfig } from '../../src/core/config.js';
import { resetJawda, shadowText } from '../helpers/fake-api.js';
import '../helpers/probe-element.js';
import type { JawdaProbe } from '../helpers/probe-element.js';

function addMeta(name: string, content: string) {
  const meta = document.createElement('meta');
  meta.name = name;
  meta.content = content;
  document.head.append(meta);
}

describe('core/config: where settings come from', () => {
  let warnings: unknown[][];
  const originalWarn = console.warn;
  beforeEach(() => {
    resetJawda();
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
    resetJawda();
  });

  it('takes the api-base attribute over configure() over <meta>', async () => {
    addMeta('jawda:api-base', 'https://meta.example/api');
    expect(resolveConfig({}).apiBase?.href).to.equal('https://meta.example/api');
    configure({ apiBase: 'https://configured.example/api' });
    expect(resolveConfig({}).apiBase?.href).to.equal('https://configured.example/api');
    const el = await fixture<JawdaProbe>(html`<jawda-probe api-base="https://own.example/api"></jawda-probe>`);
    expect(el.resolved.apiBase?.href).to.equal('https://own.example/api');
  });

  it("resolves elements alike once per task, and never serves one element's settings to another", async () => {
    const a = resolveConfig({ apiBase: 'https://a.example/api' });
    expect(resolveConfig({ apiBase: 'https://a.example/api' }), 'alike: one object').to.equal(a);
    expect(resolveConfig({ apiBase: 'https://b.example/api' }).apiBase?.href).to.equal('https://b.example/api');
    expect(resolveConfig({ apiBase: 'https://a.example/api', numerals: 'arab' }).numerals).to.equal('arab');
    // configure() counts at once, in the same task.
    configure({ numerals: 'arab' });
    expect(resolveConfig({ apiBase: 'https://a.example/api' }).numerals).to.equal('arab');
    // A <meta> added later counts from the next task on.
    addMeta('jawda:calendar', 'islamic-umalqura');
    await new Promise((resolve) => setTimeout(resolve));
    expect(resolveConfig({ apiBase: 'https://a.example/api' }).calendar).to.equal('islamic-umalqura');
  });

  it('uses the <meta> tag on a CMS page without script, resolving a path against the page', async () => {
    addMeta('jawda:api-base', '/api/jawda');
    addMeta('jawda:numerals', 'latn');
    const el = await fixture<JawdaProbe>(html`<jawda-probe lang="ar"></jawda-probe>`);
    expect(el.resolved.apiBase?.href).to.equal(new URL('/api/jawda', location.href).href);
    expect(shadowText(el, '#number')).to.equal('1,204.5');
  });

  it('takes numerals and calendar from attributes over configure() over <meta>', () => {
    addMeta('jawda:calendar', 'islamic-umalqura');
    expect(resolveConfig({}).calendar).to.equal('islamic-umalqura');
    configure({ calendar: 'gregory', numerals: 'arab' });
    expect(resolveConfig({}).calendar).to.equal('gregory');
    expect(resolveConfig({}).numerals).to.equal('arab');
    expect(resolveConfig({ numerals: 'latn', calendar: 'islamic-umalqura' })).to.include({
      numerals: 'latn',
      calendar: 'islamic-umalqura',
    });
    expect(resolveConfig({ numerals: 'roman' }).numerals, 'an unknown value falls through').to.equal('arab');
  });

  it('shows a missing API base in the element, in words, with one console warning', async () => {
    const first = await fixture<JawdaProbe>(html`<jawda-probe></jawda-probe>`);
    await fixture<JawdaProbe>(html`<jawda-probe></jawda-probe>`);
    expect(shadowText(first)).to.equal("This can't be shown Add the api-base attribute to the tag.");
    expect(first.shadowRoot!.querySelector('[role="note"]')).to.exist;
    expect(warnings.filter((w) => String(w[0]).includes('Add the api-base attribute to the tag.'))).to.have.length(1);
    await expect(first).to.be.accessible();
  });

  it('names a malformed API base and where it came from, in Arabic too', async () => {
    const el = await fixture<JawdaProbe>(html`<jawda-probe lang="ar" api-base="javascript:alert(1)"></jawda-probe>`);
    await el.localeReady();
    expect(shadowText(el)).to.contain('قيمة api-base هي javascript:alert(1)، وهي ليست عنوانًا على الويب.');
    expect(warnings.some((w) => String(w[0]).includes('api-base is set to javascript:alert(1), which is not a web address.'))).to.equal(
      true,
    );
    configure({ apiBase: 'ftp://files.example' });
    const fromConfigure = await fixture<JawdaProbe>(html`<jawda-probe></jawda-probe>`);
    expect(shadowText(fromConfigure)).to.contain('configure({ apiBase })').and.contain('ftp://files.example');
    await expect(el).to.be.accessible();
  });

  it('re-renders elements already on the page when configure() supplies what was missing', async () => {
    const el = await fixture<JawdaProbe>(html`<jawda-probe></jawda-probe>`);
    expect(shadowText(el)).to.contain('Add the api-base attribute');
    configure({ apiBase: 'https://late.example/api' });
    await el.updateComplete;
    expect(shadowText(el, '#text')).to.equal('Loading…');
  });
});
