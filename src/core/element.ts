import { LitElement, isServer, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { loadContract } from './contract-check.js';
import { warnIfFalse } from './attributes.js';
import type { Calendar, Locale, Numerals, ResolvedConfig } from './config.js';
import { serverRuns } from './data-in-page.js';
import type { JawdaError } from './errors.js';
import { inLocale, loadCatalogue, type Words } from './i18n/catalogues.js';
import type { Formats } from './i18n/format.js';
import { directionOf, supportedLocale } from './i18n/locale.js';
import { msg } from './i18n/msg.js';
import { Hydration, type HydrationOptions } from './hydration.js';
import { inlineJsonText, serverData } from './inline-data.js';
import { loadFailureWords, type ConfigurationProblem } from './messages.js';
import type { ServerContext } from './server-context.js';
import { ElementSettings, type SettingsHost } from './settings.js';
import { SetupProblems, type SetupProblemsOptions } from './setup-problems.js';
import { warnOnce } from './warn.js';

export { warnOnce };

/**
 * The element contract: what every Jawda element promises the page it lives in, written once. An
 * element declares its attributes, its setup `problems()`, its data (a `DataController`) and its
 * `view()`; the base wires three controllers, each in its own module:
 *
 * - `settings` (settings.ts): own attributes, then `configure()`, then `<meta>`; the locale and
 *   direction, re-resolved when any `lang` on the page changes; formatters for both;
 * - `setup` (setup-problems.ts): the first setup problem is shown in the reader's language naming
 *   attribute and value, warned once in English, reported by one error event; nothing loads while
 *   it stands;
 * - hydration (hydration.ts): a server-rendered shadow root is taken over, not rendered twice;
 *
 * and what only a LitElement override can do: `msg()` answering in the element's own locale during
 * its update, and the render of a problem instead of the view.
 *
 * @attr {'card'} surface - `card`: the element's own card (surface colour, border, radius, padding). Without it the element is transparent on the page.
 */
export abstract class JawdaElement extends LitElement {
  // Reactive properties are declared here (documented on their fields below), not by decorators:
  // the decorators' helper and Lit's decorator module cost every first load about 0.2 kB gzip.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    numerals: {},
    calendar: {},
    theme: { reflect: true },
  };

  /** Base URL of the portal's API. Overrides `configure({ apiBase })` and `<meta name="jawda:api-base">`. */
  apiBase?: string;

  /** Digits: `latn` (0123) or `arab` (٠١٢٣). Default: `arab` in Arabic, `latn` in English. */
  numerals?: Numerals;

  /** Calendar for dates: `gregory` (default) or `islamic-umalqura` (Hijri). */
  calendar?: Calendar;

  /** `light` or `dark`; without it the element follows the page's `color-scheme` (a page that declares `color-scheme: light dark` follows the system). */
  theme?: 'light' | 'dark';

  /** @internal On a server: what the renderer (`jawda/ssr`) hands the element (see server-context.ts). */
  serverContext?: ServerContext;

  // The controllers' hooks take the element: one set serves every element (closures made for each
  // instance cost a page of 1000 ratings ~0.5 MiB of heap, with the rating's own).
  static readonly #setupHooks: SetupProblemsOptions<JawdaElement> = {
    problems: (el) => el.problems(),
    heading: (el) => el.problemHeading(),
    event: (el, error) => el.errorEvent(error),
  };
  static readonly #hydrationHooks: HydrationOptions<JawdaElement> = {
    needs: (el) => el.hydrationNeeds(),
    hydratable: (el, root) => el.hydratable(root),
  };
  static readonly #wordsOf = (el: SettingsHost): readonly Words[] => (el as JawdaElement).words();

  /** Settings, locale and direction. */
  protected readonly settings = new ElementSettings(this, JawdaElement.#wordsOf);

  /** Setup problems: the one that stands is shown, warned and reported, and blocks loading. */
  protected readonly setup = new SetupProblems<JawdaElement>(this, JawdaElement.#setupHooks);

  /** A server-rendered shadow root, taken over (made only for one: the others need none). */
  #hydration?: Hydration<JawdaElement>;

  /** The locale the element renders in (resolved, see `i18n/locale.ts`). */
  protected get locale(): Locale {
    return this.settings.locale;
  }

  /** The element's settings after precedence (resolved on first use, then on every change). */
  protected get config(): ResolvedConfig {
    return this.settings.config;
  }

  /** Formatters for the element's locale, numerals and calendar. */
  protected get format(): Formats {
    return this.settings.format;
  }

  /** The setup problem that stands now, if any. */
  protected get problem(): ConfigurationProblem | undefined {
    return this.setup.problem;
  }

  /** @internal True while a setup problem stands: the data controllers load nothing. */
  get setupBlocked(): boolean {
    return this.setup.problem !== undefined;
  }

  /* ------------------------------------------------------------ what an element declares */

  /** The element's setup problems, from its attributes, in order of importance; the first one stands. */
  protected problems(): (ConfigurationProblem | undefined)[] {
    return [];
  }

  /** The element's own parts of the catalogue (`i18n/catalogues.ts`), loaded with the shared words before it renders in a locale. */
  protected words(): readonly Words[] {
    return [];
  }

  /** The heading of a setup problem's notice: what cannot be shown ("This rating can't be shown"). */
  protected problemHeading(): string {
    return msg("This can't be shown");
  }

  /** The setup problem, said to the content editor in the reader's language, where the element would be. */
  protected problemView(problem: ConfigurationProblem): TemplateResult | undefined {
    return this.setup.view(problem, this.format);
  }

  /** The element's own error event (`rating-error`, `scorecard-error`, `certification-error`). */
  protected abstract errorEvent(error: JawdaError): Event;

  /** What the element shows while no setup problem stands. */
  protected abstract view(): unknown;

  /**
   * What the first render needs so that it shows the same as the server-rendered shadow root it
   * takes over: the catalogue of its locale and, with data in the page, the contract that validates
   * it without waiting. Elements add their own (the ranking's module); undefined: nothing to wait for.
   */
  protected hydrationNeeds(): (Promise<unknown> | undefined)[] {
    const data = inlineJsonText(this) !== undefined || serverData(this) !== undefined;
    const problem = this.problems().some((problem) => problem);
    return [loadCatalogue(this.locale, this.words()), data ? loadContract() : undefined, problem ? loadFailureWords() : undefined];
  }

  /** Whether server-rendered markup is this element's own template (the rating's form without script is not). */
  protected hydratable(_root: ShadowRoot): boolean {
    return true;
  }

  /** Runs `fn` with `msg()` in this element's locale (for text built outside render). */
  protected localized<T>(fn: () => T): T {
    return inLocale(this.locale, fn);
  }

  /**
   * `updateComplete` also waits for a setup problem's words, so that the problem is what renders.
   * No async step otherwise: nothing more for each of a page's elements.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return super.getUpdateComplete().then((done) => this.setup.wait()?.then(() => super.getUpdateComplete()) ?? done);
  }

  /** Resolves when the element's catalogue is loaded and it has rendered with it. */
  async localeReady(): Promise<void> {
    await loadCatalogue(this.locale, this.words());
    await this.updateComplete;
  }

  /* ------------------------------------------------------------ LitElement */

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    warnIfFalse(this, name, value);
    if (name === 'lang' && this.isConnected) this.settings.refresh();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root?.firstChild) return super.createRenderRoot();
    this.#hydration = new Hydration<JawdaElement>(this, JawdaElement.#hydrationHooks, root);
    return root;
  }

  /** A server-rendered element waits for what its first render needs, instead of rendering twice. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#hydration?.ready()?.then(() => super.scheduleUpdate()) ?? super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Server rendering (`jawda/ssr`) constructs the element, sets its attributes and calls only
    // `willUpdate` and `render`: there is no page to read a locale from and no `connectedCallback`.
    // The locale is the element's own `lang` (with its direction), else the page's (the renderer's),
    // and the data controllers run here, so data given to the renderer is shown in the one render.
    // (Inline, not a method: `isServer` is a constant false in the browser build, so none of it ships there.)
    if (isServer) {
      const own = supportedLocale(this.getAttribute('lang'));
      this.settings.locale = own ?? this.serverContext?.locale ?? 'en';
      this.settings.resolve();
      if (own && !this.hasAttribute('dir')) this.setAttribute('dir', directionOf(own));
      serverRuns(this).forEach((data) => data.hostUpdate?.());
    } else if (this.hasUpdated && (changed.has('apiBase') || changed.has('numerals') || changed.has('calendar'))) this.settings.refresh();
    this.setup.check();
  }

  // msg() calls in willUpdate, render and updated answer in this element's locale.
  protected override performUpdate(): void {
    inLocale(this.locale, () => super.performUpdate());
  }

  protected override update(changed: PropertyValues): void {
    this.#hydration?.update(() => this.render());
    super.update(changed);
  }

  // In the element's locale: in the browser performUpdate sees to it; on a server render() is called on its own.
  override render(): unknown {
    const view = () => (this.problem ? this.problemView(this.problem) : this.view());
    return isServer ? inLocale(this.locale, view) : view();
  }
}
