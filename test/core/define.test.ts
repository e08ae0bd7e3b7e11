import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { jawdaPage } from '../../src/core/page.js';
import { VERSION } from '../../src/core/version.js';
import { SRC_VERSION } from '../helpers/second-copy.js';
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
    expect(jawdaPage().definitions.get(tag)).to.deep.equal({ version: VERSION, element: Element });
  });

  it('the same class for the same tag again is no conflict: no warning, no exception', async () => {
    const tag = freshTag();
    class Element extends HTMLElement {}
    defineElement(tag, Element);
    expect(await warnings(async () => defineElement(tag, Element))).to.deep.equal([]);
  });

  it('another Jawda copy\'s class for a taken tag: not defined, one warning per tag naming both versions', async () => {
    const tag = freshTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement(tag, First);
    jawdaPage().definitions.set(tag, { version: '0.0.7', element: First }); // as an older copy would have
    const said = await warnings(async () => {
      defineElement(tag, Second);
      defineElement(tag, Second);
    });
    expect(said).to.deep.equal([
      `[jawda] <${tag}> is already defined by Jawda 0.0.7; this copy (Jawda ${VERSION}) is not used for it. Settings from configure() still reach every element.`,
    ]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('a tag taken by something that is not Jawda: no exception, one warning saying so', async () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    const said = await warnings(async () => defineElement(tag, class extends HTMLElement {}));
    expect(said).to.have.length(1);
    expect(said[0]).to.equal(
      `[jawda] <${tag}> is already defined by another script (not a copy of Jawda that shares its settings); this copy (Jawda ${VERSION}) is not used for it, and configure() does not reach those elements.`,
    );
  });

  it('the page registry is one per page, under a registered symbol, and lists this copy\'s version', () => {
    const page = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('jawda.page.v1')];
    expect(page).to.equal(jawdaPage());
    expect(jawdaPage().versions).to.include(VERSION);
    expect(VERSION, 'the package version, written in by the test runner as by vite').to.match(/^\d+\.\d+\.\d+/);
    expect(VERSION).to.equal(SRC_VERSION);
  });
});
