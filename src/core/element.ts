import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { onConfigure, resolveConfig, type Calendar, type Locale, type Numerals, type ResolvedConfig } from './config.js';
import { catalogueReady, inLocale, loadCatalogue } from './i18n/catalogues.js';
import { formats, type Formats } from './i18n/format.js';
import { directionOf, resolveLocale } from './i18n/locale.js';
import { deliverQueuedSubmissionsLater } from './outbox-trigger.js';
import { configurationText, type ConfigurationProblem } from './messages.js';

const connected = new Set<JawdaElement>();
let langObserver: MutationObserver | undefined;
const warned = new Set<string>();

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

/** One console warning per distinct problem per page, however many elements share it. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[jawda] ${message}`);
}

/**
 * What every Jawda element shares: its settings (own attributes, then `configure()`, then `<meta>`),
 * its locale and direction (re-resolved when the page's language changes), cached formatters, a
 * lifetime signal that aborts its requests when it leaves the page, and rendering in its own locale.
 */
export abstract class JawdaElement extends LitElement {
  /** Base URL of the portal's API. Overrides `configure({ apiBase })` and `<meta name="jawda:api-base">`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Digits: `latn` (0123) or `arab` (٠١٢٣). Default: `arab` in Arabic, `latn` in English. */
  @property() numerals?: Numerals;

  /** Calendar for dates: `gregory` (default) or `islamic-umalqura` (Hijri). */
  @property() calendar?: Calendar;

  /** `light` or `dark`; without it the element follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The locale the element renders in (resolved, see `i18n/locale.ts`). */
  @state() protected locale: Locale = 'en';

  /** The element's settings after precedence. */
  protected config: ResolvedConfig = resolveConfig({});

  /** Aborted when the element leaves the page. */
  private lifetime = new AbortController();

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.refreshContext();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.lifetime.signal.aborted) this.lifetime = new AbortController();
    connected.add(this);
    watchLanguage();
    this.refreshContext();
    deliverQueuedSubmissionsLater(); // ratings queued on earlier pages go out from any element
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.lifetime.abort();
  }

  /** Aborts with the element's removal from the page; pass it to every request. */
  protected get signal(): AbortSignal {
    return this.lifetime.signal;
  }

  /** Formatters for the element's locale, numerals and calendar. */
  protected get format(): Formats {
    return formats(this.locale, this.config.numerals, this.config.calendar);
  }

  /** Re-reads locale and settings; called on connection, `configure()` and any `lang` change. */
  refreshContext(): void {
    const locale = resolveLocale(this);
    const config = resolveConfig({ apiBase: this.apiBase, numerals: this.numerals, calendar: this.calendar });
    const settingsChanged = config.apiBase?.href !== this.config.apiBase?.href;
    this.config = config;
    this.dir = directionOf(locale);
    if (this.locale !== locale) this.locale = locale;
    else this.requestUpdate();
    if (!catalogueReady(locale)) loadCatalogue(locale).then(() => this.requestUpdate());
    if (settingsChanged) this.settingsChanged();
  }

  /** Called when the API base changed: elements that load data load again. */
  protected settingsChanged(): void {}

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('apiBase') || changed.has('numerals') || changed.has('calendar')) {
      if (this.isConnected && this.hasUpdated) this.refreshContext();
    }
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

  /** The configuration problem of the API base, if any: warned once, returned for display. */
  protected apiBaseProblem(): ConfigurationProblem | undefined {
    const problem = this.config.apiBaseProblem;
    if (!problem) return undefined;
    this.warnConfiguration(problem);
    return problem;
  }

  /** Warns once (in English, for developers) about a configuration problem shown in the element. */
  protected warnConfiguration(problem: ConfigurationProblem): void {
    warnOnce(`<${this.localName}>: ${inLocale('en', () => configurationText(problem))}`);
  }
}
