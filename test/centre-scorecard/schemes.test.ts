import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Evaluation } from '../../src/core/contract.js';
import { fakeApi, resetJawda } from '../helpers/fake-api.js';
import { customsRemote, isaTown, maturity, sevenStar, unsupportedScheme } from './fixtures.js';
import { mount, settled, text, type CentreScorecard } from './helpers.js';

interface Scheme {
  name: string;
  data: () => Evaluation;
  en: string[];
  ar: string[];
}

const SCHEMES: Scheme[] = [
  {
    name: 'Taqyeem percentage with the Gold tier (on-premise)',
    data: () => isaTown(5),
    en: [
      'Nationality, Passports and Residence Affairs — Isa Town branch',
      'Ministry of Interior',
      'On-premise centre',
      'Taqyeem 5 · 2024',
      'Published December 10, 2024',
      '91.4%',
      'Gold',
      'Up 3.2 points from Taqyeem 4',
      'Ranked 12th of 64 centres',
      '4 mystery-shopper visits',
      '2 field visits',
      '1,250 survey responses',
    ],
    ar: [
      'شؤون الجنسية والجوازات والإقامة — فرع مدينة عيسى',
      'وزارة الداخلية',
      'مركز حضوري',
      'تقييم ٥ · ٢٠٢٤',
      'نُشر في ١٠ ديسمبر ٢٠٢٤',
      '٩١٫٤',
      'ذهبي',
      'ارتفاع بمقدار ٣٫٢ نقطة مقارنةً بدورة تقييم ٤',
      'المرتبة ١٢ من أصل ٦٤ مركزًا',
      '٤ زيارات للمتسوق الخفي',
      'زيارتان ميدانيتان',
      '١٬٢٥٠ ردًا على الاستبيان',
    ],
  },
  {
    name: 'Taqyeem percentage with the Platinum tier (remote centre)',
    data: customsRemote,
    en: [
      'Customs Affairs — Remote Customer Service Centre',
      'Remote centre',
      '95.8%',
      'Platinum',
      'Up 2.7 points from Taqyeem 4',
      'Ranked 1st of 13 centres',
      '6 mystery-shopper visits',
      '2,140 survey responses',
    ],
    ar: [
      'شؤون الجمارك — مركز خدمة العملاء عن بُعد',
      'مركز عن بُعد',
      '٩٥٫٨',
      'بلاتيني',
      'ارتفاع بمقدار ٢٫٧ نقطة مقارنةً بدورة تقييم ٤',
      'المرتبة ١ من أصل ١٣ مركزًا',
      '٦ زيارات للمتسوق الخفي',
    ],
  },
  {
    name: 'UAE-style stars (seven of seven)',
    data: sevenStar,
    en: [
      'Customer Happiness Centre — Al Barsha',
      'Global Star Rating 5 · 2023',
      '7 of 7 stars',
      'Up one star from Global Star Rating 4',
      '3 mystery-shopper visits',
      'one field visit',
    ],
    ar: [
      'مركز سعادة المتعاملين — البرشاء',
      'النظام العالمي لتصنيف الخدمات ٥ · ٢٠٢٣',
      '٧ من ٧ نجوم',
      'ارتفاع بمقدار نجمة واحدة مقارنةً بدورة النظام العالمي لتصنيف الخدمات ٤',
      '٣ زيارات للمتسوق الخفي',
      'زيارة ميدانية واحدة',
    ],
  },
  {
    name: 'maturity levels (digital channel)',
    data: maturity,
    en: [
      'Balady digital services platform',
      'Digital channel',
      'Level 4 of 5: Advanced',
      'Up one level from Digital Experience Maturity Index 1',
      'Ranked 3rd of 22 centres',
      '5,321 survey responses',
    ],
    ar: [
      'منصة بلدي للخدمات الرقمية',
      'قناة رقمية',
      'المستوى ٤ من ٥: متقدم',
      'ارتفاع بمقدار مستوى واحد مقارنةً بدورة مؤشر نضج التجربة الرقمية ١',
      'المرتبة ٣ من أصل ٢٢ مركزًا',
      '٥٬٣٢١ ردًا على الاستبيان',
    ],
  },
  {
    name: 'an unknown scheme',
    data: unsupportedScheme,
    // No scheme name in quotes for a citizen (design language §6): the validator's warning names it.
    en: ["This result can't be shown on this page yet.", 'Ranked 12th of 64 centres'],
    ar: ['تعذّر عرض هذه النتيجة في هذه الصفحة.', 'المرتبة ١٢ من أصل ٦٤ مركزًا'],
  },
];

const VARIANTS = ['card', 'compact', 'full'] as const;

async function show(data: Evaluation, variant: string, lang: 'en' | 'ar', width = 640): Promise<CentreScorecard> {
  fakeApi({ [`GET /centres/${data.centre.id}/evaluation`]: { json: data } });
  return settled(
    await mount(
      html`<centre-scorecard centre-id=${data.centre.id} variant=${variant} lang=${lang} show-history></centre-scorecard>`,
      width,
    ),
  );
}

