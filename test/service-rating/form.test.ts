import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApi } from '../helpers/fake-api.js';
import type { ServiceRating } from '../../src/service-rating/service-rating.js';
import { cleanDevice, pick, radio, radios } from './setup.js';

async function inForm(lang = 'en', attributes = html``) {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>
    <service-rating name="satisfaction" scale="faces" required></service-rating>
    <input name="reference" value="TX-2024-000123" />
    <button type="submit">Submit application</button>
    ${attributes}
  </form>`);
  const el = form.querySelector('service-rating')! as ServiceRating;
  await el.localeReady();
  return { form, el };
}

describe('<service-rating> in a form', () => {
  beforeEach(async () => {
    await cleanDevice();
    fakeApi();
  });
  afterEach(cleanDevice);

  it('submits the score under its name through new FormData(form), and sends nothing itself', async () => {
    const api = fakeApi();
    const { form, el } = await inForm();
    expect(el.form).to.equal(form);
    expect(new FormData(form).has('satisfaction')).to.equal(false);
    await pick(el, 3);
    expect(new FormData(form).get('satisfaction')).to.equal('3');
    expect(new FormData(form).get('reference')).to.equal('TX-2024-000123');
    expect(el.shadowRoot!.querySelector('[part="submit"]'), 'the form has its own button').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="reasons"]')).to.equal(null);
    let submitted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    form.querySelector<HTMLButtonElement>('button')!.click();
    expect(submitted!.get('satisfaction')).to.equal('3');
    expect(api.requests.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it("works with the form's validation when required", async () => {
    const { form, el } = await inForm();
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Choose a rating.');
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits++;
    });
    form.requestSubmit();
    expect(submits, 'an invalid form does not submit').to.equal(0);
    radio(el, 1).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(submits, 'Enter on the choice submits the form, as on a native radio').to.equal(1);
  });

  it('says why it is invalid in Arabic', async () => {
    const { el } = await inForm('ar');
    expect(el.validationMessage).to.equal('اختر تقييمًا.');
    await expect(el).to.be.accessible();
  });

  it('is left out when disabled, itself or by its fieldset', async () => {
    const { form, el } = await inForm();
    await pick(el, 2);
    el.disabled = true;
    await el.updateComplete;
    expect(new FormData(form).has('satisfaction')).to.equal(false);
    expect(radios(el).every((input) => input.matches(':disabled'))).to.equal(true);
    expect(form.checkValidity(), 'a disabled field is not validated').to.equal(true);
    el.disabled = false;
    await el.updateComplete;
    expect(new FormData(form).get('satisfaction')).to.equal('2');

    const fieldset = document.createElement('fieldset');
    form.prepend(fieldset);
    fieldset.append(el);
    fieldset.disabled = true;
    await el.updateComplete;
    expect(radios(el).every((input) => input.matches(':disabled'))).to.equal(true);
    expect(new FormData(form).has('satisfaction')).to.equal(false);
    fieldset.disabled = false;
    await el.updateComplete;
    expect(radios(el).some((input) => input.matches(':disabled'))).to.equal(false);
  });

  it('goes back to no score when the form is reset', async () => {
    const { form, el } = await inForm();
    await pick(el, 3);
    form.reset();
    await el.updateComplete;
    expect(el.score).to.equal(undefined);
    expect(radios(el).some((input) => input.checked)).to.equal(false);
    expect(new FormData(form).has('satisfaction')).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
  });
});
