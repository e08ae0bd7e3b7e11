/**
 * <service-rating> in the design language (issue 19): the dialog, one-tap quick votes, the floating
 * button in the page's language, the kiosk as a kiosk, chips as toggle buttons, the shared notices.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { fakeApi, shadowText, until } from '../helpers/fake-api.js';
import { forcedColors } from '../helpers/forced-colors.js';
import type { ServiceRating } from '../../src/service-rating/service-rating.js';
import { RATINGS, SUMMARY, cleanDevice, pick, rating, send, stored, summary } from './setup.js';

const ARABIC_LETTERS = /[\u0600-\u06ff]/;
/** Any CSS colour (oklch too) as sRGB bytes, through a canvas. */
function rgb(colour: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}
const dialogOf = (el: ServiceRating) => el.shadowRoot!.querySelector('dialog')!;
const submit = (el: ServiceRating) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]');
const notice = (el: ServiceRating) => el.shadowRoot!.querySelector<HTMLElement>('[part="message"]')!;
/** The colour of a notice's bar, and of its icon and heading: one meaning, one colour. */
const colours = (box: HTMLElement) => ({
  bar: getComputedStyle(box).borderInlineStartColor,
  icon: getComputedStyle(box.querySelector('svg')!).color,
  heading: getComputedStyle(box.querySelector('.heading')!).color,
});

async function opened(template: ReturnType<typeof html>): Promise<ServiceRating> {
  const el = await rating(template);
  el.open();
  await until(() => dialogOf(el)?.open, 'the dialog');
  await el.updateComplete;
  return el;
}

