/**
 * The element contract, checked on every element through its adapter: what each Jawda element
 * promises the page it lives in, whatever its own job.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { warnings } from '../helpers/console.js';
import { fakeApi, resetJawda, until, type FakeApi } from '../helpers/fake-api.js';
import { ADAPTERS, HOSTILE, type ContractAdapter } from './adapters.js';

type Jawda = HTMLElement & { updateComplete: Promise<unknown>; localeReady(): Promise<void>; requestUpdate(): void };

function create(adapter: ContractAdapter, attributes: Record<string, string>): Jawda {
  const el = document.createElement(adapter.tag) as Jawda;
  for (const [name, value] of Object.entries({ ...adapter.base, ...attributes })) el.setAttribute(name, value);
  return el;
}

async function mount(el: HTMLElement): Promise<Jawda> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.append(el);
  await (el as Jawda).updateComplete;
  return el as Jawda;
}

function api(adapter: ContractAdapter, over: Record<string, unknown> = {}): FakeApi {
  return fakeApi({ [adapter.requests.A]: adapter.answers.A, [adapter.requests.B]: adapter.answers.B, ...over } as never, {
    retry: { retries: 0 },
  });
}

const shown = (adapter: ContractAdapter, el: HTMLElement, subject: 'A' | 'B') =>
  until(() => adapter.showing(el) === subject, `${adapter.tag} showing ${subject}`);
const alert = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

for (const adapter of ADAPTERS) {
  describe(`element contract: ${adapter.name ?? `<${adapter.tag}>`}`, () => {
    beforeEach(resetJawda);
    afterEach(resetJawda);

    it('constructing it touches no document, window or storage (so it can render on a server)', () => {
      const touched: string[] = [];
      const restore: (() => void)[] = [];
      const spy = (start: object, name: string) => {
        let target = start;
        while (!Object.getOwnPropertyDescriptor(target, name)) target = Object.getPrototypeOf(target);
        const descriptor = Object.getOwnPropertyDescriptor(target, name)!;
        const wrapped = { ...descriptor };
        if (descriptor.value)
          wrapped.value = function (this: unknown, ...args: unknown[]) {
            touched.push(name);
            return descriptor.value.apply(this, args);
          };
        if (descriptor.get)
          wrapped.get = function (this: unknown) {
            touched.push(name);
            return descriptor.get!.call(this);
          };
        Object.defineProperty(target, name, wrapped);
        restore.push(() => Object.defineProperty(target, name, descriptor));
      };
      for (const name of ['querySelector', 'querySelectorAll', 'getElementById', 'addEventListener']) spy(Document.prototype, name);
      for (const name of ['baseURI', 'documentElement', 'readyState']) spy(Document.prototype, name);
      for (const name of ['getItem', 'setItem']) spy(Storage.prototype, name);
      spy(window, 'matchMedia');
      try {
        const Element = customElements.get(adapter.tag)!;
        new Element();
      } finally {
        restore.forEach((undo) => undo());
      }
      expect(touched).to.deep.equal([]);
    });

    it('shows its data, and loads again when moved to another container while loading', async () => {
      const fake = api(adapter, { [adapter.requests.A]: 'hang' });
      const el = await mount(create(adapter, adapter.subjects.A));
      await until(() => fake.count(adapter.requests.A) === 1, 'the first request');
      fake.route(adapter.requests.A, adapter.answers.A);
      const elsewhere = await fixture<HTMLDivElement>(html`<section></section>`);
      elsewhere.append(el); // a move: disconnected (the request is aborted), then connected again
      await shown(adapter, el, 'A');
      expect(fake.count(adapter.requests.A)).to.equal(2);
    });

    for (const state of ['ready', 'error', 'loading'] as const) {
      it(`a change of identity while ${state} shows the new subject, never the old one`, async () => {
        const fake = api(adapter, {
          [adapter.requests.A]:
            state === 'ready'
              ? adapter.answers.A
              : state === 'error'
                ? { status: 500 }
                : { ...(adapter.answers.A as object), delayMs: 400 },
        });
        const el = await mount(create(adapter, adapter.subjects.A));
        if (state === 'ready') await shown(adapter, el, 'A');
        if (state === 'error') await until(() => alert(el).includes('The service is having a problem.'), 'the error');
        if (state === 'loading') await until(() => fake.count(adapter.requests.A) === 1, 'the first request');
        for (const [name, value] of Object.entries(adapter.subjects.B)) el.setAttribute(name, value);
        await shown(adapter, el, 'B');
        await new Promise((resolve) => setTimeout(resolve, state === 'loading' ? 500 : 50));
        expect(adapter.showing(el), 'a late answer for the old subject is not shown').to.equal('B');
      });
    }

    for (const lang of ['en', 'ar']) {
      it(`a setup mistake (${lang}) is named in the element, warned once, one ${adapter.errorEvent}, no request`, async () => {
        const fake = api(adapter);
        const attribute = adapter.mistake[0];
        const value = `${adapter.mistake[1]}-${lang}`; // each its own warning: a page warns once per distinct mistake
        const events: CustomEvent[] = [];
        document.addEventListener(adapter.errorEvent, (event) => events.push(event as CustomEvent));
        let el!: Jawda;
        const warned = await warnings(async () => {
          el = await mount(create(adapter, { ...adapter.subjects.A, [attribute]: value, lang }));
          await el.localeReady();
          el.requestUpdate();
          await el.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 50));
        });
        expect(alert(el)).to.contain(attribute).and.contain(value);
        expect(alert(el), 'plain words: no quotes, no developer phrasing').to.not.match(/["“”]|cannot be/);
        if (lang === 'ar') expect(alert(el)).to.match(/[\u0600-\u06FF]/);
        expect(fake.requests, 'nothing loads while the problem stands').to.have.length(0);
        expect(warned.filter((w) => w.includes(`${attribute} is set to ${value}`))).to.have.length(1);
        expect(events.map((e) => [e.detail.kind, e.detail.details.attribute, e.detail.details.value])).to.deep.equal([
          ['misconfigured', attribute, value],
        ]);
        expect(
          events.every((e) => e instanceof CustomEvent && e.bubbles && e.composed),
          'every Jawda event is a composed CustomEvent',
        ).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it("every event reaches the document from inside a host component's shadow root", async () => {
      api(adapter);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const heard: string[] = [];
      const names = [adapter.errorEvent, ...adapter.events.names];
      const listeners = names.map((name) => [name, () => heard.push(name)] as const);
      listeners.forEach(([name, listener]) => document.addEventListener(name, listener));
      try {
        const broken = create(adapter, { ...adapter.subjects.A, [adapter.mistake[0]]: adapter.mistake[1] });
        const el = create(adapter, adapter.subjects.A);
        root.append(broken, el);
        await shown(adapter, el as HTMLElement, 'A');
        await adapter.events.cause?.(el);
        await until(() => names.every((name) => heard.includes(name)), `${names.join(', ')} at the document`);
      } finally {
        listeners.forEach(([name, listener]) => document.removeEventListener(name, listener));
      }
    });

    it('keeps the dir an author wrote, and sets its own otherwise', async () => {
      api(adapter);
      const authored = await mount(create(adapter, { ...adapter.subjects.A, lang: 'ar', dir: 'ltr' }));
      const own = await mount(create(adapter, { ...adapter.subjects.A, lang: 'ar' }));
      await shown(adapter, authored, 'A');
      expect(authored.getAttribute('dir')).to.equal('ltr');
      expect(own.getAttribute('dir')).to.equal('rtl');
      own.setAttribute('lang', 'en');
      await own.updateComplete;
      expect(own.getAttribute('dir')).to.equal('ltr');
    });

    it('renders hostile strings from data as text: no markup, no script', async () => {
      api(adapter, adapter.hostile.answers ?? {});
      (window as { __jawdaPwned?: number }).__jawdaPwned = undefined;
      const el = await mount(create(adapter, { ...adapter.subjects.A, ...adapter.hostile.attributes }));
      await until(() => el.shadowRoot!.textContent!.includes('<script>') || adapter.showing(el) === 'A', 'the data');
      await adapter.hostile.show?.(el);
      await until(() => el.shadowRoot!.textContent!.includes(HOSTILE), 'the hostile text, as text');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.shadowRoot!.querySelector('script, img[onerror], img[src="x"]')).to.equal(null);
      expect((window as { __jawdaPwned?: number }).__jawdaPwned).to.equal(undefined);
    });

    it('several instances on one page, in both languages, pass axe (landmark names unique)', async () => {
      api(adapter);
      const box = await fixture<HTMLDivElement>(html`<main></main>`);
      const instances = [
        create(adapter, adapter.subjects.A),
        create(adapter, { ...adapter.subjects.A, lang: 'ar' }),
        create(adapter, adapter.subjects.B),
      ];
      box.append(...instances);
      for (const [i, el] of instances.entries()) await shown(adapter, el, i === 2 ? 'B' : 'A');
      await Promise.all(instances.map((el) => (el as Jawda).localeReady()));
      await expect(box).to.be.accessible();
    });

    if (adapter.inline) {
      const inline = adapter.inline;
      const withJson = (payload: unknown) => {
        const el = create(adapter, {});
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(payload);
        el.append(script);
        return el;
      };

      it('inline JSON: shown without any request', async () => {
        const fake = api(adapter);
        const el = await mount(withJson(inline.valid));
        await shown(adapter, el, 'A');
        expect(fake.requests).to.have.length(0);
      });

      it(`inline JSON that is not valid: the field named, one ${adapter.errorEvent}, no request`, async () => {
        const fake = api(adapter);
        const events: CustomEvent[] = [];
        const el = withJson(inline.invalid);
        el.addEventListener(adapter.errorEvent, (event) => events.push(event as CustomEvent));
        await mount(el);
        await until(() => alert(el).includes(inline.field), 'the field in the message');
        expect(fake.requests).to.have.length(0);
        expect(events.map((e) => e.detail.kind)).to.deep.equal(['invalid-response']);
        await expect(el).to.be.accessible();
      });
    }
  });
}
