/**
 * @lit/localize's catalogues, with one twist: each element renders in its own locale. The
 * extracted `msg()` calls and the compiled catalogues are lit-localize's; the lookup (Jawda's own
 * `msg()` in ./msg.ts) reads the catalogue of the element being rendered (set around its update),
 * so an English element can sit in an Arabic page and both are right. The Arabic catalogue is a
 * chunk loaded on first use.
 *
 * All of this state is private to Jawda: nothing here installs or reads @lit/localize's global
 * `msg` or configures lit-localize, so a portal that uses @lit/localize itself keeps its own
 * configuration, whether it configures before or after Jawda is imported.
 */
import type { LocaleModule } from '@lit/localize/internal/types.js';
import type { Locale } from '../config.js';

type Templates = LocaleModule['templates'];

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>> = {
  ar: () => import('../../generated/locales/ar.js'),
};

const catalogues: Partial<Record<Locale, Templates>> = {};
const loading: Partial<Record<Locale, Promise<void>>> = {};
let rendering: Locale = 'en';

/** The catalogue `msg()` answers from now: the rendering locale's (undefined for English, the source). */
export function renderingTemplates(): Templates | undefined {
  return catalogues[rendering];
}

/** Runs `fn` (a render) with `msg()` answering in `locale`. */
export function inLocale<T>(locale: Locale, fn: () => T): T {
  const previous = rendering;
  rendering = locale;
  try {
    return fn();
  } finally {
    rendering = previous;
  }
}

/** True when `msg()` can answer in `locale` without waiting. */
export function catalogueReady(locale: Locale): boolean {
  return locale === 'en' || catalogues[locale] !== undefined;
}

/** Loads `locale`'s catalogue once; resolves when it is usable (English while it fails to load). */
export function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === 'en') return Promise.resolve();
  return (loading[locale] ??= loaders[locale]().then(
    (module) => {
      catalogues[locale] = module.templates;
    },
    (error: unknown) => {
      delete loading[locale];
      console.warn(`[jawda] The ${locale} catalogue could not be loaded; showing English.`, error);
    },
  ));
}
