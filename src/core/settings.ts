/**
 * An element's settings, locale and direction, kept current: resolved on connection (never at
 * construction: constructing an element touches no `document` or `window`, so the same classes
 * render on a server), again after every `configure()`, every `lang` change anywhere on the page and
 * every change of the element's own `api-base`, `numerals` or `calendar`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { onConfigure, resolveConfig, type Calendar, type Locale, type Numerals, type ResolvedConfig } from './config.js';
import { catalogueReady, loadCatalogue, type Words } from './i18n/catalogues.js';
import { formats, type Formats } from './i18n/format.js';
import { directionOf, resolveLocale } from './i18n/locale.js';

/** The element's own settings (its attributes), which win over `configure()` and `<meta>`. */
export interface SettingsHost extends ReactiveElement {
  apiBase?: string;
  numerals?: Numerals;
  calendar?: Calendar;
}

const connected = new Set<ElementSettings>();
let langObserver: MutationObserver | undefined;

function refreshAll(): void {
  connected.forEach((settings) => settings.refresh());
}

/** Watches `lang` anywhere in the document, so switching the page's language re-renders every element. */
function watchLanguage(): void {
  if (langObserver) return;
  langObserver = new MutationObserver(refreshAll);
  langObserver.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  onConfigure(refreshAll);
}

/**
 * Settings in their order of precedence (the element's attributes, `configure()`, `<meta>`; see
 * config.ts), the locale (the element's `lang`, else the closest ancestor's, see i18n/locale.ts)
 * with its catalogue, and the direction written on the host: a `dir` the author wrote is kept.
 */
export class ElementSettings implements ReactiveController {
  /** The locale the element renders in. */
  locale: Locale = 'en';
  #resolved?: ResolvedConfig;
  /** The `dir` this controller wrote itself; any other value is the author's, and stays. */
  #ownDir?: string;

  /**
   * @param words The element's own parts of the catalogue, loaded with the shared words (`JawdaElement.words()`);
   * it takes the element, so that one function serves every element of a class.
   */
  constructor(
    private readonly host: SettingsHost,
    private readonly words: (host: SettingsHost) => readonly Words[] = () => [],
  ) {
    host.addController(this);
  }

  /** The settings after precedence (resolved on first use, then on every change). */
  get config(): ResolvedConfig {
    return this.#resolved ?? this.resolve();
  }

  /** Formatters for the locale, numerals and calendar (cached, shared by every element alike). */
  get format(): Formats {
    return formats(this.locale, this.config.numerals, this.config.calendar);
  }

  /** Resolves the settings again (the element's own `api-base`, `numerals` or `calendar` changed). */
  resolve(): ResolvedConfig {
    const { apiBase, numerals, calendar } = this.host;
    return (this.#resolved = resolveConfig({ apiBase, numerals, calendar }));
  }

  hostConnected(): void {
    connected.add(this);
    watchLanguage();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Reads locale, direction and settings again, and renders with them (its catalogue once loaded). */
  refresh(): void {
    const { host } = this;
    const locale = (this.locale = resolveLocale(host));
    this.resolve();
    const dir = host.getAttribute('dir');
    if (dir === null || dir === this.#ownDir) {
      this.#ownDir = directionOf(locale);
      if (dir !== this.#ownDir) host.setAttribute('dir', this.#ownDir);
    }
    host.requestUpdate();
    const words = this.words(host);
    if (!catalogueReady(locale, words)) loadCatalogue(locale, words).then(() => host.requestUpdate());
  }
}
