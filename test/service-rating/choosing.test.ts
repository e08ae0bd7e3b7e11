import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { RatingErrorEvent } from '../../src/service-rating/events.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { fakeApi, shadowText, until } from '../helpers/fake-api.js';
import type { ServiceRating } from '../../src/service-rating/service-rating.js';
import { cleanDevice, focused, optionName, pick, radio, radios, rating } from './setup.js';

type Scale = 'stars' | 'faces' | 'thumbs';
const SCALES: { scale: Scale; scores: number[]; en: string[]; ar: string[] }[] = [
  {
    scale: 'stars',
    scores: [1, 2, 3, 4, 5],
    en: ['1 star', '2 stars', '3 stars', '4 stars', '5 stars'],
    ar: ['نجمة واحدة', 'نجمتان', '٣ نجوم', '٤ نجوم', '٥ نجوم'],
  },
  { scale: 'faces', scores: [1, 2, 3], en: ['Dissatisfied', 'Neutral', 'Satisfied'], ar: ['غير راضٍ', 'محايد', 'راضٍ'] },
  { scale: 'thumbs', scores: [1, 0], en: ['Useful', 'Not useful'], ar: ['مفيدة', 'غير مفيدة'] },
];

/** Clicks the middle of an element with the real mouse. */
async function mouseClick(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<service-rating>: choosing a score', () => {
  beforeEach(async () => {
    await cleanDevice();
    fakeApi();
  });
  afterEach(cleanDevice);

  for (const { scale, scores, en, ar } of SCALES) {
    for (const lang of ['en', 'ar'] as const) {
      const dir = lang === 'ar' ? 'RTL' : 'LTR';

      it(`${scale}, ${dir}: names each option in ${lang} and chooses by mouse`, async () => {
        const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" scale=${scale}></service-rating>`);
        expect(radios(el).map((input) => Number(input.value))).to.deep.equal(scores);
        expect(radios(el).map(optionName)).to.deep.equal(lang === 'ar' ? ar : en);
        // The inline-start option is the first one: on the right in Arabic.
        const [first, second] = radios(el).map((input) => input.labels![0].getBoundingClientRect().x);
        expect(lang === 'ar' ? first > second : first < second, 'mirrored in RTL').to.equal(true);
        await expect(el).to.be.accessible();

        const changed = oneEvent(el, 'change');
        await mouseClick(radio(el, scores[1]).labels![0]);
        await changed;
        expect(el.score).to.equal(scores[1]);
        expect(el.state).to.equal('selected');
        expect(radio(el, scores[1]).checked).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it(`${scale}, ${dir}: one tab stop, arrow keys move and choose (mirrored in RTL)`, async () => {
        const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" scale=${scale} quick></service-rating>`);
        const outside = document.createElement('button');
        outside.textContent = 'before';
        el.before(outside);
        outside.focus();
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal(radio(el, scores[0]));
        const next = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
        const previous = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
        await sendKeys({ press: next });
        expect(el.score).to.equal(scores[1]);
        expect(focused(el)).to.equal(radio(el, scores[1]));
        expect(radio(el, scores[1]).checked).to.equal(true);
        await sendKeys({ press: previous });
        expect(el.score).to.equal(scores[0]);
        await sendKeys({ press: 'ArrowDown' });
        expect(el.score).to.equal(scores[1]);
        await sendKeys({ press: 'ArrowUp' });
        await sendKeys({ press: 'ArrowUp' });
        expect(el.score, 'wraps around as a radio group does').to.equal(scores[scores.length - 1]);
        expect(el.state, 'arrow keys only move the choice: nothing is sent').to.equal('selected');
        // One tab stop: the next Tab leaves the options for the send button (quick: no follow-up);
        // a quick yes/no has none (a tap sends), so Tab leaves the element.
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.getAttribute('part') ?? null).to.equal(scale === 'thumbs' ? null : 'submit');
        outside.remove();
      });
    }
  }

  it('keeps the radios reachable: not hidden, not display:none, in the accessibility tree', async () => {
    const el = await rating(html`<service-rating service-id="cr-renewal"></service-rating>`);
    for (const input of radios(el)) {
      expect(input.hidden).to.equal(false);
      expect(getComputedStyle(input).display).to.not.equal('none');
      expect(getComputedStyle(input).visibility).to.equal('visible');
      expect(input.closest('[aria-hidden]')).to.equal(null);
    }
    expect(shadowText(el, 'legend')).to.equal('How satisfied are you with this service?');
  });

  it('gives every option a target of at least 24 by 24 px and draws the icons in the page (inline SVG, or a star cut by the styles), no image', async () => {
    for (const scale of ['stars', 'faces', 'thumbs']) {
      const el = await rating(html`<service-rating service-id="cr-renewal" scale=${scale}></service-rating>`);
      for (const input of radios(el)) {
        const box = input.labels![0].getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
        if (scale === 'stars') {
          // The radio is the star: shown, 32 px, cut to a star's outline.
          expect(getComputedStyle(input).opacity).to.equal('1');
          expect(input.getBoundingClientRect().width).to.equal(32);
          expect(getComputedStyle(input).clipPath).to.match(/^polygon\(evenodd, /);
        } else expect(input.labels![0].querySelector('svg')).to.not.equal(null);
      }
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      for (const node of el.shadowRoot!.querySelectorAll('*')) expect(getComputedStyle(node).backgroundImage).to.equal('none');
    }
  });

  it('shows a visible focus ring around the focused option', async () => {
    const el = await rating(html`<service-rating service-id="cr-renewal"></service-rating>`);
    radio(el, 1).focus({ focusVisible: true } as FocusOptions);
    await sendKeys({ press: 'ArrowRight' });
    const label = radio(el, 2).labels![0];
    expect(getComputedStyle(label).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(label).outlineWidth)).to.be.at.least(2);
  });

  it('fills the stars up to the choice, so the choice is not told by colour alone', async () => {
    const el = await rating(html`<service-rating service-id="cr-renewal"></service-rating>`);
    // A filled star is the whole shape; an empty one its outline (a ring: even-odd).
    const filled = () => radios(el).map((input) => !getComputedStyle(input).clipPath.startsWith('polygon(evenodd'));
    expect(filled(), 'none before a choice').to.deep.equal([false, false, false, false, false]);
    // Every score, each with its own rule in the styles (the row's data-score).
    for (const score of [3, 1, 5, 4, 2]) {
      await pick(el, score);
      expect(filled(), `${score} stars`).to.deep.equal([1, 2, 3, 4, 5].map((n) => n <= score));
    }
    await pick(el, 3);
    expect(shadowText(el, '.choice')).to.equal('3 stars');
  });

  it('asks the question from the attribute or the slot', async () => {
    const el = await rating(html`<service-rating service-id="cr-renewal" question="How was your renewal?"></service-rating>`);
    expect(shadowText(el, 'legend')).to.equal('How was your renewal?');
    const slotted = await rating(
      html`<service-rating service-id="cr-renewal"><span slot="question">Rate the Isa Town centre</span></service-rating>`,
    );
    const slot = slotted.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="question"]')!;
    expect(slot.assignedNodes()[0].textContent).to.equal('Rate the Isa Town centre');
    await expect(slotted).to.be.accessible();
  });

  describe('follow-up', () => {
    it('offers reasons for a poor score and others for a good one, and clears ticks that no longer apply', async () => {
      const el = await rating(html`<service-rating service-id="cr-renewal" scale="faces"></service-rating>`);
      expect(el.shadowRoot!.querySelector('[part="reasons"]')).to.equal(null);
      await pick(el, 1);
      expect(shadowText(el, '[part="reasons"] legend')).to.contain('What did not go well?');
      const chip = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reasons"] button[value="efficiency"]')!;
      chip().click();
      await el.updateComplete;
      expect(shadowText(el, '[part="reasons"]')).to.contain('It took too long');
      await pick(el, 3);
      expect(shadowText(el, '[part="reasons"] legend')).to.contain('What went well?');
      expect(shadowText(el, '[part="reasons"]')).to.contain('It was quick');
      expect(chip().getAttribute('aria-pressed')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('counts the characters left, live, up to max-length, with Arabic plural forms', async () => {
      const el = await rating(html`<service-rating service-id="cr-renewal" max-length="12"></service-rating>`);
      await pick(el, 4);
      const textarea = el.shadowRoot!.querySelector('textarea')!;
      expect(textarea.maxLength).to.equal(12);
      expect(textarea.getAttribute('aria-describedby')).to.equal('comment-hint comment-left');
      expect(shadowText(el, '#comment-hint')).to.contain('personal details');
      expect(shadowText(el, '#comment-left')).to.equal('12 characters left');
      textarea.focus();
      await sendKeys({ type: 'Fast and ' });
      await until(() => shadowText(el, '#comment-left') === '3 characters left', 'the counter');
      await sendKeys({ type: 'kind staff' });
      expect(textarea.value).to.equal('Fast and kin');
      await until(() => shadowText(el, '#comment-left') === '0 characters left', 'the counter at 0');
      await until(() => shadowText(el, '[role="status"]') === '0 characters left', 'the counter announced once typing pauses');

      el.lang = 'ar';
      await el.localeReady();
      const left = (n: number) => {
        textarea.value = 'x'.repeat(12 - n);
        textarea.dispatchEvent(new Event('input'));
        return el.updateComplete.then(() => shadowText(el, '#comment-left'));
      };
      expect(await left(0)).to.equal('لم يتبقَّ أي حرف');
      expect(await left(1)).to.equal('بقي حرف واحد');
      expect(await left(2)).to.equal('بقي حرفان');
      expect(await left(3)).to.equal('بقيت ٣ أحرف');
      expect(await left(11)).to.equal('بقي ١١ حرفًا');
      await expect(el).to.be.accessible();
    });

    it("uses the service's own reasons from reason-options", async () => {
      const own = JSON.stringify({
        high: [{ id: 'same-day', label: { en: 'Done the same day', ar: 'أُنجزت في اليوم نفسه' } }],
        low: [{ id: 'queue', label: { en: 'Long queue', ar: 'طابور طويل' } }],
      });
      const el = await rating(html`<service-rating lang="ar" service-id="cr-renewal" reason-options=${own}></service-rating>`);
      await pick(el, 5);
      expect(shadowText(el, '.chips')).to.equal('أُنجزت في اليوم نفسه');
      await pick(el, 2);
      expect(shadowText(el, '.chips')).to.equal('طابور طويل');
    });

    for (const [label, value] of [
      ['JSON that does not parse', '{"high": ['],
      ['a list of the wrong shape', '{"high": [{"id": ""}]}'],
    ]) {
      for (const lang of ['en', 'ar']) {
        it(`says so in the element when reason-options is ${label}, keeps the built-in reasons (${lang})`, async () => {
          const errors: RatingErrorEvent[] = [];
          const wrapper = await fixture<HTMLDivElement>(html`<div @rating-error=${(e: RatingErrorEvent) => errors.push(e)}>
            <service-rating lang=${lang} service-id="cr-renewal" reason-options=${value}></service-rating></div>`);
          const el = wrapper.querySelector('service-rating')!;
          await el.localeReady();
          await until(() => shadowText(el).includes('reason-options'), 'the note about reason-options');
          expect(shadowText(el, '[part="message"]')).to.equal(
            lang === 'en'
              ? 'The reason-options list is not written correctly, so the usual reasons are shown.'
              : 'قائمة الأسباب في reason-options غير مكتوبة بشكل صحيح، لذا تظهر الأسباب المعتادة.',
          );
          expect(errors.map((e) => [e.detail.kind, e.detail.details.attribute])).to.deep.equal([['misconfigured', 'reason-options']]);
          await pick(el, 5);
          expect(shadowText(el, '.chips')).to.contain(lang === 'en' ? 'I got what I needed' : 'حصلت على ما أحتاجه');
          await expect(el).to.be.accessible();
        });
      }
    }

    it('has no follow-up in quick mode', async () => {
      const el = await rating(html`<service-rating service-id="cr-renewal" quick></service-rating>`);
      await pick(el, 5);
      expect(el.shadowRoot!.querySelector('[part="reasons"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    });
  });

  describe('bad attributes', () => {
    const cases: [string, () => Promise<ServiceRating>, RegExp, RegExp][] = [
      [
        'a missing service-id',
        () => rating(html`<service-rating></service-rating>`),
        /Add the service-id attribute to the tag\./,
        /أضف السمة service-id إلى الوسم\./,
      ],
      [
        'an unknown scale',
        () => rating(html`<service-rating service-id="cr-renewal" scale="hearts"></service-rating>`),
        /scale is set to hearts\. Use stars, faces, or thumbs\./,
        /قيمة scale هي hearts؛ استخدم stars أو faces أو thumbs\./,
      ],
      [
        'a max-length that is not a number',
        () => rating(html`<service-rating service-id="cr-renewal" max-length="lots"></service-rating>`),
        /max-length is set to lots\. Write a whole number, such as 5\./,
        /قيمة max-length هي lots\. اكتب عددًا صحيحًا، مثل ٥\./,
      ],
    ];
    for (const [what, make, english, arabic] of cases) {
      it(`names ${what} in a visible, localized message, warns once, and throws nothing`, async () => {
        const warnings: unknown[][] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args);
        try {
          const errors: Event[] = [];
          window.addEventListener('rating-error', (event) => errors.push(event), { once: true });
          const el = await make();
          expect(el.state).to.equal('misconfigured');
          expect(shadowText(el, '[role="note"]')).to.match(english);
          expect(errors.length).to.equal(1);
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.filter((args) => String(args[0]).includes('service-rating')).length).to.be.at.most(1);
          await expect(el).to.be.accessible();
          el.lang = 'ar';
          await el.localeReady();
          expect(shadowText(el, '[role="note"]')).to.match(arabic);
          await expect(el).to.be.accessible();
        } finally {
          console.warn = warn;
        }
      });
    }

    it('says so when there is no API base', async () => {
      const el = await rating(html`<service-rating service-id="cr-renewal" api-base="ftp://nope"></service-rating>`);
      expect(el.state).to.equal('misconfigured');
      expect(shadowText(el, '[role="note"]')).to.contain('api-base is set to ftp://nope, which is not a web address.');
    });
  });
});
