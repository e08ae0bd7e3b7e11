/**
 * A shadow root a server rendered (declarative shadow DOM, `jawda/ssr`). An element whose shadow
 * root already holds markup waits, before its first render, for what that render needs to show
 * the same (its catalogue, the contract that validates the data in the page, the element's own
 * modules). Then, where this copy of Jawda can take markup over (`jawda/hydrate`,
 * `jawda.hydrate.min.js`: they register the code for it, see take-over.ts), its first render takes
 * the markup over (hydration: the nodes stay, no second request, no flash); otherwise, and when the
 * markup is not the element's own template (the rating's form without script) or cannot be taken
 * over (another version's), it renders afresh in its place, in the same task.
 */
import { adoptStyles, type LitElement } from 'lit';

type TakeOver = typeof import('./take-over.js').takeOver;

/** The code that takes markup over, where a hydrating entry registered it (none: markup is rendered afresh). */
let takeOverCode: (() => Promise<TakeOver>) | undefined;

/**
 * Lets this copy of Jawda take server-rendered markup over, with the code `load` brings (a lazy
 * chunk: a page with no server-rendered markup never fetches it). Called by the hydrating entries,
 * before any element's first update: the explicit signal, instead of guessing whether some Lit on
 * the page was patched.
 */
export function registerTakeOver(load: () => Promise<TakeOver>): void {
  takeOverCode = load;
}

/** What the controller asks its element (the hooks take it: one set serves every element of a class). */
export interface HydrationOptions<H> {
  /** What the first render needs to show the same as the server's markup (each failure is the element's to show later). */
  needs: (host: H) => readonly (Promise<unknown> | undefined)[];
  /** Whether the markup is the element's own template, to take over; otherwise it is replaced. */
  hydratable: (host: H, root: ShadowRoot) => boolean;
}

/** Made by `createRenderRoot` for a shadow root that holds a server's markup (the element renders into it). */
export class Hydration<H extends LitElement> {
  #takeOver?: TakeOver;

  /** @param root The server-rendered shadow root, until the first render has taken it over. */
  constructor(
    private readonly host: H,
    private readonly options: HydrationOptions<H>,
    private root?: ShadowRoot,
  ) {}

  /** For `scheduleUpdate`: what the first render of server-rendered markup waits for (undefined: nothing). */
  ready(): Promise<unknown> | undefined {
    if (!this.root || this.host.hasUpdated) return undefined;
    const code = takeOverCode?.().then((takeOver) => (this.#takeOver = takeOver));
    // A need that fails to load fails later, visibly, in the element's own way; it never stops the update.
    return Promise.all([code, ...this.options.needs(this.host)].map((need) => need?.catch(() => undefined)));
  }

  /**
   * For `update`, before Lit renders: the server's markup becomes this render's DOM, so that Lit's
   * render finds it in place and changes nothing; or it is cleared, for Lit to render afresh.
   */
  update(render: () => unknown): void {
    const { root } = this;
    if (!root) return;
    this.root = undefined;
    if (this.#takeOver && this.options.hydratable(this.host, root) && this.#takeOver(root, render(), this.host.renderOptions)) return;
    // The server's <style> goes with its markup: the element's own styles are adopted instead.
    root.replaceChildren();
    adoptStyles(root, (this.host.constructor as typeof LitElement).elementStyles);
  }
}
