/**
 * `jawda/ssr` as shipped (dist/ssr.js): every element, state and locale rendered on a server, read
 * as a crawler or a reader without script gets it: a declarative shadow root, the text, the roles,
 * the direction, the digits, and the data carried into the page for the browser to take over.
 * Snapshot-free: each assertion names what a person would see.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { customsRemote, hostile, isaTown, maturity, sevenStar } from '../test/centre-scorecard/fixtures.js';
import { rankingOf, taqyeemFive } from '../test/centre-scorecard/ranking-fixtures.js';
import { HOSTILE, NOW, iga, igaIso20000, igaIso9001, khobar } from '../test/certification-badge/fixtures.js';
import { attribute, elements, ensureBuilt, latinDigits, rendered, textOf, type Rendered } from './ssr-support.js';

type Ssr = typeof import('../src/ssr/index.js');
let ssr: Ssr;
const LOCALES = ['en', 'ar'] as const;
const DIR = { en: 'ltr', ar: 'rtl' } as const;

before(async () => {
  ensureBuilt();
  ssr = (await import('../dist/ssr.js')) as unknown as Ssr;
});

async function render(
  tag: 'centre-scorecard' | 'certification-badge' | 'service-rating',
  attributes: Record<string, string | boolean>,
  data?: unknown,
  extra: Record<string, unknown> = {},
): Promise<Rendered & { html: string }> {
  const html = await ssr.renderToString(tag, { attributes, data, now: NOW, ...extra });
  return { html, ...rendered(html, tag) };
}

/** The status words of the (first) certificate: what the badge says in large type. */
const statusWords = (r: Rendered) => textOf(r.inside.find((element) => attribute(element, 'class') === 'label')!);
const tags = (r: Rendered, name: string) => r.inside.filter((element) => element.tagName === name);
const roles = (r: Rendered, role: string) => r.inside.filter((element) => attribute(element, 'role') === role);

/** Digits in Arabic text: Arabic-Indic everywhere, except in codes that are Latin by nature. */
function assertArabicDigits(text: string, allowed: RegExp = /ISO|IEC|BH-|QA-|IQNET|KSA/): void {
  const stripped = text.replace(/[A-Z][A-Z0-9/:.\- ]*[0-9][A-Z0-9/:.\-]*/g, (code) => (allowed.test(code) ? '' : code));
  assert.deepEqual(latinDigits(stripped), [], `Latin digits in Arabic text: ${stripped.slice(0, 200)}`);
}

