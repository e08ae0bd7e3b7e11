/**
 * The scorecard's lazy chunks (the history, the stars and maturity schemes): what only some
 * scorecards show comes when one shows it, and never as a redraw: the skeleton stays as it is while
 * a chunk comes, and the data is drawn whole, once. The checks need chunks not yet loaded: they run
 * first in their page, in this order.
 */
import { expect } from '@open-wc/testing';
import { historyViews, schemeViews } from '../../src/centre-scorecard/centre-scorecard.js';
import { fakeApi, resetJawda, until } from '../helpers/fake-api.js';
import { isaTown, sevenStar } from './fixtures.js';
import { withInlineJson, type CentreScorecard } from './helpers.js';

/** The first render, seen before anything from the network (a chunk) can have come: it happens in microtasks after connection. */
async function firstRender(el: CentreScorecard): Promise<void> {
  for (let i = 0; i < 100 && !el.hasUpdated; i++) await Promise.resolve();
  expect(el.hasUpdated, 'rendered once').to.equal(true);
}

/** `el` in the page, without waiting for anything. */
function place(el: Element): void {
  const box = document.createElement('div');
  box.style.width = '640px';
  box.append(el);
  document.body.append(box);
}

describe('<centre-scorecard>: lazy chunks, never a redraw', () => {
  beforeEach(resetJawda);
  afterEach(() => {
    document.querySelectorAll('centre-scorecard').forEach((el) => el.parentElement!.remove());
    resetJawda();
  });

  it('show-history: the skeleton draws the history at once and stays as it is when the chunk comes; the data is drawn after', async () => {
    expect(historyViews.module, 'no history chunk in this page yet').to.equal(undefined);
    // The answer comes after the chunk: the chunk arrives while the skeleton shows.
    fakeApi({
      'GET /centres/isa-town/evaluation': async () => {
        await historyViews.load();
        await new Promise((resolve) => setTimeout(resolve, 200));
        return { json: isaTown(5) };
      },
    });
    const el = document.createElement('centre-scorecard') as CentreScorecard;
    el.setAttribute('centre-id', 'isa-town');
    el.toggleAttribute('show-history', true);
    place(el);
    await until(() => el.shadowRoot?.querySelector('.placeholder'), 'the skeleton');
    const skeleton = el.shadowRoot!.querySelector('.placeholder')!;
    expect(historyViews.module, 'drawn before the chunk came').to.equal(undefined);
    expect(skeleton.querySelector('[part~="history"] .trend-line .dot'), "the history's place in the skeleton").to.exist;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records.filter((record) => skeleton.contains(record.target))));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    await until(() => !el.shadowRoot!.querySelector('.placeholder'), 'the evaluation', 8000);
    observer.disconnect();
    expect(historyViews.module, 'the chunk came').to.not.equal(undefined);
    expect(changes, 'nothing in the skeleton changed').to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[part~="history"] tbody tr')).to.have.length(5);
  });

  it('stars: inline JSON waits in the skeleton for the schemes chunk, then the evaluation is drawn whole', async () => {
    expect(schemeViews.module, 'no schemes chunk in this page yet').to.equal(undefined);
    const el = withInlineJson(sevenStar());
    place(el);
    await firstRender(el);
    expect(el.shadowRoot!.querySelector('.placeholder'), 'the skeleton first').to.exist;
    expect(el.shadowRoot!.querySelector('[data-scheme]:not(.placeholder *)'), 'no evaluation drawn without its result').to.equal(null);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.placeholder')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.stars-text')!.textContent).to.equal('7 of 7 stars');
    expect(el.shadowRoot!.querySelectorAll('.stars .star.filled')).to.have.length(7);
    await expect(el).to.be.accessible();
  });

  it('a Taqyeem percentage without show-history needs neither chunk: drawn in its first render', async () => {
    const el = withInlineJson(isaTown(5));
    place(el);
    await firstRender(el);
    expect(el.shadowRoot!.querySelector('.placeholder')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.score')!.textContent).to.equal('91.4%');
  });
});
