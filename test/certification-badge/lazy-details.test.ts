/**
 * The badge's details chunk (the card, the list, the pill dialog's body): a page of pills loads
 * none of it before a pill is pressed; a list waits for it in its skeleton, and is then drawn whole,
 * once. The checks need the chunk not yet loaded: they run first in their page, in this order.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { detailViews } from '../../src/certification-badge/certification-badge.js';
import type { CertificationBadge } from '../../src/certification-badge/define.js';
import { fakeApi, resetJawda, until } from '../helpers/fake-api.js';
import { iga, NOW } from './fixtures.js';
import { $, $$, mount } from './helpers.js';

const IGA = 'GET /organisations/iga/certifications';

describe('certification-badge: the details chunk', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  it('pills: shown without the details chunk; the first press brings it, and the dialog opens with the details', async () => {
    expect(detailViews.module, 'no details chunk in this page yet').to.equal(undefined);
    fakeApi({ [IGA]: { json: iga() } }, { now: () => NOW });
    const el = await mount(html`<certification-badge organisation-id="iga" variant="pill"></certification-badge>`);
    expect($$(el, '[part="pill"]')).to.have.length(2);
    expect(detailViews.module, 'the pills needed none of it').to.equal(undefined);
    const dialog = $<HTMLDialogElement>(el, 'dialog[part="dialog"]')!;
    $$(el, '[part="pill"]')[0].click();
    await until(() => dialog.open, 'the dialog to open', 8000);
    expect(detailViews.module, 'the press brought it').to.not.equal(undefined);
    expect(dialog.querySelector('[part="status"]'), 'the status').to.exist;
    expect(dialog.querySelector('[part="details"]'), 'the facts').to.exist;
    expect(getComputedStyle(dialog).borderRadius, "the dialog's styles came with it").to.not.equal('0px');
    dialog.close();
  });

  it('list: the skeleton until both the data and the chunk are here, then the list, drawn once', async () => {
    // The answer comes after the observer is watching (on a busy machine it could come before).
    fakeApi({ [IGA]: { json: iga(), delayMs: 200 } }, { now: () => NOW });
    const wrapper = await fixture<HTMLDivElement>(html`<div><certification-badge organisation-id="iga"></certification-badge></div>`);
    const el = wrapper.firstElementChild as CertificationBadge;
    const frames: string[] = [];
    const observer = new MutationObserver(() =>
      frames.push(el.shadowRoot!.querySelector('.loading') ? 'loading' : el.shadowRoot!.querySelector('[part="list"]') ? 'list' : 'other'),
    );
    observer.observe(el.shadowRoot!, { subtree: true, childList: true });
    await until(() => el.shadowRoot!.querySelector('[part="list"]'), 'the list', 8000);
    await el.updateComplete;
    observer.disconnect();
    expect(frames.filter((frame) => frame !== 'loading')).to.deep.equal(['list']);
    expect($$(el, '[part="item"]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});
