/** Every state of <service-rating>, in English and in Arabic, through axe. */
import { expect, html } from '@open-wc/testing';
import { fakeApi, until, type Reply } from '../helpers/fake-api.js';
import type { ServiceRating } from '../../src/service-rating/service-rating.js';
import { RATINGS, SUMMARY, cleanDevice, pick, rating, send, stored, summary } from './setup.js';

type Lang = 'en' | 'ar';
/** Settles the request held open by the submitting state, with a refusal, so the outbox stays empty. */
let release: ((reply: Reply) => void) | undefined;
const states: Record<string, (lang: Lang) => Promise<ServiceRating>> = {
  idle: (lang) => rating(html`<service-rating lang=${lang} service-id="cr-renewal"></service-rating>`),
  'selected with follow-up': async (lang) => {
    const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" scale="faces"></service-rating>`);
    await pick(el, 1);
    return el;
  },
  submitting: async (lang) => {
    fakeApi({ [RATINGS]: () => new Promise<Reply>((resolve) => (release = resolve)) });
    const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" scale="thumbs"></service-rating>`);
    await pick(el, 1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await until(() => el.state === 'submitting' && release, 'submitting, with the request on its way');
    await el.updateComplete;
    return el;
  },
  submitted: async (lang) => {
    fakeApi({ [RATINGS]: stored });
    const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" quick></service-rating>`);
    await pick(el, 5);
    await send(el);
    return el;
  },
  'submitted with summary': async (lang) => {
    fakeApi({ [RATINGS]: stored, [SUMMARY]: { json: summary() } });
    const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" quick show-summary></service-rating>`);
    await pick(el, 5);
    await send(el);
    await until(() => el.shadowRoot!.querySelector('[role="img"]'), 'the summary');
    return el;
  },
  queued: async (lang) => {
    fakeApi({ [RATINGS]: 'network-error' });
    const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" quick></service-rating>`);
    await pick(el, 2);
    await send(el);
    return el;
  },
  'error with field errors': async (lang) => {
    fakeApi({
      [RATINGS]: { status: 400, json: { error: 'invalid', issues: [{ path: 'comment', code: 'too_big', message: 'Too long' }] } },
    });
    const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal"></service-rating>`);
    await pick(el, 2);
    await send(el);
    return el;
  },
  'already-rated': async (lang) => {
    localStorage.setItem('jawda:rating:transaction:cr-renewal:TX-1', new Date().toISOString());
    return rating(html`<service-rating lang=${lang} service-id="cr-renewal" transaction-id="TX-1"></service-rating>`);
  },
  'readonly summary': async (lang) => {
    fakeApi({ [SUMMARY]: { json: summary() } });
    const el = await rating(html`<service-rating lang=${lang} service-id="cr-renewal" readonly></service-rating>`);
    await until(() => el.shadowRoot!.querySelector('[role="img"]'), 'the summary');
    return el;
  },
  'readonly loading': async (lang) => {
    fakeApi({ [SUMMARY]: 'hang' }, { timeoutMs: 60_000 });
    return rating(html`<service-rating lang=${lang} service-id="cr-renewal" readonly></service-rating>`);
  },
  'configuration error': (lang) => rating(html`<service-rating lang=${lang} scale="hearts"></service-rating>`),
};
const expectedState: Record<string, string> = {
  idle: 'idle',
  'selected with follow-up': 'selected',
  submitting: 'submitting',
  submitted: 'submitted',
  'submitted with summary': 'submitted',
  queued: 'queued',
  'error with field errors': 'error',
  'already-rated': 'already-rated',
  'readonly summary': 'readonly',
  'readonly loading': 'readonly',
  'configuration error': 'misconfigured',
};

describe('<service-rating>: every state passes axe in both locales', () => {
  beforeEach(async () => {
    await cleanDevice();
    fakeApi();
  });
  afterEach(async () => {
    release?.({ status: 400, json: { error: 'invalid', issues: [] } });
    release = undefined;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await cleanDevice();
  });

  for (const [name, make] of Object.entries(states)) {
    for (const lang of ['en', 'ar'] as const) {
      it(`${name} (${lang})`, async () => {
        const el = await make(lang);
        expect(el.state).to.equal(expectedState[name]);
        expect(el.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
      });
    }
  }
});
