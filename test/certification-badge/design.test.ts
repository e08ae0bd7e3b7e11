/**
 * Issue 19, points 12-14, for the badge (design language §5 "Badge", §6 wording, §4 notice): the
 * status first and loudest (a tag with icon and words), the verify link secondary, the card using
 * its width, a pill of icon + status + standard, the same meaning in Arabic and English, plain
 * messages in the shared notice without ids, readable in dark mode and forced colours, and axe-clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { apiClient } from '../../src/core/api.js';
import type { Certification } from '../../src/core/contract.js';
import type { CertificationBadge } from '../../src/certification-badge/define.js';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import { forcedColors } from '../helpers/forced-colors.js';
import { iga, igaIso20000, igaIso9001, NOW } from './fixtures.js';
import { $, $$, mount } from './helpers.js';

const ONE = 'GET /certifications/BV-ISO9001-2023-117';
const TWO = 'GET /certifications/BV-ISO20000-2024-031';

/** Design language §5 and §6: each status's tone, icon and words (card; pill in brackets). */
const STATUSES = {
  valid: { overrides: {}, tone: 'success', icon: 'valid', en: 'Valid certificate', ar: 'شهادة سارية', pill: { en: 'Valid', ar: 'سارية' } },
  expiring: { overrides: { expiryDate: '2027-01-20' }, tone: 'warning', icon: 'expiring', en: 'Expiring soon', ar: 'تنتهي قريبًا' },
  expired: { overrides: { expiryDate: '2026-11-01' }, tone: 'neutral', icon: 'expired', en: 'Expired', ar: 'منتهية' },
  suspended: { overrides: { status: 'suspended' }, tone: 'danger', icon: 'suspended', en: 'Suspended', ar: 'موقوفة' },
  withdrawn: { overrides: { status: 'withdrawn' }, tone: 'danger', icon: 'withdrawn', en: 'Withdrawn', ar: 'مسحوبة' },
  'not-yet-valid': {
    overrides: { issueDate: '2026-12-01' },
    tone: 'warning',
    icon: 'not-yet-valid',
    en: 'Not yet valid',
    ar: 'غير سارية بعد',
  },
} as const satisfies Record<
  string,
  { overrides: Partial<Certification>; tone: string; icon: string; en: string; ar: string; pill?: { en: string; ar: string } }
>;
type StatusName = keyof typeof STATUSES;

function serve(overrides: Partial<Certification> = {}) {
  apiClient().clearCache();
  fakeApi(
    {
      [ONE]: { json: igaIso9001(overrides) },
      [TWO]: { json: igaIso20000(overrides) },
      'GET /organisations/iga/certifications': { json: iga([igaIso9001(overrides), igaIso20000(overrides)]) },
      'GET /organisations/empty/certifications': { json: iga([]) },
      // One missing id per language: the console says each once per page (warnOnce).
      ...Object.fromEntries(
        ['en', 'ar'].flatMap((lang) => [
          [`GET /certifications/missing-cert-${lang}`, { status: 404 }],
          [`GET /organisations/missing-org-${lang}/certifications`, { status: 404 }],
        ]),
      ),
      'GET /organisations/broken/certifications': { status: 500 },
    },
    { now: () => NOW, retry: { retries: 0 } },
  );
}

const badge = (variant: string, lang: string, theme = 'light') =>
  mount(
    html`<certification-badge certificate-id="BV-ISO9001-2023-117" variant=${variant} lang=${lang} theme=${theme}></certification-badge>`,
  );

const px = (value: string) => parseFloat(value);