describe('server rendering: <centre-scorecard>', () => {
  for (const lang of LOCALES) {
    for (const variant of ['card', 'compact', 'full'] as const) {
      test(`${lang}, ${variant}: the Taqyeem result, tier, criteria and direction, in a declarative shadow root`, async () => {
        const r = await render('centre-scorecard', { lang, variant, 'centre-id': 'isa-town' }, isaTown());
        assert.equal(attribute(r.host, 'dir'), DIR[lang]);
        assert.equal(attribute(r.host, 'lang'), lang);
        if (lang === 'en') {
          assert.match(r.text, /Nationality, Passports and Residence Affairs — Isa Town branch/);
          assert.match(r.text, /Overall score 91\.4%/);
          assert.match(r.text, /91\.4% Gold/);
          assert.match(r.text, /Ranked 12th of 64 centres/);
        } else {
          assert.match(r.text, /شؤون الجنسية والجوازات والإقامة — فرع مدينة عيسى/);
          assert.match(r.text, /النتيجة الإجمالية ٩١٫٤٪/);
          assert.match(r.text, /٪؜? ذهبي/);
          assertArabicDigits(r.text);
        }
        const heading = r.inside.find((element) => /^h[1-6]$/.test(element.tagName) && attribute(element, 'class') === 'name');
        assert.ok(heading, 'the centre name is a heading');
        const article = tags(r, 'article')[0]!;
        assert.equal(attribute(article, 'aria-labelledby'), attribute(heading, 'id'), 'the scorecard is named by its heading');
        assert.equal(
          tags(r, 'details').length,
          variant === 'compact' ? 1 : 0,
          'compact: findings in a disclosure that works without script',
        );
        assert.deepEqual(r.data, isaTown(), 'the data travels in the page for the browser to take over');
      });
    }
    test(`${lang}: UAE stars, maturity levels and the remote model`, async () => {
      const stars = await render('centre-scorecard', { lang }, sevenStar());
      assert.match(stars.text, lang === 'en' ? /7 of 7 stars/ : /٧ من ٧ نجوم/);
      const levels = await render('centre-scorecard', { lang }, maturity());
      assert.match(levels.text, lang === 'en' ? /Level 4 of 5: Advanced/ : /المستوى ٤ من ٥: متقدم/);
      const remote = await render('centre-scorecard', { lang }, customsRemote());
      assert.match(remote.text, lang === 'en' ? /Remote centre/i : /عن بعد|عن بُعد/);
    });
    test(`${lang}: history with its table, and Hijri dates`, async () => {
      const r = await render('centre-scorecard', { lang, 'show-history': true, calendar: 'islamic-umalqura' }, isaTown());
      assert.ok(tags(r, 'table').length >= 1, 'the trend has a table of the same figures');
      assert.match(r.text, lang === 'en' ? /AH/ : /هـ/, 'the publication date in the Hijri calendar');
    });
    test(`${lang}: the ranking of a cycle, ranks and results in a table`, async () => {
      const r = await render('centre-scorecard', { lang, variant: 'ranking', cycle: '5' }, rankingOf(taqyeemFive()));
      const rows = tags(r, 'tr').filter((row) => row.childNodes.some((cell) => 'tagName' in cell && cell.tagName === 'td'));
      assert.equal(rows.length, taqyeemFive().length, 'one row per centre');
      assert.equal(roles(r, 'status').length >= 0, true);
      if (lang === 'ar') assertArabicDigits(r.text);
      assert.doesNotMatch(r.text, /Loading|جارٍ التحميل/, 'no skeleton: the data is there');
    });
  }
  test("without its own lang: the page's locale, and no lang or dir of its own (it follows the page in the browser)", async () => {
    const html = await ssr.renderToString('centre-scorecard', { locale: 'ar', data: isaTown() });
    const r = rendered(html, 'centre-scorecard');
    assert.match(r.text, /٪؜? ذهبي/);
    assert.equal(attribute(r.host, 'lang'), undefined);
    assert.equal(attribute(r.host, 'dir'), undefined);
  });
  test("a setup problem is said in words, naming the attribute, in a note (the design language's setup notice)", async () => {
    const r = await render('centre-scorecard', { lang: 'en', variant: 'poster' }, isaTown());
    const alert = roles(r, 'note')[0];
    assert.ok(alert, 'role note');
    assert.match(textOf(alert), /variant/);
    assert.match(textOf(alert), /poster/);
  });
  test('hostile strings in the data stay text: no element, no handler', async () => {
    const r = await render('centre-scorecard', { lang: 'en' }, hostile(HOSTILE));
    assert.equal(tags(r, 'img').length, 0);
    assert.equal(tags(r, 'script').length, 0);
    assert.ok(r.inside.every((element) => element.attrs.every((a) => !a.name.startsWith('on'))));
    assert.ok(r.text.includes('<img src=x onerror=alert(1)>'), 'shown as the text it is');
  });
});

describe('server rendering: <certification-badge>', () => {
  for (const lang of LOCALES) {
    for (const variant of ['pill', 'card', 'list'] as const) {
      test(`${lang}, ${variant}: status words a sighted reader sees, with the date the verdict is for`, async () => {
        const r = await render('certification-badge', { lang, variant, 'organisation-id': 'iga' }, iga());
        assert.equal(attribute(r.host, 'dir'), DIR[lang]);
        assert.equal(attribute(r.host, 'data-status-date'), NOW.toISOString(), 'the clock of the verdict is in the markup');
        assert.match(
          r.text,
          lang === 'en' ? (variant === 'pill' ? /Valid/ : /Valid certificate/) : variant === 'pill' ? /سارية/ : /شهادة سارية/,
        );
        assert.match(r.text, /ISO 9001:2015/);
        if (lang === 'ar') assertArabicDigits(r.text);
      });
    }
    test(`${lang}: expired, suspended, withdrawn, not yet valid: never "Valid certificate"`, async () => {
      const cases = [
        [igaIso9001({ expiryDate: '2026-01-01' }), /Expired/, /منتهية/],
        [igaIso9001({ status: 'suspended' }), /Suspended/, /موقوفة|معلّقة|معلقة/],
        [igaIso9001({ status: 'withdrawn' }), /Withdrawn/, /مسحوبة|سُحبت/],
        [igaIso9001({ issueDate: '2027-01-01' }), /Not yet valid/, /غير سارية بعد|لم تسرِ بعد|ليست سارية بعد/],
      ] as const;
      for (const [certification, en, ar] of cases) {
        const r = await render('certification-badge', { lang, variant: 'card' }, certification);
        const words = statusWords(r);
        assert.match(words, lang === 'en' ? en : ar, JSON.stringify(certification.status));
        assert.doesNotMatch(words, lang === 'en' ? /Valid certificate|Certified/ : /شهادة سارية/);
      }
    });
    test(`${lang}: a verification 100 days old is said in the visible words`, async () => {
      const stale = igaIso9001({ lastVerifiedAt: new Date(NOW.getTime() - 100 * 86_400_000).toISOString() });
      const r = await render('certification-badge', { lang, variant: 'pill' }, stale);
      assert.match(r.text, lang === 'en' ? /Verification out of date/ : /التحقق|قديم/);
    });
  }
  test("the status is the caller's clock's: the same certificate, rendered after its expiry, is expired", async () => {
    const later = new Date('2027-03-13T09:00:00Z');
    const r = await render('certification-badge', { lang: 'en', variant: 'card' }, igaIso20000(), { now: later });
    assert.match(r.text, /Expired/);
    assert.equal(attribute(r.host, 'data-status-date'), later.toISOString());
  });
  test('several lists of one organisation: the data of each in its own element', async () => {
    const one = await render(
      'certification-badge',
      { lang: 'ar', variant: 'list', 'organisation-id': 'khobar', standard: 'ISO 9001' },
      khobar(),
    );
    const two = await render('certification-badge', { lang: 'ar', variant: 'list', 'organisation-id': 'khobar' }, khobar());
    assert.ok(one.text.length > 0 && two.text.length > one.text.length / 2);
  });
});

