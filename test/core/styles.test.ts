import { expect, fixture, html } from '@open-wc/testing';
import { resetJawda, fakeApi } from '../helpers/fake-api.js';
import '../helpers/probe-element.js';
import type { JawdaProbe } from '../helpers/probe-element.js';

describe('core/styles: tokens, themes, focus', () => {
  beforeEach(() => {
    resetJawda();
    fakeApi();
  });
  afterEach(resetJawda);

  const colour = (el: Element) => getComputedStyle(el).color;

  it('follows the theme attribute and lets a page token win over the default', async () => {
    const light = await fixture<JawdaProbe>(html`<jawda-probe theme="light"></jawda-probe>`);
    // Transparent: a dark element is on a dark page.
    const darkPage = await fixture<HTMLDivElement>(html`<div style="background: #0e0f12"><jawda-probe theme="dark"></jawda-probe></div>`);
    const dark = darkPage.firstElementChild as JawdaProbe;
    expect(colour(light)).to.equal('rgb(27, 29, 33)');
    expect(colour(dark)).to.equal('rgb(242, 242, 242)');
    const themed = await fixture<HTMLDivElement>(
      html`<div style="--jawda-text: rgb(1, 2, 3)"><jawda-probe theme="light"></jawda-probe></div>`,
    );
    expect(colour(themed.firstElementChild!)).to.equal('rgb(1, 2, 3)');
    await expect(dark).to.be.accessible();
  });

  it('draws a visible focus ring on keyboard focus', async () => {
    const el = await fixture<JawdaProbe>(html`<jawda-probe></jawda-probe>`);
    const button = el.shadowRoot!.querySelector('button')!;
    button.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('keeps host-page CSS out of the shadow root', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><style>p { color: rgb(255, 0, 0) !important; display: none }</style><jawda-probe theme="light"></jawda-probe></div>`,
    );
    const text = wrapper.querySelector('jawda-probe')!.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(text).display).to.equal('block');
    expect(getComputedStyle(text).color).to.equal('rgb(27, 29, 33)');
  });
});
