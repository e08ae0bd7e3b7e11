import type { CSSResult, ReactiveElement } from 'lit';

/**
 * A lazy chunk, imported once per page however many elements ask for it (a thousand ratings share
 * one import); a failed import (offline) is forgotten, so that the next use tries again.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let chunk: Promise<T> | undefined;
  return () =>
    (chunk ??= load().catch((error: unknown) => {
      chunk = undefined;
      throw error;
    }));
}

/**
 * What one element makes of a lazy chunk (a controller, a module of views): asked for on first use
 * and again after a failure; `value` once it is there, `loading` while it comes (for `updateComplete`).
 */
export class LazyPart<M, T, H = undefined> {
  value?: T;
  loading?: Promise<void>;

  /**
   * @param make Makes the part of `host`: given the element, one function serves every element of
   * a class (a closure made for each instance costs each element heap, with or without the part).
   */
  constructor(
    private readonly chunk: () => Promise<M>,
    private readonly make: (module: M, host: H) => T,
    private readonly host?: H,
  ) {}

  /** Asks for the part (once, and again after a failure); returns it when it is there. */
  load(): T | undefined {
    this.loading ??= this.chunk().then(
      (module) => {
        this.value = this.make(module, this.host!);
      },
      () => (this.loading = undefined), // offline: tried again at the next use
    );
    return this.value;
  }
}

/**
 * A lazy chunk of views (templates, words and their `styles`) that the elements of a page share:
 * imported once, and there at once for every render after that; a server renderer, or a page taking
 * server-rendered markup over, loads it ahead of the first render. An import that fails (offline)
 * is the failure of each element that asked: it shows it (`failed`) until it asks again
 * (`retry`, its Try again button), or until the browser is back online, when every one does.
 * (Only types from lit here: a runtime import would make the bundler split lit's neighbours into a
 * chunk of their own, one more file in every first load.)
 */
export class LazyModule<M extends { styles: CSSResult }> {
  module?: M;
  readonly load: () => Promise<M>;
  readonly #waiting = new WeakMap<ReactiveElement, Promise<unknown>>();
  /** The elements that met a failed import (each shows the failure), until they ask again (`retry`). */
  readonly failed = new Set<ReactiveElement>();

  constructor(importer: () => Promise<M>) {
    this.load = lazy(() => importer().then((module) => (this.module = module)));
  }

  /**
   * The module for `host`'s render now, its styles added once to `host`'s shadow root (a server's
   * element has none); undefined while it loads, and `host` renders again when it has come, or
   * when it has failed (then undefined, and `host` in `failed`, until `retry`).
   */
  use(host: ReactiveElement): M | undefined {
    const module = this.module;
    const root = host.shadowRoot;
    const sheet = module?.styles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (!module && !this.#waiting.has(host) && !this.failed.has(host)) {
      const arrival = this.load().then(
        () => host.requestUpdate(),
        () => {
          // Asked again by its own render, an element offline would ask at every render it makes.
          if (!this.failed.size)
            globalThis.addEventListener?.('online', () => this.failed.forEach((each) => this.retry(each)), { once: true });
          this.failed.add(host);
          host.requestUpdate();
        },
      );
      this.#waiting.set(
        host,
        arrival.finally(() => this.#waiting.delete(host)),
      );
    }
    return module;
  }

  /** Asks again for `host` (its Try again; every element that met the failure, back online). */
  retry(host: ReactiveElement): void {
    this.failed.delete(host);
    host.requestUpdate();
  }

  /** While `host` waits for the module: settles once it has come and `host` is asked to render with it (for `updateComplete`). */
  arrival(host: ReactiveElement): Promise<unknown> | undefined {
    return this.#waiting.get(host);
  }
}