describe('certification-badge design: the status is first and loudest (issue 19.12)', () => {
  // The first badge of the file loads the validator and the Arabic catalogue: allow it time once.
  before(async () => {
    serve();
    const el = await fixture<CertificationBadge>(
      html`<certification-badge certificate-id="BV-ISO9001-2023-117" lang="ar"></certification-badge>`,
    );
    await until(() => el.shadowRoot?.querySelector('[part="status"]'), 'the first badge', 15000);
    resetJawda();
  });
  beforeEach(resetJawda);
  afterEach(async () => {
    resetJawda();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'ar'] as const) {
    for (const [name, status] of Object.entries(STATUSES)) {
      it(`card, ${name} (${lang}): a tag first, its ${status.icon} icon and words at body size, bold, in the ${status.tone} colour`, async () => {
        serve(status.overrides);
        const el = await badge('card', lang);
        const card = $(el, '[part="card"]')!;
        const first = card.firstElementChild as HTMLElement;
        expect(first.getAttribute('part'), 'the status comes before the standard').to.equal('status');
        expect(first.dataset.tone).to.equal(status.tone);
        const tag = first.querySelector<HTMLElement>('.tag')!;
        expect(tag, 'a tag').to.exist;
        expect(tag.querySelector(`svg[data-icon="${status.icon}"][aria-hidden="true"]`), 'its own icon').to.exist;
        expect(tag.textContent!.trim()).to.equal(status[lang]);
        const style = getComputedStyle(tag);
        expect(px(style.fontSize)).to.equal(px(getComputedStyle(el).fontSize));
        expect(Number(style.fontWeight)).to.equal(700);
        expect(style.borderStyle).to.equal('solid');
        const tone = getComputedStyle(first).getPropertyValue('--_tone');
        expect(tone, 'the tone is a token').to.not.equal('');
        expect(style.color).to.equal(getComputedStyle(tag.querySelector('svg')!).color);
      });
    }

    it(`card (${lang}): the verify link is secondary: regular weight, caption size, external icon, "Verify with" the issuer`, async () => {
      serve();
      const el = await badge('card', lang);
      const link = $(el, 'a[part="verify"]')!;
      const tag = $(el, '[part="status"] .tag')!;
      const linkStyle = getComputedStyle(link);
      const tagStyle = getComputedStyle(tag);
      expect(Number(linkStyle.fontWeight)).to.equal(400);
      expect(px(linkStyle.fontSize)).to.be.closeTo(0.875 * px(getComputedStyle(el).fontSize), 0.01);
      expect(px(tagStyle.fontSize), 'status larger than the link').to.be.greaterThan(px(linkStyle.fontSize));
      expect(Number(tagStyle.fontWeight), 'status bolder than the link').to.be.greaterThan(Number(linkStyle.fontWeight));
      expect(link.querySelector('svg[data-icon="external"]')).to.exist;
      expect(shadowText(el, '[part="verify"]')).to.equal(
        lang === 'en' ? 'Verify with Bureau Veritas (opens in a new tab)' : 'تحقّق لدى Bureau Veritas (يُفتح في علامة تبويب جديدة)',
      );
      expect(link.compareDocumentPosition($(el, 'dl')!) & Node.DOCUMENT_POSITION_PRECEDING, 'after the facts').to.not.equal(0);
    });

    it(`card (${lang}): standard right after the status, then the scope, issuer, number and dates as label/value fields`, async () => {
      serve();
      const el = await badge('card', lang);
      const card = $(el, '[part="card"]')!;
      expect([...card.children].map((child) => child.localName).slice(0, 3)).to.deep.equal(['div', 'h3', 'dl']);
      const terms = $$(el, 'dl dt').map((dt) => dt.textContent);
      expect(terms.slice(0, 3)).to.deep.equal(
        lang === 'en'
          ? ['Scope of certification', 'Certification body', 'Certificate number']
          : ['نطاق الشهادة', 'جهة منح الشهادة', 'رقم الشهادة'],
      );
      expect(shadowText(el, '[part="scope"] dd')).to.include(lang === 'en' ? 'Provision of eGovernment' : 'تقديم الخدمات');
    });
  }

  it('card: uses its width, two columns of fields when wide, one on a phone', async () => {
    serve();
    await setViewport({ width: 1000, height: 800 });
    const wide = await badge('card', 'ar');
    const fields = $$(wide, 'dl > div:not(.scope)').map((field) => field.getBoundingClientRect());
    expect(fields[1].top, 'the second field beside the first').to.be.closeTo(fields[0].top, 1);
    const card = $(wide, '[part="card"]')!.getBoundingClientRect();
    const right = Math.max(...fields.map((field) => field.right));
    const left = Math.min(...fields.map((field) => field.left));
    expect(right - left, 'the fields span the card').to.be.greaterThan(card.width * 0.8);
    await setViewport({ width: 360, height: 800 });
    await wide.updateComplete;
    const narrow = $$(wide, 'dl > div:not(.scope)').map((field) => field.getBoundingClientRect());
    expect(narrow[1].top, 'stacked on a phone').to.be.greaterThan(narrow[0].bottom - 1);
    expect(document.documentElement.scrollWidth, 'no sideways scroll at 360 px').to.be.at.most(360);
  });

  it('pill: icon + status word + standard ("Valid · ISO 9001:2015"), in both languages', async () => {
    serve();
    for (const lang of ['en', 'ar'] as const) {
      const el = await badge('pill', lang);
      const pill = $(el, '[part="pill"]')!;
      expect(pill.firstElementChild!.matches('svg[data-icon="valid"]')).to.equal(true);
      expect(shadowText(el, '[part="pill"]')).to.equal(`${STATUSES.valid.pill[lang]} · ISO 9001:2015`);
      expect(pill.getAttribute('aria-label')!.startsWith(STATUSES.valid.pill[lang]), 'the name starts with the visible words').to.equal(
        true,
      );
    }
  });

  it('list: a row per certificate (status, standard, issuer and link on one line when wide)', async () => {
    serve();
    await setViewport({ width: 1200, height: 800 });
    const el = await mount(html`<certification-badge organisation-id="iga" lang="en"></certification-badge>`);
    const items = $$(el, '[part="item"]');
    expect(items).to.have.length(2);
    for (const item of items) {
      const tag = item.querySelector('.tag')!.getBoundingClientRect();
      const heading = item.querySelector('h3 .standard')!.getBoundingClientRect();
      expect(item.firstElementChild!.getAttribute('part')).to.equal('status');
      const issuer = item.querySelector('.issuer')!.getBoundingClientRect();
      const verify = item.querySelector('[part="verify"]')!.getBoundingClientRect();
      for (const [what, box] of [
        ['standard', heading],
        ['issuer', issuer],
        ['verify link', verify],
      ] as const) {
        expect(box.top, `${what} on the status row`).to.be.lessThan(tag.bottom);
        expect(box.left >= tag.right || box.right <= tag.left, `${what} beside the status`).to.equal(true);
      }
    }
  });

  for (const lang of ['en', 'ar'] as const)
    it(`list (${lang}): with a second status line (verification, or a signed record's signer), the row still holds status, standard, issuer and link, over the whole width`, async () => {
      // The line under the status is full width: placed in order, it pushed the standard, issuer and
      // link to a row of their own and left the status alone in a narrow first column (the demo's
      // quality page, every signed record).
      serve({ lastVerifiedAt: undefined });
      await setViewport({ width: 1200, height: 800 });
      const el = await mount(html`<certification-badge organisation-id="iga" lang=${lang}></certification-badge>`);
      const rtl = lang === 'ar';
      for (const item of $$(el, '[part="item"]')) {
        expect(item.querySelector('.stale'), 'the second status line').to.exist;
        const tag = item.querySelector('.tag')!.getBoundingClientRect();
        const line = item.querySelector('.stale')!.getBoundingClientRect();
        const cells = ['h3', '.issuer', '[part="verify"]'].map((selector) => item.querySelector(selector)!.getBoundingClientRect());
        for (const [index, box] of cells.entries()) {
          expect(box.top, `cell ${index} on the status row`).to.be.lessThan(tag.bottom);
          expect(box.bottom, `cell ${index} above the second line`).to.be.at.most(line.top + 1);
        }
        // The last cell reaches the row's far end: no empty column after it.
        const style = getComputedStyle(item);
        const inner = item.getBoundingClientRect();
        const far = rtl
          ? inner.left + px(style.paddingLeft) + px(style.borderLeftWidth)
          : inner.right - px(style.paddingRight) - px(style.borderRightWidth);
        const last = cells[2]!;
        expect(Math.abs((rtl ? last.left : last.right) - far), 'the link cell ends at the end of the row').to.be.below(2);
        // Four columns share the row: the status has a quarter of it, not a fifth.
        const status = item.querySelector('[part="status"]')!.getBoundingClientRect();
        const content =
          inner.width - px(style.paddingLeft) - px(style.paddingRight) - px(style.borderLeftWidth) - px(style.borderRightWidth);
        expect(status.width, 'the status column').to.be.at.least((content - 3 * px(style.columnGap)) / 4 - 1);
      }
    });
});

