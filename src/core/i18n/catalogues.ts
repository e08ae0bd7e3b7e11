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
import type { Locale } from '../config.js';

/** A locale's chunk (./ar.ts): its compiled templates and lit-localize's lookup that reads them. */
export type Catalogue = typeof import('./ar.js');

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  ar: () => import('./ar.js'),
};

const catalogues: Partial<Record<Locale, Catalogue>> = {};
const loading: Partial<Record<Locale, Promise<void>>> = {};
let rendering: Locale = 'en';

/** The catalogue `msg()` answers from now: the rendering locale's (undefined for English, the source). */
export function renderingCatalogue(): Catalogue | undefined {
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
      catalogues[locale] = module;
    },
    (error: unknown) => {
      delete loading[locale];
      console.warn(`[jawda] The ${locale} catalogue could not be loaded; showing English.`, error);
    },
  ));
}
