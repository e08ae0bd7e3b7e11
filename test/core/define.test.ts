import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { KEY, page } from '../../src/core/page.js';
import { VERSION } from '../../src/core/version.js';
import { SRC_VERSION, lostDefinitionWarning } from '../helpers/second-copy.js';
import { warnings } from '../helpers/console.js';

let counter = 0;
const freshTag = () => `jawda-define-test-${++counter}`;

describe('core/define: defineElement()', () => {
  it('defines a free tag, records which copy defined it, and says nothing', async () => {
    const tag = freshTag();
    class Element extends HTMLElement {}
    const said = await warnings(async () => defineElement(tag, Element));
    expect(said).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(Element);
    expect((Element as unknown as Record<symbol, string>)[KEY], 'the class carries the version that defined it').to.equal(VERSION);
  });

  it('the same class for the same tag again is no conflict: no warning, no exception', async () => {
    const tag = freshTag();
    class Element extends HTMLElement {}
    defineElement(tag, Element);
    expect(await warnings(async () => defineElement(tag, Element))).to.deep.equal([]);
  });

  it("another Jawda copy's class for a taken tag: not defined, no exception, a warning naming both versions", async () => {
    const tag = freshTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement(tag, First);
    (First as unknown as Record<symbol, string>)[KEY] = '0.0.7'; // as another copy of Jawda would have
    const said = await warnings(async () => defineElement(tag, Second));
    expect(said).to.deep.equal([lostDefinitionWarning(tag, '0.0.7', VERSION)]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('a tag taken by something that is not Jawda: no exception, one warning saying so', async () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    const said = await warnings(async () => defineElement(tag, class extends HTMLElement {}));
    expect(said).to.deep.equal([
      `[jawda] <${tag}> is already defined by another script; this copy (Jawda ${VERSION}) is not used for it; configure() reaches every element.`,
    ]);
    expect(customElements.get(tag)).to.not.equal(undefined);
  });

  it("the page registry is one per page, under a registered symbol, and lists this copy's version", () => {
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('jawda.page')]).to.equal(page);
    expect(page.versions).to.include(VERSION);
    expect(VERSION, 'the package version, written in by the test runner as by vite').to.match(/^\d+\.\d+\.\d+/);
    expect(VERSION).to.equal(SRC_VERSION);
  });
});