describe('certification-badge design: the same meaning in both languages (issue 19.13)', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  it('each status says the §6 pair, on the card and in the pill', async () => {
    for (const [name, status] of Object.entries(STATUSES) as [StatusName, (typeof STATUSES)[StatusName]][]) {
      serve(status.overrides);
      for (const lang of ['en', 'ar'] as const) {
        const card = await badge('card', lang);
        expect(shadowText(card, '[part="status"] .label'), `${name} card ${lang}`).to.equal(status[lang]);
        const pill = await badge('pill', lang);
        const short = 'pill' in status ? status.pill[lang] : status[lang];
        expect(shadowText(pill, '[part="pill"] .label'), `${name} pill ${lang}`).to.equal(short);
      }
    }
  });

  it('never "Certified": a valid certificate is "Valid certificate" in English, as «شهادة سارية» says', async () => {
    serve();
    const el = await badge('pill', 'en');
    expect(shadowText(el)).to.not.include('Certified');
  });

  it('verification date unknown: explained in words on the second status line, the tag not green', async () => {
    serve({ lastVerifiedAt: undefined });
    for (const lang of ['en', 'ar'] as const) {
      const el = await badge('card', lang);
      expect($(el, '[part="status"]')!.dataset.tone).to.equal('warning');
      const line = $(el, '.stale')!;
      expect(line.querySelector('svg[data-icon="stale"]')).to.exist;
      expect(shadowText(el, '.stale')).to.equal(
        lang === 'en'
          ? 'Verification date unknown No record of a check with the certification body'
          : 'تاريخ التحقق غير معروف لا يوجد سجل للتحقق منها لدى جهة منح الشهادة',
      );
    }
  });
});

