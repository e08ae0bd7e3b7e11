import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '../../src/core/config.js';
import { formats, selectPlural } from '../../src/core/i18n/format.js';
import { resolveLocale } from '../../src/core/i18n/locale.js';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import '../helpers/probe-element.js';
import type { JawdaProbe } from '../helpers/probe-element.js';

describe('core/i18n: locale, direction, numbers, dates, plurals', () => {
  beforeEach(() => {
    resetJawda();
    fakeApi();
  });
  afterEach(resetJawda);

  it('resolves the locale: own lang, then closest [lang] ancestor, then <html lang>, then configure()', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ar-BH"><section><jawda-probe></jawda-probe><jawda-probe lang="en"></jawda-probe></section></div>`,
    );
    const [inherited, own] = wrapper.querySelectorAll('jawda-probe');
    expect(resolveLocale(inherited)).to.equal('ar');
    expect(resolveLocale(own)).to.equal('en');
    const loose = document.createElement('jawda-probe');
    document.body.append(loose);
    expect(resolveLocale(loose)).to.equal('en');
    document.documentElement.lang = 'ar';
    expect(resolveLocale(loose)).to.equal('ar');
    document.documentElement.removeAttribute('lang');
    configure({ locale: 'ar' });
    expect(resolveLocale(loose)).to.equal('ar');
    document.documentElement.lang = 'fr';
    expect(resolveLocale(loose), 'a language Jawda does not speak falls to configure()').to.equal('ar');
    loose.remove();
  });

  it('crosses shadow roots to find an ancestor lang', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="ar"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const probe = document.createElement('jawda-probe');
    root.append(probe);
    expect(resolveLocale(probe)).to.equal('ar');
  });

  it('reflects the direction on the host, renders Arabic text, and switches with the page language', async () => {
    const el = await fixture<JawdaProbe>(html`<jawda-probe></jawda-probe>`);
    expect(el.dir).to.equal('ltr');
    expect(shadowText(el, '#text')).to.equal('Loading…');
    document.documentElement.lang = 'ar';
    await until(() => shadowText(el, '#text') === 'جارٍ التحميل…', 'Arabic text');
    expect(el.dir).to.equal('rtl');
    expect(el.matches(':dir(rtl)')).to.equal(true);
    await expect(el).to.be.accessible();
    document.documentElement.lang = 'en';
    await until(() => shadowText(el, '#text') === 'Loading…', 'English text again');
    expect(el.matches(':dir(ltr)')).to.equal(true);
  });

  it('lets an English element sit in an Arabic page, each in its own language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ar"><jawda-probe id="a"></jawda-probe><jawda-probe id="b" lang="en"></jawda-probe></div>`,
    );
    const [arabic, english] = wrapper.querySelectorAll('jawda-probe');
    await arabic.localeReady();
    expect(shadowText(arabic, '#text')).to.equal('جارٍ التحميل…');
    expect(shadowText(english, '#text')).to.equal('Loading…');
    await expect(arabic).to.be.accessible();
    await expect(english).to.be.accessible();
  });

  it('writes Arabic-Indic digits by default in Arabic and Latin digits on request', async () => {
    expect(formats('ar').number(1204.5)).to.equal('١٬٢٠٤٫٥');
    expect(formats('ar', 'latn').number(1204.5)).to.equal('1,204.5');
    expect(formats('en').number(1204.5)).to.equal('1,204.5');
    expect(formats('ar').percent(87.5)).to.match(/^٨٧٫٥\s?٪/);
    const el = await fixture<JawdaProbe>(html`<jawda-probe lang="ar" numerals="latn"></jawda-probe>`);
    expect(shadowText(el, '#number')).to.equal('1,204.5');
    el.numerals = 'arab';
    await until(() => shadowText(el, '#number') === '١٬٢٠٤٫٥', 'Arabic-Indic digits');
  });

  it('formats dates in the Gregorian or the Umm al-Qura Hijri calendar', () => {
    // The seed article's masthead: "الثلاثاء ٠١ أكتوبر ٢٠٢٤ م، الموافق ٢٨ ربيع الأول ١٤٤٦هـ"
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
    expect(formats('ar', 'arab', 'gregory').date('2024-10-01', options)).to.equal('١ أكتوبر ٢٠٢٤');
    const hijri = formats('ar', 'arab', 'islamic-umalqura').date('2024-10-01', options);
    expect(hijri).to.contain('٢٨').and.contain('ربيع الأول').and.contain('١٤٤٦');
    expect(formats('en', 'latn', 'islamic-umalqura').date('2024-10-01', options)).to.match(/Rabiʻ I 28, 1446/);
  });

  it('chooses Arabic plural forms through Intl.PluralRules', () => {
    const forms = { zero: () => 'zero', one: () => 'one', two: () => 'two', few: () => 'few', many: () => 'many', other: () => 'other' };
    const arabic = formats('ar');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 1204].map((n) => selectPlural(arabic, n, forms))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'other',
      'few',
    ]);
    expect([0, 1, 2].map((n) => selectPlural(formats('en'), n, forms))).to.deep.equal(['other', 'one', 'other']);
    expect([1, 2, 3, 4, 11, 12, 22].map((n) => formats('en').plural(n, 'ordinal'))).to.deep.equal([
      'one',
      'two',
      'few',
      'other',
      'other',
      'other',
      'two',
    ]);
  });
});
