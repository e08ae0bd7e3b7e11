import { expect } from '@open-wc/testing';
import { deltaText, evidenceItems, rankText } from '../../src/centre-scorecard/text.js';
import * as schemes from '../../src/centre-scorecard/schemes.js';
import type { EvaluationResult } from '../../src/core/contract.js';
import { inLocale, loadCatalogue } from '../../src/core/i18n/catalogues.js';
import { scorecardWords } from '../../src/centre-scorecard/words.js';
import { formats } from '../../src/core/i18n/format.js';
import { resetJawda } from '../helpers/fake-api.js';
import { DXMI_LEVELS, TAQYEEM, isaTown } from './fixtures.js';
import { mount, settled, text, withInlineJson } from './helpers.js';

const en = formats('en');
const ar = formats('ar');
const inArabic = <T>(fn: () => T) => inLocale('ar', fn);
const percent = (percentage: number): EvaluationResult => ({ scheme: 'percentage-tier', percentage });
const stars = (n: number): EvaluationResult => ({ scheme: 'stars', stars: n, maxStars: 7 });
const level = (n: number): EvaluationResult => ({ scheme: 'maturity', level: n, levels: DXMI_LEVELS });

describe('<centre-scorecard>: rank, change and evidence in words', () => {
  before(() => loadCatalogue('ar', [scorecardWords]));
  afterEach(resetJawda);

  it('writes English ordinals: 1st, 2nd, 3rd, 11th, 12th, 22nd, 64th, 100th', () => {
    expect([1, 2, 3, 11, 12, 22, 64, 100].map((n) => rankText(en, n, 100))).to.deep.equal([
      'Ranked 1st of 100 centres',
      'Ranked 2nd of 100 centres',
      'Ranked 3rd of 100 centres',
      'Ranked 11th of 100 centres',
      'Ranked 12th of 100 centres',
      'Ranked 22nd of 100 centres',
      'Ranked 64th of 100 centres',
      'Ranked 100th of 100 centres',
    ]);
  });

  it('writes the English count of centres in the singular and the plural', () => {
    expect([1, 2, 3, 11, 12, 22, 64, 100].map((n) => rankText(en, 1, n))).to.deep.equal([
      'Ranked 1st of one centre',
      'Ranked 1st of 2 centres',
      'Ranked 1st of 3 centres',
      'Ranked 1st of 11 centres',
      'Ranked 1st of 12 centres',
      'Ranked 1st of 22 centres',
      'Ranked 1st of 64 centres',
      'Ranked 1st of 100 centres',
    ]);
  });

  it('writes the Arabic rank with Arabic-Indic digits and the six plural forms of مركز', () => {
    expect(inArabic(() => [1, 2, 3, 11, 12, 22, 64, 100].map((n) => rankText(ar, n, 100)))).to.deep.equal([
      'المرتبة ١ من أصل ١٠٠ مركز',
      'المرتبة ٢ من أصل ١٠٠ مركز',
      'المرتبة ٣ من أصل ١٠٠ مركز',
      'المرتبة ١١ من أصل ١٠٠ مركز',
      'المرتبة ١٢ من أصل ١٠٠ مركز',
      'المرتبة ٢٢ من أصل ١٠٠ مركز',
      'المرتبة ٦٤ من أصل ١٠٠ مركز',
      'المرتبة ١٠٠ من أصل ١٠٠ مركز',
    ]);
    expect(inArabic(() => [1, 2, 3, 11, 12, 22, 64, 100, 103].map((n) => rankText(ar, 1, n)))).to.deep.equal([
      'المرتبة ١ من أصل مركز واحد',
      'المرتبة ١ من أصل مركزين',
      'المرتبة ١ من أصل ٣ مراكز',
      'المرتبة ١ من أصل ١١ مركزًا',
      'المرتبة ١ من أصل ١٢ مركزًا',
      'المرتبة ١ من أصل ٢٢ مركزًا',
      'المرتبة ١ من أصل ٦٤ مركزًا',
      'المرتبة ١ من أصل ١٠٠ مركز',
      'المرتبة ١ من أصل ١٠٣ مراكز',
    ]);
  });

  it('shows the rank in the element, in each language', async () => {
    const english = await settled(await mount(withInlineJson({ ...isaTown(5), rank: { position: 22, of: 64 } })));
    expect(text(english, '.rank')).to.equal('Ranked 22nd of 64 centres');
    const arabic = await settled(await mount(withInlineJson({ ...isaTown(5), rank: { position: 2, of: 2 } }, { lang: 'ar' })));
    expect(text(arabic, '.rank')).to.equal('المرتبة ٢ من أصل مركزين');
  });

  it('says the change in percentage points, up, down or the same, in English', () => {
    const from = (current: EvaluationResult, previous: EvaluationResult) =>
      deltaText(en, TAQYEEM, current, { cycle: 4, result: previous }, schemes)?.text;
    expect(from(percent(91.4), percent(88.2))).to.equal('Up 3.2 points from Taqyeem 4');
    expect(from(percent(89), percent(88))).to.equal('Up one point from Taqyeem 4');
    expect(from(percent(86.7), percent(88.2))).to.equal('Down 1.5 points from Taqyeem 4');
    expect(from(percent(88.24), percent(88.2)), 'less than a tenth of a point is no change').to.equal('Same as Taqyeem 4');
    expect(from(stars(6), stars(4))).to.equal('Up 2 stars from Taqyeem 4');
    expect(from(stars(6), stars(7))).to.equal('Down one star from Taqyeem 4');
    expect(from(level(2), level(5))).to.equal('Down 3 levels from Taqyeem 4');
    expect(from(level(2), percent(50)), 'different schemes are not compared').to.equal(undefined);
    expect(from({ scheme: 'stars', stars: 4, maxStars: 5 }, stars(4)), 'different scales are not compared').to.equal(undefined);
    expect(from({ scheme: 'letter-grade' }, percent(50))).to.equal(undefined);
  });

  it('says the change in Arabic, with the plural forms of نقطة, نجمة and مستوى', () => {
    const from = (current: EvaluationResult, previous: EvaluationResult) =>
      inArabic(() => deltaText(ar, TAQYEEM, current, { cycle: 4, result: previous }, schemes)?.text);
    expect(from(percent(91.4), percent(88.2))).to.equal('ارتفاع بمقدار ٣٫٢ نقطة مقارنةً بدورة تقييم ٤');
    expect(from(percent(89), percent(88))).to.equal('ارتفاع بمقدار نقطة واحدة مقارنةً بدورة تقييم ٤');
    expect(from(percent(90), percent(88))).to.equal('ارتفاع بمقدار نقطتين مقارنةً بدورة تقييم ٤');
    expect(from(percent(85), percent(88))).to.equal('انخفاض بمقدار ٣ نقاط مقارنةً بدورة تقييم ٤');
    expect(from(percent(99), percent(88))).to.equal('ارتفاع بمقدار ١١ نقطة مقارنةً بدورة تقييم ٤');
    expect(from(percent(88), percent(88))).to.equal('دون تغيير مقارنةً بدورة تقييم ٤');
    expect(from(stars(7), stars(6))).to.equal('ارتفاع بمقدار نجمة واحدة مقارنةً بدورة تقييم ٤');
    expect(from(stars(7), stars(5))).to.equal('ارتفاع بمقدار نجمتين مقارنةً بدورة تقييم ٤');
    expect(from(stars(2), stars(5))).to.equal('انخفاض بمقدار ٣ نجوم مقارنةً بدورة تقييم ٤');
    expect(from(level(4), level(3))).to.equal('ارتفاع بمقدار مستوى واحد مقارنةً بدورة تقييم ٤');
    expect(from(level(5), level(1))).to.equal('ارتفاع بمقدار ٤ مستويات مقارنةً بدورة تقييم ٤');
    expect(from(level(1), level(3))).to.equal('انخفاض بمقدار مستويين مقارنةً بدورة تقييم ٤');
  });

  it('counts the evidence with the right plural in each language', () => {
    const counts = (n: number) => ({ mysteryShopperVisits: n, fieldVisits: n, surveyResponses: n });
    expect(evidenceItems(en, counts(1))).to.deep.equal(['one mystery-shopper visit', 'one field visit', 'one survey response']);
    expect(evidenceItems(en, counts(0))).to.deep.equal(['0 mystery-shopper visits', '0 field visits', '0 survey responses']);
    expect(evidenceItems(en, { surveyResponses: 1250 })).to.deep.equal(['1,250 survey responses']);
    const arabic = (n: number) => inArabic(() => evidenceItems(ar, counts(n)));
    expect(arabic(0)).to.deep.equal(['لا توجد زيارات للمتسوق الخفي', 'لا توجد زيارات ميدانية', 'لا توجد ردود على الاستبيان']);
    expect(arabic(1)).to.deep.equal(['زيارة واحدة للمتسوق الخفي', 'زيارة ميدانية واحدة', 'رد واحد على الاستبيان']);
    expect(arabic(2)).to.deep.equal(['زيارتان للمتسوق الخفي', 'زيارتان ميدانيتان', 'ردّان على الاستبيان']);
    expect(arabic(3)).to.deep.equal(['٣ زيارات للمتسوق الخفي', '٣ زيارات ميدانية', '٣ ردود على الاستبيان']);
    expect(arabic(11)).to.deep.equal(['١١ زيارة للمتسوق الخفي', '١١ زيارة ميدانية', '١١ ردًا على الاستبيان']);
    expect(arabic(100)).to.deep.equal(['١٠٠ زيارة للمتسوق الخفي', '١٠٠ زيارة ميدانية', '١٠٠ رد على الاستبيان']);
  });

  it('writes Latin digits in Arabic when numerals="latn"', async () => {
    const el = await settled(await mount(withInlineJson(isaTown(5), { lang: 'ar', numerals: 'latn' })));
    expect(text(el, '.rank')).to.equal('المرتبة 12 من أصل 64 مركزًا');
    expect(text(el, '.cycle-label')).to.equal('تقييم 5 · 2024');
  });
});
