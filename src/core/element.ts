import { LitElement, adoptStyles, isServer, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { serverRuns } from './data.js';
import { onConfigure, resolveConfig, type Calendar, type Locale, type Numerals, type ResolvedConfig } from './config.js';
import { JawdaError } from './errors.js';
import { catalogueReady, inLocale, loadCatalogue } from './i18n/catalogues.js';
import { formats, type Formats } from './i18n/format.js';
import { directionOf, resolveLocale, supportedLocale } from './i18n/locale.js';
import { loadContract } from './api.js';
import { inlineJsonText, serverData } from './inline-data.js';
import { deliverQueuedSubmissionsLater } from './outbox-trigger.js';
import { configurationText, type ConfigurationProblem } from './messages.js';
import { notice } from './notice.js';
import { warnOnce } from './warn.js';
import { msg } from './i18n/msg.js';
import type { ServerContext } from './server-context.js';

const connected = new Set<JawdaElement>();
let langObserver: MutationObserver | undefined;

function refreshAll(): void {
  connected.forEach((element) => element.refreshContext());
}

/** Watches `lang` anywhere in the document, so switching the page's language re-renders every element. */
function watchLanguage(): void {
  if (langObserver) return;
  langObserver = new MutationObserver(refreshAll);
  langObserver.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  onConfigure(refreshAll);
}

export { warnOnce };

const problemKey = (problem: ConfigurationProblem | undefined) => problem && `${problem.attribute}|${problem.reason}|${problem.value}`;

/**
 * The element contract: what every Jawda element promises the page it lives in, written once. An
 * element declares its attributes, its setup `problems()`, its data (a `DataController`) and its
 * `view()`; the base does the rest:
 *
 * - settings: own attributes, then `configure()`, then `<meta>`, resolved on connection (never at
 *   construction: constructing an element touches no `document` or `window`, so the same classes
 *   render on a server);
 * - locale and direction, re-resolved when any `lang` on the page changes; a `dir` the author
 *   wrote is kept;
 * - setup problems: the first one is shown in the reader's language naming attribute and value,
 *   warned once in English, reported by one error event, and nothing loads while it stands;
 * - cached formatters, and `msg()` answering in the element's own locale during its update.
 *
 * @attr {'card'} surface - `card`: the element's own card (surface colour, border, radius, padding). Without it the element is transparent on the page.
 */
export abstract class JawdaElement extends LitElement {
  // Reactive properties are declared here (documented on their fields below), not by decorators:
  // the decorators' helper and Lit's decorator module cost every first load about 0.2 kB gzip.
  // A state is `attribute: false` besides `state: true` for the manifest's analyzer (Lit implies it).
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    numerals: {},
    calendar: {},
    theme: { reflect: true },
    locale: { state: true, attribute: false },
  };

  /** Base URL of the portal's API. Overrides `configure({ apiBase })` and `<meta name="jawda:api-base">`. */
  apiBase?: string;

  /** Digits: `latn` (0123) or `arab` (٠١٢٣). Default: `arab` in Arabic, `latn` in English. */
  numerals?: Numerals;

  /** Calendar for dates: `gregory` (default) or `islamic-umalqura` (Hijri). */
  calendar?: Calendar;

  /** `light` or `dark`; without it the element follows the page's `color-scheme` (a page that declares `color-scheme: light dark` follows the system). */
  theme?: 'light' | 'dark';

  /** The locale the element renders in (resolved, see `i18n/locale.ts`). */
  protected locale: Locale = 'en';

  /** @internal On a server: what the renderer (`jawda/ssr`) hands the element (see core/server-context.ts). */
  serverContext?: ServerContext;

  /** The setup problem that stands now, if any. */
  protected problem?: ConfigurationProblem;

  private settings?: ResolvedConfig;
  private reportedProblem?: string;
  /** The `dir` this element wrote itself; any other value is the author's, and stays. */
  private ownDir?: string;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The element's settings after precedence (resolved on first use, then on every change). */
  protected get config(): ResolvedConfig {
    return (this.settings ??= this.resolveSettings());
  }

  /** @internal True while a setup problem stands: the data controller loads nothing. */
  get setupBlocked(): boolean {
    return this.problem !== undefined;
  }

  /** The element's setup problems, from its attributes, in order of importance; the first one stands. */
  protected problems(): (ConfigurationProblem | undefined)[] {
    return [];
  }

  /** The element's own error event (`rating-error`, `scorecard-error`, `certification-error`). */
  protected abstract errorEvent(error: JawdaError): Event;

  /** What the element shows while no setup problem stands. */
  protected abstract view(): unknown;

  // In the element's locale: in the browser performUpdate sees to it; on a server render() is called on its own.
  override render(): unknown {
    const view = () => (this.problem ? this.problemView(this.problem) : this.view());
    return isServer ? inLocale(this.locale, view) : view();
  }

  /** The heading of a setup problem's notice: what cannot be shown ("This rating can't be shown"). */
  protected problemHeading(): string {
    return msg("This can't be shown");
  }

  /** The setup problem, said to the content editor in the reader's language, where the element would be. */
  protected problemView(problem: ConfigurationProblem): TemplateResult {
    return notice('warning', this.problemHeading(), configurationText(problem, this.format));
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Vue's :show-summary="false" and Angular's [attr.show-summary]="false" write the text "false": the attribute is there, so it is on.
    if (
      value === 'false' &&
      [...(this.constructor as typeof LitElement).elementProperties].some(
        ([key, options]) => options.type === Boolean && (options.attribute ?? String(key).toLowerCase()) === name,
      )
    ) {
      warnOnce(`<${this.localName} ${name}="false"> is on, as any boolean attribute present is: leave it out to turn it off.`);
    }
    if (name === 'lang' && this.isConnected) this.refreshContext();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchLanguage();
    this.refreshContext();
    deliverQueuedSubmissionsLater(); // ratings queued on earlier pages go out from any element
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** Formatters for the element's locale, numerals and calendar. */
  protected get format(): Formats {
    return formats(this.locale, this.config.numerals, this.config.calendar);
  }

  /** @internal Re-reads locale and settings; called on connection, `configure()` and any `lang` change. */
  refreshContext(): void {
    const locale = resolveLocale(this);
    this.settings = this.resolveSettings();
    const dir = this.getAttribute('dir');
    if (dir === null || dir === this.ownDir) {
      this.ownDir = directionOf(locale);
      if (dir !== this.ownDir) this.setAttribute('dir', this.ownDir);
    }
    if (this.locale !== locale) this.locale = locale;
    else this.requestUpdate();
    if (!catalogueReady(locale)) loadCatalogue(locale).then(() => this.requestUpdate());
  }

  /**
   * What the first render needs so that it shows the same as the server-rendered shadow root it
   * takes over (hydration): the catalogue of its locale and, with data in the page, the contract
   * that validates it without waiting. Elements add their own (the ranking's module).
   */
  protected hydrationNeeds(): Promise<unknown>[] {
    const data = inlineJsonText(this) !== undefined || serverData(this) !== undefined;
    return [loadCatalogue(this.locale), data ? loadContract() : Promise.resolve()];
  }

  /** The shadow root held server-rendered markup: the first render waits for what it needs to show the same. */
  private serverRendered = false;

  /**
   * A server-rendered shadow root (declarative shadow DOM) is taken over (hydrated) when Lit's
   * hydration support is on the page (`jawda.hydrate.min.js`, `jawda/hydrate`) and the markup is
   * this element's template (`hydratable`). Otherwise the element renders afresh in its place, in
   * the same task, never beside it (`jawda.min.js` on a server-rendered page; the rating's form
   * without script).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root?.firstChild) return super.createRenderRoot();
    this.serverRendered = true;
    // Hydration support patches this copy's LitElement (it adds `defer-hydration`), not just any Lit on the page.
    if ((this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration') && this.hydratable(root))
      return super.createRenderRoot();
    // Cleared at the first render (after the wait below), so the page shows the server's markup until then.
    this.renderOptions.renderBefore = null;
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    this.replacing = true;
    return root;
  }

  /** The server's markup is not taken over: the first render replaces it. */
  private replacing = false;

  protected override update(changed: PropertyValues): void {
    if (this.replacing) {
      this.replacing = false;
      this.shadowRoot!.replaceChildren();
    }
    super.update(changed);
  }

  /** Whether server-rendered markup is this element's own template (the rating's form without script is not). */
  protected hydratable(_root: ShadowRoot): boolean {
    return true;
  }

  /** A server-rendered element waits for what its first render needs, instead of rendering twice. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.serverRendered || this.hasUpdated) return super.scheduleUpdate();
    // A need that fails to load fails later, visibly, in the element's own way; it never stops the update.
    return Promise.all(this.hydrationNeeds().map((need) => need.catch(() => undefined))).then(() => super.scheduleUpdate());
  }

  private resolveSettings(): ResolvedConfig {
    return resolveConfig({ apiBase: this.apiBase, numerals: this.numerals, calendar: this.calendar });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Server rendering (`jawda/ssr`) constructs the element, sets its attributes and calls only
    // `willUpdate` and `render`: there is no page to read a locale from and no `connectedCallback`.
    // The locale is the element's own `lang`, else the page's (the renderer's `locale`), and the
    // controllers run here, so data given to the renderer is shown in the same, only, render.
    // (Inline, not a method: `isServer` is a constant false in the browser build, so none of it ships there.)
    if (isServer) {
      const own = supportedLocale(this.getAttribute('lang'));
      this.locale = own ?? this.serverContext?.locale ?? 'en';
      this.settings = this.resolveSettings();
      // An element with its own `lang` gets its direction too; one without follows the page it is rendered into.
      if (own && !this.hasAttribute('dir')) this.setAttribute('dir', directionOf(own));
      serverRuns(this).forEach((data) => data.hostUpdate?.());
    }
    if ((changed.has('apiBase') || changed.has('numerals') || changed.has('calendar')) && this.hasUpdated) this.refreshContext();
    this.problem = this.problems().find((problem) => problem !== undefined);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const key = problemKey(this.problem);
    if (key === this.reportedProblem) return;
    this.reportedProblem = key;
    if (!this.problem) return;
    const { attribute, value } = this.problem;
    const english = inLocale('en', () => `${this.problemHeading()}: ${configurationText(this.problem!)}`);
    warnOnce(`<${this.localName}>: ${english}`);
    this.dispatchEvent(this.errorEvent(new JawdaError('misconfigured', english, { attribute, value })));
  }

  // msg() calls in willUpdate, render and updated answer in this element's locale.
  protected override performUpdate(): void {
    inLocale(this.locale, () => super.performUpdate());
  }

  /** Runs `fn` with `msg()` in this element's locale (for text built outside render). */
  protected localized<T>(fn: () => T): T {
    return inLocale(this.locale, fn);
  }

  /** Resolves when the element's catalogue is loaded and it has rendered with it. */
  async localeReady(): Promise<void> {
    await loadCatalogue(this.locale);
    await this.updateComplete;
  }
}