describe('certification-badge design: messages in the shared notice, no ids (issue 19.14)', () => {
  let warnings: string[];
  let original: typeof console.warn;
  beforeEach(() => {
    resetJawda();
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = original;
    resetJawda();
  });

  const developerWords = /["“”«»]|json|undefined|fetch|cannot be|null/i;

  const cases: [string, (lang: string) => TemplateResult, ((lang: string) => string) | undefined][] = [
    [
      'certificate not found',
      (lang) => html`<certification-badge certificate-id="missing-cert-${lang}" variant="card"></certification-badge>`,
      (lang) => `missing-cert-${lang}`,
    ],
    [
      'certificate not in the list',
      (lang) => html`<certification-badge organisation-id="iga" certificate-id="NOT-IN-LIST-${lang}" variant="pill"></certification-badge>`,
      (lang) => `NOT-IN-LIST-${lang}`,
    ],
    [
      'organisation not found',
      (lang) => html`<certification-badge organisation-id="missing-org-${lang}"></certification-badge>`,
      (lang) => `missing-org-${lang}`,
    ],
    ['no certificates', () => html`<certification-badge organisation-id="empty"></certification-badge>`, undefined],
    [
      'a standard with none',
      () => html`<certification-badge organisation-id="iga" standard="ISO/IEC 27001" variant="card"></certification-badge>`,
      undefined,
    ],
    ['server error', () => html`<certification-badge organisation-id="broken" variant="card"></certification-badge>`, undefined],
    ['setup problem', () => html`<certification-badge variant="card"></certification-badge>`, undefined],
  ];
  for (const lang of ['en', 'ar']) {
    for (const [name, template, id] of cases) {
      it(`${name} (${lang}): the core notice, plain words, the id only in the console`, async () => {
        serve();
        const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>${template(lang)}</div>`);
        const el = wrapper.firstElementChild as CertificationBadge;
        await until(() => !el.shadowRoot?.querySelector('.loading'), 'the badge to settle');
        await el.localeReady();
        const notice = $(el, '.notice[part="message"]')!;
        expect(notice, 'the shared notice').to.exist;
        expect(notice.querySelector('svg'), 'its icon').to.exist;
        expect(notice.querySelector('.heading')!.textContent!.trim()).to.not.equal('');
        const text = notice.textContent!.replace(/\s+/g, ' ');
        expect(text).to.not.match(developerWords);
        if (id) {
          expect(text).to.not.include(id(lang));
          expect(
            warnings.some((warning) => warning.includes(id(lang))),
            'the console names the id',
          ).to.equal(true);
        }
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('certification-badge design: dark mode and forced colours (issue 19, §7)', () => {
  beforeEach(resetJawda);
  afterEach(async () => {
    resetJawda();
    await forcedColors(false);
  });

  it('forced colours: the tag keeps a border and its icon, the pill its border', async () => {
    await forcedColors(true);
    for (const [name, status] of Object.entries(STATUSES)) {
      serve(status.overrides);
      const card = await badge('card', 'ar');
      const tag = $(card, '[part="status"] .tag')!;
      const style = getComputedStyle(tag);
      expect(style.borderStyle, `${name}: bordered`).to.equal('solid');
      expect(px(style.borderTopWidth)).to.be.at.least(1);
      const icon = tag.querySelector('svg')!;
      const box = icon.getBoundingClientRect();
      expect(box.width * box.height, `${name}: icon visible`).to.be.greaterThan(0);
      expect(getComputedStyle(icon).color).to.equal(getComputedStyle(tag).color);
      const pill = await badge('pill', 'ar');
      expect(getComputedStyle($(pill, '[part="pill"]')!).borderStyle).to.equal('solid');
      expect($(pill, '[part="pill"] svg')!.getBoundingClientRect().width).to.be.greaterThan(0);
    }
  });

  it('dark: theme="dark" on a dark page, every status tag readable (contrast >= 4.5)', async () => {
    for (const [name, status] of Object.entries(STATUSES)) {
      serve(status.overrides);
      const page = await fixture<HTMLElement>(
        html`<div class="dark-page"><certification-badge certificate-id="BV-ISO9001-2023-117" variant="card" theme="dark" lang="en"></certification-badge></div>`,
      );
      page.style.setProperty('background', '#0e0f12');
      page.style.setProperty('color-scheme', 'dark');
      const el = page.firstElementChild as CertificationBadge;
      await until(() => $(el, '.tag'), 'the card');
      const tag = $(el, '.tag')!;
      const ratio = contrast(rgb(getComputedStyle(tag).color), over(rgb(getComputedStyle(tag).backgroundColor), [14, 15, 18]));
      expect(ratio, `${name}: tag text on its tint`).to.be.at.least(4.5);
      const text = contrast(rgb(getComputedStyle($(el, 'dd')!).color), [14, 15, 18]);
      expect(text, `${name}: the facts`).to.be.at.least(4.5);
    }
  });
});

/** "rgb(r, g, b)", "rgba(...)" or "color(srgb r g b / a)" to [r, g, b, a] in 0-255. */
function rgb(value: string): [number, number, number, number] {
  const srgb = value.match(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const [r, g, b, a = '1'] = value.match(/[\d.]+/g)!;
  return [Number(r), Number(g), Number(b), Number(a)];
}
const over = ([r, g, b, a]: number[], [pr, pg, pb]: number[]) => [r * a + pr * (1 - a), g * a + pg * (1 - a), b * a + pb * (1 - a)];
const luminance = (colour: number[]) => {
  const [r, g, b] = colour.slice(0, 3).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('certification-badge design: axe in every status x variant, both languages, light and dark, two per page', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const lang of ['en', 'ar']) {
    for (const theme of ['light', 'dark']) {
      for (const [name, status] of Object.entries({ ...STATUSES, stale: { overrides: { lastVerifiedAt: undefined } } })) {
        it(`${name}, ${lang}, ${theme}: card, pill and list`, async () => {
          serve(status.overrides);
          for (const variant of ['card', 'pill', 'list']) {
            const page = await fixture<HTMLElement>(html`<div lang=${lang} class="page">
              <certification-badge certificate-id="BV-ISO9001-2023-117" variant=${variant} theme=${theme}></certification-badge>
              <certification-badge certificate-id="BV-ISO20000-2024-031" variant=${variant} theme=${theme}></certification-badge>
            </div>`);
            if (theme === 'dark') {
              page.style.setProperty('background', '#0e0f12');
              page.style.setProperty('color-scheme', 'dark');
            }
            const badges = [...page.querySelectorAll<CertificationBadge>('certification-badge')];
            await until(() => badges.every((el) => el.shadowRoot?.querySelector('[part="status"], [part="pill"]')), 'both badges');
            await Promise.all(badges.map((el) => el.localeReady()));
            await expect(page, `${name} ${variant} ${lang} ${theme}`).to.be.accessible();
          }
        });
      }
    }
  }
});

describe('certification-badge design: DOM nodes per element do not grow', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  // Before the redesign: card 57, pill 7 (with its empty dialog), list 62 for one certificate.
  for (const [variant, before] of [
    ['card', 57],
    ['pill', 7],
    ['list', 62],
  ] as const) {
    it(`${variant}: at most ${before} elements`, async () => {
      serve();
      const el = await badge(variant, 'en');
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.at.most(before);
    });
  }
});