describe('server rendering: <service-rating>', () => {
  const summary = {
    serviceId: 'cr-renewal',
    scale: 'stars',
    count: 1204,
    average: 4.3,
    distribution: { '1': 40, '2': 60, '3': 150, '4': 380, '5': 574 },
  };
  const API = 'https://api.example.gov.bh/v1';
  for (const lang of LOCALES) {
    test(`${lang}: read-only summary as one image with its spoken label, data in the page`, async () => {
      const r = await render('service-rating', { lang, readonly: true, 'service-id': 'cr-renewal' }, summary);
      const image = roles(r, 'img')[0];
      assert.ok(image);
      assert.equal(attribute(image, 'aria-label'), lang === 'en' ? '4.3 out of 5, 1,204 ratings' : '٤٫٣ من ٥، ١٬٢٠٤ تقييمات');
      assert.deepEqual(r.data, summary);
    });
    test(`${lang}: no ratings yet`, async () => {
      const r = await render(
        'service-rating',
        { lang, readonly: true, 'service-id': 'new-service' },
        { ...summary, serviceId: 'new-service', count: 0, average: 0, distribution: {} },
      );
      assert.match(r.text, lang === 'en' ? /No ratings yet/ : /لا توجد تقييمات بعد|لا تقييمات/);
    });
    for (const [scale, options] of [
      ['stars', 5],
      ['faces', 3],
      ['thumbs', 2],
    ] as const) {
      test(`${lang}, ${scale}: a form that posts without script, with a server-issued submissionId`, async () => {
        const r = await render('service-rating', { lang, scale, 'service-id': 'cr-renewal' }, undefined, {
          apiBase: API,
          form: { returnTo: '/service.html?lang=en' },
        });
        const form = tags(r, 'form')[0]!;
        assert.equal(attribute(form, 'method'), 'post');
        assert.equal(attribute(form, 'action'), `${API}/services/cr-renewal/rating-form`);
        const inputs = tags(r, 'input');
        const radios = inputs.filter((input) => attribute(input, 'type') === 'radio');
        assert.equal(radios.length, options);
        assert.ok(radios.every((radio) => attribute(radio, 'name') === 'score'));
        const hidden = Object.fromEntries(
          inputs
            .filter((input) => attribute(input, 'type') === 'hidden')
            .map((input) => [attribute(input, 'name'), attribute(input, 'value')]),
        );
        assert.match(hidden.submissionId!, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        assert.equal(hidden.scale, scale);
        assert.equal(hidden.locale, lang);
        assert.equal(hidden.return, '/service.html?lang=en');
        const reasons = inputs.filter((input) => attribute(input, 'name') === 'reasons');
        assert.equal(reasons.length > 0, scale !== 'thumbs', 'reasons for stars and faces');
        assert.equal(attribute(tags(r, 'textarea')[0]!, 'name'), 'comment');
        assert.match(textOf(tags(r, 'button')[0]!), lang === 'en' ? /Send rating/ : /إرسال التقييم/);
        assert.equal(attribute(r.host, 'api-base'), API, 'the browser-side element posts where the form does');
      });
    }
    test(`${lang}: the outcome of the post: thanks, a missing score, a refusal`, async () => {
      const sent = await render('service-rating', { lang, 'service-id': 'cr-renewal' }, undefined, {
        apiBase: API,
        form: { outcome: 'sent' },
      });
      assert.equal(tags(sent, 'form').length, 0);
      assert.match(textOf(roles(sent, 'status')[0]!), lang === 'en' ? /Thank you/ : /شكرًا|شكراً/);
      const missing = await render('service-rating', { lang, 'service-id': 'cr-renewal' }, undefined, {
        apiBase: API,
        form: { outcome: 'score-missing' },
      });
      assert.match(textOf(roles(missing, 'alert')[0]!), lang === 'en' ? /Choose a rating first/ : /اختر/);
      const refused = await render('service-rating', { lang, 'service-id': 'cr-renewal' }, undefined, {
        apiBase: API,
        form: { outcome: 'invalid' },
      });
      assert.match(textOf(roles(refused, 'alert')[0]!), lang === 'en' ? /We couldn't send your rating/ : /تعذّر إرسال تقييمك/);
    });
  }
  test('each render issues its own submissionId; one given is kept', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const { html } = await render('service-rating', { lang: 'en', 'service-id': 'cr-renewal' }, undefined, { apiBase: API });
      ids.add(/name="submissionId" value="([^"]+)"/.exec(html)![1]!);
    }
    assert.equal(ids.size, 3);
    const given = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';
    const { html } = await render('service-rating', { lang: 'en', 'service-id': 'cr-renewal' }, undefined, {
      apiBase: API,
      form: { submissionId: given },
    });
    assert.ok(html.includes(`value="${given}"`));
  });
  test('floating: without script the form is a disclosure at the corner, named by the button label', async () => {
    const r = await render(
      'service-rating',
      { lang: 'ar', 'service-id': 'page-feedback', scale: 'thumbs', delivery: 'floating', 'button-label': 'هل كانت هذه الصفحة مفيدة؟' },
      undefined,
      { apiBase: API },
    );
    const details = tags(r, 'details')[0]!;
    assert.equal(attribute(details, 'class'), 'no-script');
    assert.equal(textOf(tags(r, 'summary')[0]!), 'هل كانت هذه الصفحة مفيدة؟');
    assert.equal(tags(r, 'form').length, 1);
  });
});