describe('<centre-scorecard>: every scheme in every variant, in English and Arabic', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const scheme of SCHEMES) {
    for (const variant of VARIANTS) {
      for (const lang of ['en', 'ar'] as const) {
        it(`${scheme.name}, ${variant}, ${lang}`, async () => {
          const el = await show(scheme.data(), variant, lang);
          const shown = text(el);
          for (const expected of scheme[lang]) expect(shown, expected).to.contain(expected);
          expect(el.shadowRoot!.querySelector('[part~="result"]'), 'the result part').to.exist;
          expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('data-variant')).to.equal(variant);
          if (lang === 'ar') expect(shown, 'Arabic text has no Latin digits').not.to.match(/[0-9]/);
          const more = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.more');
          if (variant === 'compact') expect(more?.open, 'findings collapsed in compact').to.equal(false);
          else expect(more, 'findings open outside compact').to.equal(null);
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('draws the stars it writes: filled stars match the text', async () => {
    const el = await show({ ...sevenStar(), result: { scheme: 'stars', stars: 5, maxStars: 7 } }, 'card', 'en');
    expect(el.shadowRoot!.querySelectorAll('.stars .star').length).to.equal(7);
    expect(el.shadowRoot!.querySelectorAll('.stars .star.filled').length).to.equal(5);
    expect(text(el, '.stars-text')).to.equal('5 of 7 stars');
    expect(text(el, '.delta')).to.equal('Down one star from Global Star Rating 4');
  });

  it('places the maturity level on its scale, in text as well as visually', async () => {
    const el = await show(maturity(), 'card', 'en');
    const levels = [...el.shadowRoot!.querySelectorAll('.scale li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(levels).to.deep.equal(['Emergent', 'Developed', 'Competent', 'Advanced (current level)', 'Exceptional']);
  });

  it('names the tier in words; its colour is decoration only', async () => {
    const el = await show(isaTown(5), 'card', 'ar');
    const tier = el.shadowRoot!.querySelector('.tier')!;
    expect(tier.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(el, '.tier')).to.equal('ذهبي');
  });

  it('shows the model as text and an icon', async () => {
    for (const [data, words] of [
      [isaTown(5), 'On-premise centre'],
      [customsRemote(), 'Remote centre'],
      [maturity(), 'Digital channel'],
    ] as const) {
      resetJawda();
      const el = await show(data, 'compact', 'en');
      expect(text(el, '.model')).to.equal(words);
      expect(el.shadowRoot!.querySelector('.model svg path')).to.exist;
    }
  });

  it('draws each criterion as an SVG bar with geometry attributes, the value in text, strongest and weakest marked in words', async () => {
    const el = await show(isaTown(5), 'card', 'en');
    const criteria = [...el.shadowRoot!.querySelectorAll('[part~="criterion"]')];
    expect(criteria).to.have.length(5);
    expect(criteria.map((c) => c.querySelector('.fill')!.getAttribute('width'))).to.deep.equal(['93.5', '95.2', '86.8', '90.1', '89.6']);
    expect(text(el, '[part~="criteria"]')).to.contain('Quality of service delivery 95.2% Weight 25% Strongest');
    expect(text(el, '[part~="criteria"]')).to.contain('Centre environment 86.8% Weight 15% Needs improvement');
    expect(el.shadowRoot!.querySelectorAll('.mark')).to.have.length(2);
    expect(el.shadowRoot!.querySelectorAll('[style]'), 'no style attributes anywhere').to.have.length(0);
  });

  it('shows the trend across cycles with a table of the same figures, only with show-history', async () => {
    const el = await show(isaTown(5), 'full', 'en');
    const history = el.shadowRoot!.querySelector('[part~="history"]')!;
    expect(history.querySelectorAll('.trend-line .dot')).to.have.length(5);
    const rows = [...history.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      'Taqyeem 1 2018 82.5% · Silver',
      'Taqyeem 2 2019 85.1% · Silver',
      'Taqyeem 3 2021 87.6% · Silver',
      'Taqyeem 4 2023 88.2% · Silver',
      'Taqyeem 5 2024 91.4% · Gold',
    ]);
    resetJawda();
    fakeApi({ 'GET /centres/isa-town/evaluation': { json: isaTown(5) } });
    const plain = await settled(await mount(html`<centre-scorecard centre-id="isa-town"></centre-scorecard>`));
    expect(plain.shadowRoot!.querySelector('[part~="history"]')).to.equal(null);
  });

  it('fits a 280 px sidebar and a full-width page (container queries)', async () => {
    const narrow = await show(isaTown(5), 'full', 'en', 280);
    const narrowColumns = getComputedStyle(narrow.shadowRoot!.querySelector('.details')!).gridTemplateColumns.split(' ');
    expect(narrowColumns, 'one column in a sidebar').to.have.length(1);
    expect(narrow.scrollWidth, 'nothing overflows the sidebar').to.be.at.most(280);
    resetJawda();
    const wide = await show(isaTown(5), 'full', 'en', 1000);
    const wideColumns = getComputedStyle(wide.shadowRoot!.querySelector('.details')!).gridTemplateColumns.split(' ');
    expect(wideColumns, 'criteria beside findings on a wide page').to.have.length(2);
  });

  it('prints without the switcher and with the findings of compact expanded', async () => {
    // Compact has no switcher at all (design language §5); the full variant's is hidden in print.
    const full = await show(isaTown(5), 'full', 'en');
    const el = await show(isaTown(5), 'compact', 'en');
    expect(el.shadowRoot!.querySelector('.cycles')).to.equal(null);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(full.shadowRoot!.querySelector('.cycles')!).display).to.equal('none');
      expect(el.shadowRoot!.querySelector('.strengths')!.checkVisibility(), 'collapsed findings are printed').to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(el.shadowRoot!.querySelector('.strengths')!.checkVisibility(), 'collapsed on screen').to.equal(false);
  });
});
