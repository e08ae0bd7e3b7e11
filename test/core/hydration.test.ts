/**
 * core/hydration.ts alone: a plain LitElement wired to the hydration controller, given server
 * markup as @lit-labs/ssr writes it (a declarative shadow root: the <style>, then the template's
 * parts between lit-part markers named by the template's digest).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { digestForTemplateResult } from '@lit-labs/ssr-client';
import { LitElement, css, html as lit, type PropertyValues } from 'lit';
import { Hydration } from '../../src/core/hydration.js';
import { warnings } from '../helpers/console.js';
import { until } from '../helpers/fake-api.js';

const view = (text: string) => lit`<p id="text">${text}</p>`;

/** What the test lets the next probe wait for, and whether its markup is its own. */
const next: { need?: Promise<unknown>; own: boolean } = { own: true };

class HydrationProbe extends LitElement {
  static override properties = { text: {} };
  static override styles = css`
    p {
      color: rgb(1, 2, 3);
    }
  `;
  text = 'from the server';
  private readonly need = next.need;
  private readonly own = next.own;
  private hydration?: Hydration<LitElement>;

  // As JawdaElement does: a controller only for a shadow root that holds the server's markup.
  protected override createRenderRoot() {
    const root = this.shadowRoot;
    if (!root?.firstChild) return super.createRenderRoot();
    this.hydration = new Hydration<LitElement>(this, { needs: () => (this.need ? [this.need] : []), hydratable: () => this.own }, root);
    return root;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hydration?.ready()?.then(() => super.scheduleUpdate()) ?? super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues) {
    this.hydration?.update(() => this.render());
    super.update(changed);
  }

  protected override render() {
    return view(this.text);
  }
}
customElements.define('hydration-probe', HydrationProbe);

const STYLE = '<style>p{color:rgb(1,2,3)}</style>';
/** The probe's markup as a server renders it (the digest names the template it is a render of). */
const serverMarkup = (digest = digestForTemplateResult(view('x'))) =>
  `${STYLE}<!--lit-part ${digest}--><p id="text"><!--lit-part-->from the server<!--/lit-part--></p><!--/lit-part-->`;

/** A server-rendered probe in the page, upgraded (connected) as the parser would: its update not yet run. */
async function serverRendered(markup = serverMarkup()): Promise<{ el: HydrationProbe; p: HTMLElement }> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.setHTMLUnsafe(`<hydration-probe><template shadowrootmode="open">${markup}</template></hydration-probe>`);
  const el = box.querySelector<HydrationProbe>('hydration-probe')!;
  expect(el.shadowRoot, 'a declarative shadow root').to.exist;
  return { el, p: el.shadowRoot!.querySelector('p')! };
}

const paragraphs = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('p');

describe('core/hydration without the take-over code (jawda.min.js): server markup is rendered afresh in its place', () => {
  afterEach(() => (next.need = undefined));

  it('waits for what its first render needs, then replaces the markup, once, with the element styles adopted', async () => {
    let arrive!: () => void;
    next.need = new Promise<void>((resolve) => (arrive = resolve));
    const { el, p } = await serverRendered();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.hasUpdated, 'no render before the need arrived').to.equal(false);
    arrive();
    await until(() => el.hasUpdated, 'the first update');
    expect(paragraphs(el)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('p')).to.not.equal(p);
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
  });
});

describe('core/hydration with the take-over code (jawda/hydrate): a server-rendered shadow root is taken over, never rendered twice', () => {
  before(() => import('../../src/core/hydration-support.js'));
  afterEach(() => {
    next.need = undefined;
    next.own = true;
  });

  it('takes the markup over: the same nodes, updated in place afterwards', async () => {
    const { el, p } = await serverRendered();
    await el.updateComplete;
    expect(paragraphs(el)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('p'), 'the server node stays').to.equal(p);
    expect(getComputedStyle(p).color, "the server's <style> still applies").to.equal('rgb(1, 2, 3)');
    el.text = 'from the browser';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')).to.equal(p);
    expect(p.textContent).to.equal('from the browser');
  });

  it('waits for what its first render needs; the server markup is on screen meanwhile', async () => {
    let arrive!: () => void;
    next.need = new Promise<void>((resolve) => (arrive = resolve));
    const { el, p } = await serverRendered();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.hasUpdated, 'no render before the need arrived').to.equal(false);
    expect(p.isConnected && p.textContent).to.equal('from the server');
    arrive();
    await until(() => el.hasUpdated, 'the first update');
    expect(el.shadowRoot!.querySelector('p')).to.equal(p);
  });

  it('markup that is not its own template is replaced in its place, once, with the element styles adopted', async () => {
    next.own = false;
    const { el, p } = await serverRendered();
    await el.updateComplete;
    expect(paragraphs(el)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('p')).to.not.equal(p);
    expect(el.shadowRoot!.querySelector('style'), "the server's <style> went with its markup").to.equal(null);
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
  });

  it("another version's markup is rendered afresh in its place, with a warning, and no exception", async () => {
    let el!: HydrationProbe;
    let old!: HTMLElement;
    const seen = await warnings(async () => {
      ({ el, p: old } = await serverRendered(serverMarkup('AAAAAAAAAAA=')));
      await el.updateComplete;
    });
    expect(paragraphs(el)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('p')).to.not.equal(old);
    expect(el.shadowRoot!.textContent).to.equal('from the server');
    expect(seen.some((text) => text.includes('<hydration-probe>') && text.includes('rendered afresh'))).to.equal(true);
  });

  it('an element without server markup renders as any Lit element, at once', async () => {
    const el = await fixture<HydrationProbe>(html`<hydration-probe></hydration-probe>`);
    expect(paragraphs(el)).to.have.length(1);
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(1);
  });
});
