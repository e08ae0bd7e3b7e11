// jawda/autoloader: each element is defined the first time its tag appears, and only the modules of
// the tags in the page load. This file runs in a page of its own (web-test-runner), so the registry
// and the loaded modules are this file's alone. The tests run in order: each adds one more tag.
import { expect } from '@open-wc/testing';
import type * as Autoloader from '../../src/autoloader.js';

/** The element modules this page has fetched, by element directory (`src/<tag>/...`). */
function fetchedModules(tag: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(`/src/${tag}/`));
}

/**
 * Whether `tag` is defined. (A boolean, never the class itself in an assertion: when one fails, the
 * runner serialises its values, and an element class with its statics hangs it.)
 */
const isDefined = (tag: string) => customElements.get(tag) !== undefined;

/** Resolves when `tag` is defined, or rejects after `ms`. */
function defined(tag: string, ms = 5000): Promise<void> {
  return Promise.race([
    customElements.whenDefined(tag).then(() => undefined),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`<${tag}> not defined after ${ms} ms`)), ms)),
  ]);
}

let autoloader: typeof Autoloader;

describe('jawda/autoloader', () => {
  before(async () => {
    // A badge in the page before the autoloader runs, as a CMS page has it.
    document.body.innerHTML = '<certification-badge id="early"></certification-badge>';
    expect(isDefined('certification-badge'), '<certification-badge> is not defined').to.equal(false);
    autoloader = await import('../../src/autoloader.js');
  });

  after(() => {
    document.body.innerHTML = '';
  });

  it('defines an element that was in the page before it loaded', async () => {
    await defined('certification-badge');
    const badge = document.getElementById('early')!;
    expect(badge.matches(':defined')).to.equal(true);
    expect(badge.shadowRoot, 'the element upgraded').to.not.equal(null);
  });

  it('loads nothing for tags that are not in the page', () => {
    expect(isDefined('centre-scorecard'), '<centre-scorecard> is not defined').to.equal(false);
    expect(isDefined('service-rating'), '<service-rating> is not defined').to.equal(false);
    expect(fetchedModules('certification-badge'), 'the badge (what the page has) is loaded').to.not.deep.equal([]);
    expect(fetchedModules('centre-scorecard')).to.deep.equal([]);
    expect(fetchedModules('service-rating')).to.deep.equal([]);
  });

  it('defines a tag added later, nested in added markup, and loads its module only then', async () => {
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div><centre-scorecard id="late"></centre-scorecard></div>';
    document.body.append(wrapper);
    await defined('centre-scorecard');
    expect(document.getElementById('late')!.shadowRoot).to.not.equal(null);
    expect(fetchedModules('centre-scorecard')).to.not.deep.equal([]);
    // Still no rating in the page: its chunk was never fetched.
    expect(isDefined('service-rating'), '<service-rating> is not defined').to.equal(false);
    expect(fetchedModules('service-rating')).to.deep.equal([]);
  });

  it('a tag inside a shadow root loads with discover(shadowRoot) and observe(shadowRoot)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    autoloader.observe(shadow);
    shadow.innerHTML = '<p><service-rating service-id="x"></service-rating></p>';
    await defined('service-rating');
    expect(shadow.querySelector('service-rating')!.matches(':defined')).to.equal(true);
    expect(fetchedModules('service-rating')).to.not.deep.equal([]);
    await autoloader.discover(shadow); // everything defined: resolves at once, imports nothing more
  });

  it('imports each element once, and nothing for a tag someone else defined', async () => {
    // Every tag defined (<rating-results>, never in this page, asked for by name): asking again fetches nothing.
    await Promise.all(autoloader.AUTOLOADED_TAGS.map((tag) => autoloader.load(tag)));
    expect(autoloader.AUTOLOADED_TAGS.every(isDefined), 'every tag defined').to.equal(true);
    const before = performance.getEntriesByType('resource').length;
    await Promise.all(autoloader.AUTOLOADED_TAGS.map((tag) => autoloader.load(tag)));
    document.body.insertAdjacentHTML(
      'beforeend',
      '<service-rating service-id="y"></service-rating><certification-badge></certification-badge>',
    );
    await autoloader.discover(document);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(performance.getEntriesByType('resource').length, 'no module fetched twice').to.equal(before);
    expect(autoloader.load('service-rating'), 'the same promise each time').to.equal(autoloader.load('service-rating'));
  });
});