describe('jawda/ssr: its API and what it refuses', () => {
  test('a stream gives the same HTML as a string', async () => {
    const html = await ssr.renderToString('centre-scorecard', { attributes: { lang: 'ar' }, data: isaTown() });
    const stream = await ssr.renderToStream('centre-scorecard', { attributes: { lang: 'ar' }, data: isaTown() });
    let streamed = '';
    for await (const chunk of stream) streamed += chunk;
    assert.equal(streamed, html);
  });
  test("styleHashes() are the hashes of the <style> each element's shadow root carries", async () => {
    const hashes = ssr.styleHashes();
    for (const [tag, data] of [
      ['centre-scorecard', isaTown()],
      ['certification-badge', iga()],
    ] as const) {
      const html = await ssr.renderToString(tag, { attributes: { lang: 'en' }, data, now: NOW });
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
      assert.ok(hashes.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`), tag);
    }
  });
  test('data with "</script>" in it cannot close the inline JSON', async () => {
    const data = isaTown();
    data.centre.name.en = '</script><script>alert(1)</script>';
    const html = await ssr.renderToString('centre-scorecard', { attributes: { lang: 'en' }, data });
    const r = rendered(html, 'centre-scorecard');
    assert.deepEqual(r.data, data);
    assert.equal(elements(r.host).filter((element) => element.tagName === 'script').length, 1, 'one script element: the inline JSON');
  });
  test('attribute values are escaped; a name that is not an attribute name is refused', async () => {
    const html = await ssr.renderToString('centre-scorecard', {
      attributes: { lang: 'en', 'centre-id': '"><script>alert(1)</script>' },
      data: isaTown(),
    });
    const r = rendered(html, 'centre-scorecard');
    assert.equal(attribute(r.host, 'centre-id'), '"><script>alert(1)</script>');
    await assert.rejects(ssr.renderToString('centre-scorecard', { attributes: { 'onclick="alert(1)"': 'x' }, data: isaTown() }), TypeError);
    await assert.rejects(ssr.renderToString('script' as never, {}), TypeError);
  });
  test('data that does not obey the contract is refused with the field named, not rendered as a skeleton', async () => {
    await assert.rejects(
      ssr.renderToString('centre-scorecard', { attributes: { lang: 'en' }, data: { centre: {} } }),
      (error: Error & { kind?: string; details?: { issues?: unknown[] } }) => {
        assert.equal(error.kind, 'invalid-response');
        assert.ok(error.details?.issues?.length);
        return true;
      },
    );
  });
  test('without data and without an absolute API base: a clear error', async () => {
    await assert.rejects(
      ssr.renderToString('centre-scorecard', { attributes: { 'centre-id': 'isa-town' } }),
      (error: Error & { kind?: string }) => error.kind === 'misconfigured',
    );
  });
});