describe('<service-rating>: the design language', () => {
  beforeEach(cleanDevice);
  afterEach(async () => {
    await forcedColors(false);
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
    await cleanDevice();
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`the dialog (${lang}): named by its title, Send blocked with a hint until a score, the same size after a pick`, async () => {
      fakeApi({ [RATINGS]: stored });
      const el = await opened(html`<service-rating lang=${lang} service-id="cr-renewal" delivery="dialog"></service-rating>`);
      const dialog = dialogOf(el);
      const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(title.textContent!.trim()).to.equal(lang === 'en' ? 'Rate this service' : 'قيّم الخدمة');
      const close = el.shadowRoot!.querySelector('.close')!;
      expect(Math.abs(close.getBoundingClientRect().top - title.getBoundingClientRect().top), 'close on the title row').to.be.below(24);
      expect(submit(el)!.getAttribute('aria-disabled')).to.equal('true');
      const hint = el.shadowRoot!.getElementById(submit(el)!.getAttribute('aria-describedby')!)!;
      expect(hint.textContent!.trim()).to.equal(lang === 'en' ? 'Choose a rating first' : 'اختر تقييمًا أولًا');
      await expect(el).to.be.accessible();
      const before = dialog.getBoundingClientRect();
      await pick(el, 4);
      const after = dialog.getBoundingClientRect();
      expect([after.width, after.height, after.top], 'picking a score moves nothing').to.deep.equal([
        before.width,
        before.height,
        before.top,
      ]);
      expect(submit(el)!.getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();
      await send(el);
      const panel = notice(el);
      expect(panel.classList.contains('panel'), 'sent: the confirmation panel').to.equal(true);
      expect(panel.getAttribute('role')).to.equal('status');
      expect(panel.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        lang === 'en' ? 'Thank you We have received your rating.' : 'شكرًا لك وصلنا تقييمك.',
      );
      expect(panel.querySelector('button'), 'Close is below the panel, not on its colour').to.equal(null);
      expect(el.shadowRoot!.activeElement, 'focus on the panel').to.equal(panel);
      const closeButton = [...dialog.querySelectorAll('button')].find(
        (button) => !button.classList.contains('close') && button.textContent!.trim() === (lang === 'en' ? 'Close' : 'إغلاق'),
      );
      expect(closeButton, 'a Close button under the panel').to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('a quick yes/no sends on one tap, with no Send button', async () => {
    const api = fakeApi({ [RATINGS]: stored });
    const el = await rating(html`<service-rating lang="en" service-id="cr-renewal" scale="thumbs" quick></service-rating>`);
    expect(submit(el), 'no Send button').to.equal(null);
    await pick(el, 1);
    await until(() => el.state === 'submitted', 'sent');
    expect(api.count(RATINGS)).to.equal(1);
    expect(api.requests.find((request) => request.method === 'POST')!.body).to.include({ score: 1, scale: 'thumbs' });
  });

  it('the floating button speaks the page language, in page words when the page gives them', async () => {
    fakeApi();
    const page = await fixture<HTMLDivElement>(html`<div>
      <service-rating lang="en" service-id="cr-renewal" delivery="floating"></service-rating>
      <service-rating lang="ar" service-id="cr-renewal" delivery="floating"></service-rating>
      <service-rating lang="en" service-id="cr-renewal" scale="thumbs" quick delivery="floating" button-label-ar="هل كانت هذه الصفحة مفيدة؟" button-label-en="Was this page useful?" question-ar="هل كانت هذه الصفحة مفيدة؟" question-en="Was this page useful?"></service-rating>
    </div>`);
    const [en, ar, page3] = [...page.querySelectorAll<ServiceRating>('service-rating')];
    for (const el of [en, ar, page3]) await el!.localeReady();
    const label = (el: ServiceRating) => el.shadowRoot!.querySelector('.launcher')!.textContent!.trim();
    expect(label(en!)).to.equal('Rate this service');
    expect(label(ar!)).to.equal('قيّم الخدمة');
    expect(label(page3!)).to.equal('Was this page useful?');
    page3!.open();
    await until(() => dialogOf(page3!)?.open, 'the dialog');
    await page3!.updateComplete;
    expect(shadowText(page3!, 'legend')).to.equal('Was this page useful?');
    expect(
      getComputedStyle(page3!.shadowRoot!.querySelector('.floating')!).opacity,
      'the button is unseen while its dialog is open',
    ).to.equal('0');
    expect(ARABIC_LETTERS.test(page3!.shadowRoot!.querySelector('dialog')!.textContent!), 'no Arabic on the English page').to.equal(false);
    page3!.close();
  });

  it('in forced colours, Send and the floating button keep the Highlight pair with no backplate behind their words', async () => {
    // Forced colours draw a backplate (Canvas) behind text, and keep an author's system colour: the
    // accent's pair, HighlightText on Highlight, had its words painted Canvas-on-Canvas (unreadable).
    fakeApi({ [RATINGS]: stored });
    const page = await fixture<HTMLDivElement>(html`<div>
      <service-rating lang="ar" service-id="cr-renewal"></service-rating>
      <service-rating lang="en" service-id="cr-renewal" delivery="floating"></service-rating>
    </div>`);
    const [inline, floating] = [...page.querySelectorAll<ServiceRating>('service-rating')];
    await inline!.localeReady();
    await pick(inline!, 4);
    await forcedColors(true);
    const probe = document.body.appendChild(
      Object.assign(document.createElement('p'), { style: 'color: HighlightText; background: Highlight' }),
    );
    try {
      for (const control of [submit(inline!)!, floating!.shadowRoot!.querySelector<HTMLElement>('.launcher')!]) {
        const style = getComputedStyle(control);
        expect(style.forcedColorAdjust, 'no backplate').to.equal('none');
        expect([style.color, style.backgroundColor]).to.deep.equal([
          getComputedStyle(probe).color,
          getComputedStyle(probe).backgroundColor,
        ]);
      }
    } finally {
      probe.remove();
    }
  });

  it('reasons are toggle buttons with aria-pressed and a check mark, not checkboxes', async () => {
    fakeApi({ [RATINGS]: stored });
    const el = await rating(html`<service-rating lang="en" service-id="cr-renewal"></service-rating>`);
    await pick(el, 5);
    await until(() => el.shadowRoot!.querySelector('.chip'), 'the chips');
    expect(el.shadowRoot!.querySelector('input[type="checkbox"]')).to.equal(null);
    const chip = el.shadowRoot!.querySelector<HTMLButtonElement>('button.chip')!;
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
    expect(getComputedStyle(chip.querySelector('svg')!).display).to.equal('none');
    expect(chip.getBoundingClientRect().height).to.be.at.least(44);
    chip.click();
    await el.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(chip.querySelector('svg')!).display).to.not.equal('none');
    await expect(el).to.be.accessible();
    await send(el);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`notices (${lang}): not sent (alert, Try again stays), offline (info), already rated (neutral): bar, icon and heading in one colour`, async () => {
      fakeApi({ [RATINGS]: { status: 400, json: { error: 'bad' } } });
      const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal"></service-rating>`);
      await pick(el, 2);
      await send(el);
      const failed = notice(el);
      expect(failed.getAttribute('role')).to.equal('alert');
      expect(failed.querySelector('.heading')!.textContent).to.equal(lang === 'en' ? "We couldn't send your rating" : 'تعذّر إرسال تقييمك');
      const c = colours(failed);
      expect(c.icon).to.equal(c.bar);
      expect(c.heading).to.equal(c.bar);
      await expect(el).to.be.accessible();

      await cleanDevice();
      fakeApi({ [RATINGS]: 'network-error' });
      const queued = await rating(html`<service-rating lang=${lang} service-id="cr-renewal"></service-rating>`);
      await pick(queued, 4);
      await send(queued);
      expect(queued.state).to.equal('queued');
      const offline = notice(queued);
      expect(offline.getAttribute('role')).to.equal('status');
      expect(offline.dataset.tone).to.equal('info');
      expect(colours(offline).icon).to.equal(colours(offline).bar);
      await expect(queued).to.be.accessible();

      await cleanDevice();
      fakeApi({ [RATINGS]: stored });
      const first = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" transaction-id="TX-1"></service-rating>`);
      await pick(first, 5);
      await send(first);
      const again = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" transaction-id="TX-1"></service-rating>`);
      await until(() => again.state === 'already-rated', 'already rated');
      await again.updateComplete;
      const already = notice(again);
      expect(already.dataset.tone, 'never a green tick on a crimson bar').to.equal('neutral');
      expect(already.querySelector('.heading')!.textContent).to.equal(
        lang === 'en' ? 'You have already rated this service' : 'قيّمت هذه الخدمة من قبل',
      );
      expect(colours(already).icon).to.equal(colours(already).bar);
      await expect(again).to.be.accessible();
    });
  }

  it('a setup mistake: a warning note in plain words, naming the attribute and what to write', async () => {
    fakeApi();
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const page = await fixture<HTMLDivElement>(html`<div>
        <service-rating lang="en" service-id="cr-renewal" scale="hearts"></service-rating>
        <service-rating lang="ar" service-id="cr-renewal" scale="hearts"></service-rating>
        <service-rating lang="en"></service-rating>
      </div>`);
      const [en, ar, missing] = [...page.querySelectorAll<ServiceRating>('service-rating')];
      for (const el of [en, ar, missing]) await el!.localeReady();
      expect(notice(en!).getAttribute('role')).to.equal('note');
      expect(notice(en!).dataset.tone).to.equal('warning');
      expect(shadowText(en!, '[part="message"]')).to.equal(
        "This rating can't be shown scale is set to hearts. Use stars, faces, or thumbs.",
      );
      expect(shadowText(ar!, '[part="message"]')).to.equal('لا يمكن عرض التقييم قيمة scale هي hearts؛ استخدم stars أو faces أو thumbs.');
      expect(shadowText(missing!, '[part="message"]')).to.equal("This rating can't be shown Add the service-id attribute to the tag.");
      for (const el of [en, ar, missing]) {
        const text = shadowText(el!, '[part="message"]');
        expect(text, 'no quoted values').to.not.match(/["“”']hearts|["“”']service-id/);
        expect(text).to.not.include('cannot be');
      }
      await expect(page).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it("the summary's bar is ink, not the portal's brand nor danger: a high average does not look like a failure", async () => {
    fakeApi({ [SUMMARY]: { json: summary({ scale: 'faces', average: 2.8, count: 40, distribution: { '3': 34, '2': 4, '1': 2 } }) } });
    const page = await fixture<HTMLDivElement>(
      html`<div style="--jawda-accent: #b3122e"><service-rating lang="en" service-id="cr-renewal" scale="faces" readonly></service-rating></div>`,
    );
    const el = page.firstElementChild as ServiceRating;
    await until(() => el.shadowRoot!.querySelector('.graphic .fill'), 'the summary');
    const fill = getComputedStyle(el.shadowRoot!.querySelector('.graphic .fill')!).fill;
    expect(fill).to.not.equal('rgb(179, 18, 46)');
    expect(fill).to.not.equal('rgb(180, 35, 24)');
  });

  it('transparent by default; surface="card" adds a background only with padding', async () => {
    fakeApi();
    const plain = await rating(html`<service-rating lang="en" service-id="cr-renewal"></service-rating>`);
    expect(getComputedStyle(plain).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const card = await rating(html`<service-rating lang="en" service-id="cr-renewal" surface="card"></service-rating>`);
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(parseFloat(getComputedStyle(card).paddingInlineStart)).to.be.at.least(16);
  });

  it('follows the page: light-dark() picks the dark tokens under a dark color-scheme, and keeps the accent hue', async () => {
    fakeApi();
    const page = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; background: #0e0f12; --jawda-accent: #b3122e">
      <service-rating lang="en" service-id="cr-renewal"></service-rating>
    </div>`);
    const el = page.firstElementChild as ServiceRating;
    await el.localeReady();
    expect(getComputedStyle(el).color).to.equal('rgb(242, 242, 242)');
    await pick(el, 4);
    const button = submit(el)!;
    const [r, g, b] = rgb(getComputedStyle(button).backgroundColor);
    expect(r! > g! && r! > b!, `a lightened crimson, not a sky blue (${getComputedStyle(button).backgroundColor})`).to.equal(true);
    await expect(el).to.be.accessible();
  });

  for (const [width, height] of [
    [1366, 768],
    [1080, 1920],
  ]) {
    it(`the kiosk at ${width}x${height}: the whole screen, a bilingual question, faces a quarter of the width each, a full-screen thank-you`, async () => {
      await setViewport({ width, height });
      fakeApi({ 'POST /services/id-card-renewal/ratings': stored });
      const el = await rating(
        html`<service-rating lang="en" service-id="id-card-renewal" kiosk reset-after="1" question-ar="كيف كانت خدمتك اليوم؟" question-en="How was your service today?"></service-rating>`,
      );
      await until(() => el.shadowRoot!.querySelector('legend [lang="ar"]')?.textContent === 'كيف كانت خدمتك اليوم؟', 'the Arabic question');
      const box = el.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([width, height]);
      expect(el.shadowRoot!.querySelector('legend [lang="en"]')!.textContent).to.equal('How was your service today?');
      const faces = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.option')];
      expect(faces).to.have.length(3);
      for (const face of faces) expect(face.getBoundingClientRect().width).to.be.at.least(width / 4);
      const names = faces.map((face) => face.querySelector('.option-name')!.textContent!.replace(/\s+/g, ' ').trim());
      expect(names).to.deep.equal(['غير راضٍ Dissatisfied', 'محايد Neutral', 'راضٍ Satisfied']);
      await expect(el).to.be.accessible();
      await forcedColors(true);
      await expect(el).to.be.accessible();
      await forcedColors(false);
      faces[2]!.click();
      await until(() => el.shadowRoot!.querySelector('.panel'), 'the thank-you');
      const panel = el.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
      expect(panel.height).to.be.at.least(height * 0.8);
      expect(el.shadowRoot!.querySelector('.panel')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'شكرًا لك Thank you تم تسجيل تقييمك. Your rating has been recorded.',
      );
      await until(() => el.shadowRoot!.querySelector('.option'), 'the question again for the next citizen', 3000);
    });
  }

  it('forced colours: the rating keeps outlines, the chosen face and the notices', async () => {
    fakeApi({ [RATINGS]: stored });
    await forcedColors(true);
    const el = await rating(html`<service-rating lang="ar" service-id="cr-renewal" scale="faces"></service-rating>`);
    await pick(el, 3);
    await expect(el).to.be.accessible();
    await send(el);
    expect(getComputedStyle(notice(el)).borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });
});

describe('<service-rating>: Enter on a choice sends, as a native radio submits its form', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  for (const lang of ['en', 'ar']) {
    it(`with a Send button (${lang}): the arrows choose, Enter sends once; Space does not send`, async () => {
      const api = fakeApi({ [RATINGS]: stored });
      const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" cooldown="0"></service-rating>`);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.focus();
      await sendKeys({ press: lang === 'ar' ? 'ArrowLeft' : 'ArrowRight' });
      await el.updateComplete;
      expect(el.score).to.equal(2);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(api.count(RATINGS), 'Space only chooses').to.equal(0);
      await sendKeys({ press: 'Enter' });
      await until(() => el.state === 'submitted', 'sent');
      expect(api.count(RATINGS)).to.equal(1);
      expect(api.requests.find((request) => request.method === 'POST')!.body).to.include({ score: 2 });
    });
  }
});

describe('<service-rating>: a quick yes/no from the keyboard', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  it('arrow keys move the choice without sending; Enter sends once', async () => {
    const api = fakeApi({ [RATINGS]: stored });
    const el = await rating(html`<service-rating lang="ar" service-id="cr-renewal" scale="thumbs" quick></service-rating>`);
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.state).to.equal('selected');
    expect(api.count(RATINGS)).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await until(() => el.state === 'submitted', 'sent');
    expect(api.count(RATINGS)).to.equal(1);
    expect(api.requests.find((request) => request.method === 'POST')!.body).to.include({ score: 0 });
  });
});
