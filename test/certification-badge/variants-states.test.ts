import { expect, fixture, html } from '@open-wc/testing';
import type { CertificationBadge } from '../../src/certification-badge/define.js';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import { iga, igaIso9001, khobar, NOW } from './fixtures.js';
import { $, $$, mount } from './helpers.js';

const IGA = 'GET /organisations/iga/certifications';
const KHOBAR = 'GET /organisations/khobar/certifications';
const CERT = 'GET /certifications/BV-ISO9001-2023-117';

const routes = () => ({
  [IGA]: { json: iga() },
  [KHOBAR]: { json: khobar() },
  [CERT]: { json: igaIso9001() },
  'GET /organisations/empty/certifications': { json: iga([]) },
  'GET /certifications/missing-cert': { status: 404 },
  'GET /organisations/missing-org/certifications': { status: 404 },
  'GET /organisations/broken/certifications': { status: 500 },
  'GET /organisations/invalid/certifications': {
    json: { organisation: { id: 'invalid', name: { en: 'x', ar: 'x' } }, certifications: [{ id: 'x', status: 7 }] },
  },
  'GET /organisations/slow/certifications': 'hang' as const,
});

for (const lang of ['en', 'ar'] as const) {
  const t = <T>(en: T, ar: T) => (lang === 'en' ? en : ar);

  describe(`certification-badge: every variant and state (${lang}), accessible`, () => {
    beforeEach(() => {
      resetJawda();
      fakeApi(routes(), { now: () => NOW });
    });
    afterEach(resetJawda);

    it('pill: one line, icon + status + standard, an accessible name with the expiry date', async () => {
      const el = await mount(
        html`<certification-badge lang=${lang} organisation-id="iga" standard="ISO 9001" variant="pill"></certification-badge>`,
      );
      const pill = $(el, 'button[part="pill"]')!;
      expect(shadowText(el, '[part="pill"]')).to.equal(t('Valid · ISO 9001:2015', 'سارية · ISO 9001:2015'));
      expect(pill.getAttribute('aria-label')).to.equal(
        t('Valid, ISO 9001:2015, Valid until March 12, 2027', 'سارية، ISO 9001:2015، سارية حتى ١٢ مارس ٢٠٢٧'),
      );
      expect(pill.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(el.dir).to.equal(t('ltr', 'rtl'));
      await expect(el).to.be.accessible();
    });

    it('pill for a whole organisation: one pill per certificate, in a list', async () => {
      const el = await mount(html`<certification-badge lang=${lang} organisation-id="iga" variant="pill"></certification-badge>`);
      expect($$(el, 'ul.pills > li > [part="pill"]').map((p) => p.dataset.status)).to.deep.equal(['valid', 'expiring']);
      expect($(el, '[data-status="expiring"]')!.getAttribute('aria-label')).to.equal(
        t(
          'Expiring soon, ISO/IEC 20000-1:2018, Valid until January 20, 2027 · Expires in 58 days',
          'تنتهي قريبًا، ISO/IEC 20000-1:2018، سارية حتى ٢٠ يناير ٢٠٢٧ · تنتهي صلاحيتها بعد ٥٨ يومًا',
        ),
      );
      await expect(el).to.be.accessible();
    });

    it('card: every fact of ISO/IEC 17021-1, scope shown, verify link, logo with alt text', async () => {
      const el = await mount(
        html`<certification-badge lang=${lang} certificate-id="BV-ISO9001-2023-117" variant="card"></certification-badge>`,
      );
      const card = $(el, 'article[part="card"]')!;
      expect(shadowText(el, 'h3')).to.equal(t('ISO 9001:2015 Quality management system', 'ISO 9001:2015 نظام إدارة الجودة'));
      expect(card.getAttribute('aria-labelledby')).to.equal($(el, 'h3')!.id);
      const facts = Object.fromEntries(
        $$(el, 'dl > div').map((row) => [
          row.querySelector('dt')!.textContent,
          row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
        ]),
      );
      expect(facts).to.deep.equal(
        t(
          {
            'Scope of certification':
              'Provision of eGovernment, statistical, radio and identity card services to the public through electronic channels and branches.',
            'Certified organisation': 'Information & eGovernment Authority',
            'Certificate number': 'BH-QMS-2024-117',
            Sites: 'Isa Town, Kingdom of Bahrain',
            'Certification body': 'Bureau Veritas (opens in a new tab)',
            Accreditation: 'UKAS (Accredited)',
            'Original issue date': 'March 13, 2017',
            'Issue date': 'March 13, 2024',
            'Expiry date': 'March 12, 2027',
            'Last verified': 'November 20, 2026',
          },
          {
            'نطاق الشهادة': 'تقديم الخدمات الإلكترونية والإحصائية والراديوية وخدمات بطاقة الهوية للجمهور عبر القنوات الإلكترونية والفروع.',
            'الجهة الحاصلة على الشهادة': 'هيئة المعلومات والحكومة الإلكترونية',
            'رقم الشهادة': 'BH-QMS-2024-117',
            المواقع: 'مدينة عيسى، مملكة البحرين',
            'جهة منح الشهادة': 'Bureau Veritas (يُفتح في علامة تبويب جديدة)',
            الاعتماد: 'UKAS (معتمدة)',
            'تاريخ الإصدار الأول': '١٣ مارس ٢٠١٧',
            'تاريخ الإصدار': '١٣ مارس ٢٠٢٤',
            'تاريخ انتهاء الصلاحية': '١٢ مارس ٢٠٢٧',
            'آخر تحقق': '٢٠ نوفمبر ٢٠٢٦',
          },
        ),
      );
      // The scope is shown, not folded away: it says what the certificate covers (design language §5).
      expect(shadowText(el, '[part="scope"] dt')).to.equal(t('Scope of certification', 'نطاق الشهادة'));
      const logo = $<HTMLImageElement>(el, 'img[part="logo"]')!;
      expect(logo.alt).to.equal(t('Bureau Veritas logo', 'شعار Bureau Veritas'));
      expect(logo.getAttribute('src')).to.equal('https://logos.jawda.test/bureau-veritas.svg');
      const verify = $<HTMLAnchorElement>(el, 'a[part="verify"]')!;
      expect(verify.href).to.equal('https://certificates.jawda.test/bureau-veritas/BH-QMS-2024-117');
      expect(verify.rel).to.equal('noopener noreferrer');
      expect(verify.target).to.equal('_blank');
      expect(shadowText(el, '[part="verify"]')).to.equal(
        t('Verify with Bureau Veritas (opens in a new tab)', 'تحقّق لدى Bureau Veritas (يُفتح في علامة تبويب جديدة)'),
      );
      await expect(el).to.be.accessible();
    });

    it('list: every certificate of the organisation, IQNet as its own entry', async () => {
      const el = await mount(html`<certification-badge lang=${lang} organisation-id="khobar"></certification-badge>`);
      expect(el.variant, 'list is the default').to.equal('list');
      expect(shadowText(el, '.caption')).to.equal(t('Certifications of Al-Khobar Governorate Municipality', 'شهادات بلدية محافظة الخبر'));
      const items = $$(el, 'li[part="item"]');
      expect(items.map((item) => item.querySelector('.standard')!.textContent)).to.deep.equal(['ISO 9001:2015', 'IQNet']);
      expect(items.map((item) => item.querySelector('[part="status"]')!.getAttribute('data-status'))).to.deep.equal(['valid', 'valid']);
      expect(items[1].querySelector('.issuer')!.textContent).to.equal(
        t('Certificate AT-QA-09142/0, issued by Quality Austria', 'الشهادة رقم AT-QA-09142/0، صادرة عن Quality Austria'),
      );
      expect(items.every((item) => item.querySelector('details'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('standard filter matches code or code:version', async () => {
      const el = await mount(
        html`<certification-badge lang=${lang} organisation-id="iga" standard="iso/iec 20000-1:2018"></certification-badge>`,
      );
      expect($$(el, '[part="item"] .standard').map((s) => s.textContent)).to.deep.equal(['ISO/IEC 20000-1:2018']);
    });

    it('loading: a skeleton of the final size for each variant, announced', async () => {
      for (const variant of ['pill', 'card', 'list']) {
        const el = await fixture<CertificationBadge>(
          html`<certification-badge lang=${lang} organisation-id="slow" variant=${variant}></certification-badge>`,
        );
        await el.localeReady();
        const skeleton = $(el, `[part="skeleton"].${variant}`)!;
        expect(skeleton.getBoundingClientRect().height, variant).to.be.at.least(variant === 'pill' ? 44 : 200);
        expect(shadowText(el, '[role="status"]')).to.equal(t('Loading…', 'جارٍ التحميل…'));
        await expect(el).to.be.accessible();
      }
    });

    it('not found: says whether the certificate or the organisation, without its id (the console has it)', async () => {
      const cert = await mount(html`<certification-badge lang=${lang} certificate-id="missing-cert" variant="card"></certification-badge>`);
      expect(shadowText(cert, '[role="alert"]')).to.equal(t("We couldn't find this certificate.", 'لم نعثر على هذه الشهادة.'));
      expect($(cert, '[role="alert"] button'), 'retrying a 404 cannot help').to.equal(null);
      await expect(cert).to.be.accessible();
      const org = await mount(html`<certification-badge lang=${lang} organisation-id="missing-org"></certification-badge>`);
      expect(shadowText(org, '[role="alert"]')).to.equal(
        t("We couldn't find this organisation's certificates.", 'لم نعثر على شهادات هذه الجهة.'),
      );
      const inList = await mount(
        html`<certification-badge lang=${lang} organisation-id="iga" certificate-id="NOT-IN-LIST" variant="pill"></certification-badge>`,
      );
      expect(shadowText(inList, '[role="alert"]')).to.equal(t("We couldn't find this certificate.", 'لم نعثر على هذه الشهادة.'));
      await expect(inList).to.be.accessible();
    });

    it('no certifications: an empty list, or a standard filter that matches nothing', async () => {
      const none = await mount(html`<certification-badge lang=${lang} organisation-id="empty"></certification-badge>`);
      expect(shadowText(none, '[part="message"]')).to.equal(
        t(
          'Information & eGovernment Authority has no certifications to show.',
          'لا توجد لدى هيئة المعلومات والحكومة الإلكترونية شهادات لعرضها.',
        ),
      );
      await expect(none).to.be.accessible();
      const filtered = await mount(
        html`<certification-badge lang=${lang} organisation-id="iga" standard="ISO/IEC 27001" variant="pill"></certification-badge>`,
      );
      expect(shadowText(filtered, '[part="message"]')).to.equal(
        t(
          'Information & eGovernment Authority has no ISO/IEC 27001 certification to show.',
          'لا توجد لدى هيئة المعلومات والحكومة الإلكترونية شهادة ISO/IEC 27001 لعرضها.',
        ),
      );
      expect($(filtered, '[part="pill"]')).to.equal(null);
      await expect(filtered).to.be.accessible();
    });

    it('error: says what went wrong and offers a retry that loads again', async () => {
      const api = fakeApi({ 'GET /organisations/broken/certifications': { status: 500 } }, { now: () => NOW, retry: { retries: 0 } });
      const el = await mount(html`<certification-badge lang=${lang} organisation-id="broken" variant="card"></certification-badge>`);
      expect(shadowText(el, '[role="alert"] p')).to.equal(
        t('The service is having a problem. Please try again later.', 'تواجه الخدمة مشكلة حاليًا. يُرجى المحاولة لاحقًا.'),
      );
      await expect(el).to.be.accessible();
      api.route('GET /organisations/broken/certifications', { json: iga() });
      $(el, '[role="alert"] button')!.click();
      await until(() => $(el, '[part="card"]'), 'the cards after retrying');
      expect(api.count('GET /organisations/broken/certifications')).to.equal(2);
    });

    it('invalid data: says so and names the wrong fields', async () => {
      const el = await mount(html`<certification-badge lang=${lang} organisation-id="invalid"></certification-badge>`);
      expect(shadowText(el, '[role="alert"] p')).to.equal(
        t('The service sent information this page cannot show.', 'أرسلت الخدمة معلومات لا يمكن لهذه الصفحة عرضها.'),
      );
      expect($$(el, '.issues code').map((c) => c.textContent)).to.include.members([
        'certifications.0.status',
        'certifications.0.certificateNumber',
      ]);
      await expect(el).to.be.accessible();
    });

    it('configuration: no id, unknown variant, a non-numeric number, each named in words', async () => {
      const cases: [ReturnType<typeof html>, string, string][] = [
        [html`<certification-badge lang=${lang}></certification-badge>`, 'organisation-id', 'certificate-id'],
        [html`<certification-badge lang=${lang} organisation-id="iga" variant="banner"></certification-badge>`, 'variant', 'banner'],
        [html`<certification-badge lang=${lang} organisation-id="iga" warning-days="soon"></certification-badge>`, 'warning-days', 'soon'],
        [
          html`<certification-badge lang=${lang} organisation-id="iga" stale-after-days="-3"></certification-badge>`,
          'stale-after-days',
          '-3',
        ],
      ];
      for (const [template, ...named] of cases) {
        const el = await mount(template);
        // A setup mistake is a note for the content editor (design language §4), in the page.
        const text = shadowText(el, '[role="note"]');
        for (const word of named) expect(text).to.include(word);
        expect(text).to.include(t("These certificates can't be shown", 'لا يمكن عرض الشهادات'));
        await expect(el).to.be.accessible();
      }
    });
  });
}
