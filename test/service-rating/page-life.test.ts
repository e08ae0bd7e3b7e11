/**
 * <service-rating> in the life of a real page: a single-page app that changes the service, two
 * summaries of one service, and the element as a form field read in the same task.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { fakeApi, until } from '../helpers/fake-api.js';
import type { ServiceRating } from '../../src/service-rating/service-rating.js';
import { RATINGS, SUMMARY, cleanDevice, pick, rating, send, stored, summary } from './setup.js';

const text = (el: ServiceRating) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<service-rating> in the life of a page', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  for (const attribute of ['service-id', 'transaction-id', 'centre-id'] as const) {
    it(`after a vote, a new ${attribute} starts over: the question, not "Thank you"`, async () => {
      const api = fakeApi({ [RATINGS]: stored, 'POST /services/passport-renewal/ratings': stored });
      // cooldown 0: without a transaction, the device may vote again at once, so starting over shows the question
      const el = await rating(html`<service-rating service-id="cr-renewal" centre-id="isa-town" cooldown="0"></service-rating>`);
      if (attribute === 'transaction-id') {
        el.transactionId = 'TX-1';
        await el.updateComplete;
      }
      await pick(el, 4);
      await send(el);
      expect(el.state).to.equal('submitted');
      el.setAttribute(attribute, attribute === 'service-id' ? 'passport-renewal' : 'other-2');
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(text(el)).not.to.contain('Thank you');
      expect(el.score, "the last citizen's score is not kept").to.equal(undefined);
      await pick(el, 2);
      await send(el);
      expect(el.state).to.equal('submitted');
      const ids = api.requests.filter((r) => r.method === 'POST').map((r) => (r.body as { submissionId: string }).submissionId);
      expect(new Set(ids).size).to.equal(2);
    });
  }

  it('going back to a transaction already rated says so', async () => {
    fakeApi({ [RATINGS]: stored });
    const el = await rating(html`<service-rating service-id="cr-renewal" transaction-id="TX-1"></service-rating>`);
    await pick(el, 4);
    await send(el);
    el.transactionId = 'TX-2';
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    el.transactionId = 'TX-1';
    await el.updateComplete;
    expect(el.state).to.equal('already-rated');
  });

  it('after a vote, every summary of that service on the page shows the new count', async () => {
    let count = 1204;
    const api = fakeApi({ [RATINGS]: (request) => ((count += 1), stored(request)), [SUMMARY]: () => ({ json: summary({ count }) }) });
    const page = await fixture<HTMLDivElement>(html`<div>
      <service-rating service-id="cr-renewal" readonly></service-rating>
      <service-rating service-id="cr-renewal" show-summary></service-rating>
    </div>`);
    const [summaryOnly, form] = [...page.querySelectorAll('service-rating')] as ServiceRating[];
    await until(() => text(summaryOnly).includes('1,204 ratings'), 'the first summary');
    await pick(form, 5);
    await send(form);
    await until(() => text(form).includes('1,205 ratings'), 'the new count where the vote was given');
    await until(() => text(summaryOnly).includes('1,205 ratings'), 'the new count in the other summary');
    expect(api.count(SUMMARY), 'one fresh request for both').to.equal(2);
  });

  it('as a form field: the value is in FormData in the same task, reset goes back to the markup score', async () => {
    fakeApi();
    const form = await fixture<HTMLFormElement>(html`<form>
      <label for="r">How was it?</label>
      <service-rating id="r" name="satisfaction" scale="stars" score="3"></service-rating>
    </form>`);
    const el = form.querySelector('service-rating') as ServiceRating;
    expect(new FormData(form).get('satisfaction')).to.equal('3');
    el.score = 4;
    expect(new FormData(form).get('satisfaction'), 'no render needed').to.equal('4');
    form.reset();
    expect(el.score).to.equal(3);
    expect(new FormData(form).get('satisfaction')).to.equal('3');
    expect([...el.labels].map((label) => label.textContent)).to.deep.equal(['How was it?']);
  });

  it('as a form field: required is invalid before any render, and setCustomValidity works as on inputs', async () => {
    fakeApi();
    const form = document.createElement('form');
    const el = document.createElement('service-rating') as ServiceRating;
    el.setAttribute('name', 'satisfaction');
    el.setAttribute('required', '');
    form.append(el);
    document.body.append(form);
    try {
      expect(el.validity.valueMissing, 'before the first render').to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      el.score = 2;
      expect(form.checkValidity()).to.equal(true);
      el.setCustomValidity('Please rate the counter, not the website.');
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Please rate the counter, not the website.');
      expect(form.checkValidity()).to.equal(false);
      el.setCustomValidity('');
      expect(form.checkValidity()).to.equal(true);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      form.remove();
    }
  });
});

describe('<service-rating> renders no more than it shows', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  it("a page of ratings renders each once before a score is chosen: the reasons' chunk arriving changes nothing on screen", async () => {
    fakeApi();
    // Counted on the class, as a page of 1000 ratings pays for each render (npm run bench).
    const proto = customElements.get('service-rating')!.prototype as unknown as { update(changed: unknown): void };
    const original = proto.update;
    const renders = new Map<unknown, number>();
    proto.update = function (this: unknown, changed: unknown) {
      renders.set(this, (renders.get(this) ?? 0) + 1);
      original.call(this, changed);
    };
    try {
      const page = await fixture(html`<div>${[1, 2, 3].map(() => html`<service-rating service-id="cr-renewal"></service-rating>`)}</div>`);
      const ratings = [...page.querySelectorAll<ServiceRating>('service-rating')];
      await Promise.all(ratings.map((el) => el.updateComplete)); // the follow-up chunk included
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(ratings.map((el) => renders.get(el))).to.deep.equal([1, 1, 1]);
      // The reasons are there as soon as a score is chosen.
      await pick(ratings[1], 2);
      expect(text(ratings[1])).to.contain('What did not go well?');
      expect(text(ratings[0])).not.to.contain('What did not go well?');
    } finally {
      proto.update = original;
    }
  });

  it('a page of ratings watches for the question to be seen with one IntersectionObserver, not one each', async () => {
    fakeApi();
    const Native = window.IntersectionObserver;
    let made = 0;
    window.IntersectionObserver = class extends Native {
      constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
        super(...args);
        made++;
      }
    };
    try {
      const page = await fixture(
        html`<div>${[1, 2, 3, 4].map(() => html`<service-rating service-id="cr-renewal"></service-rating>`)}</div>`,
      );
      await Promise.all([...page.querySelectorAll<ServiceRating>('service-rating')].map((el) => el.updateComplete));
      expect(made, 'observers made for four ratings').to.be.at.most(1);
    } finally {
      window.IntersectionObserver = Native;
    }
  });

  it('a score given in the markup shows its reasons once their chunk is in', async () => {
    fakeApi();
    const el = await rating(html`<service-rating service-id="cr-renewal" score="5"></service-rating>`);
    await el.updateComplete;
    expect(text(el)).to.contain('What went well?');
  });
});

describe('<service-rating> reason chips of a service', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  it("a chip without text in the reader's language shows the other language, never an empty box", async () => {
    fakeApi();
    const options = JSON.stringify({ high: [{ id: 'queue', label: { en: 'Short queue', ar: '' } }], low: [] });
    const el = await rating(html`<service-rating lang="ar" service-id="cr-renewal" reason-options=${options}></service-rating>`);
    await pick(el, 5);
    expect([...el.shadowRoot!.querySelectorAll('.chip')].map((chip) => chip.textContent!.trim())).to.deep.equal(['Short queue']);
  });
});

describe("<service-rating> counts a person's time from when the question can be seen", () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  it('a rating far down the page: dwell starts when it scrolls into view, not at load', async () => {
    const api = fakeApi({ [RATINGS]: stored });
    const page = await fixture<HTMLDivElement>(
      html`<div><div style="height: 3000px"></div><service-rating service-id="cr-renewal" quick></service-rating></div>`,
    );
    const el = page.querySelector('service-rating') as ServiceRating;
    await el.localeReady();
    await new Promise((resolve) => setTimeout(resolve, 1500)); // out of view all this time
    el.scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await pick(el, 4);
    await send(el);
    const body = api.requests.find((r) => r.method === 'POST')!.body as { dwellMs: number };
    expect(body.dwellMs).to.be.below(1000);
    window.scrollTo(0, 0);
  });
});
