/**
 * @lit/localize's catalogues, with two twists: each element renders in its own locale, and a
 * locale's catalogue comes in parts, so a page loads the words of the elements it has. The
 * extracted `msg()` calls and the compiled templates are lit-localize's; the lookup (Jawda's own
 * `msg()` in ./msg.ts) reads the catalogue of the element being rendered (set around its update),
 * so an English element can sit in an Arabic page and both are right.
 *
 * The parts (scripts/localize-build.mjs splits xliff/ar.xlf's catalogue by the code that uses each
 * message): the shared words, with lit-localize's lookup (./ar.ts), which every element loads, and
 * one part per element and one for the ranking, which the element names (`JawdaElement.words()`).
 * Each is a chunk loaded on first use; their templates join one table per locale, so a message is
 * looked up the same way whichever part brought it (one not loaded yet answers in English).
 *
 * All of this state is private to Jawda: nothing here installs or reads @lit/localize's global
 * `msg` or configures lit-localize, so a portal that uses @lit/localize itself keeps its own
 * configuration, whether it configures before or after Jawda is imported.
 */
import type { TemplateMap } from '@lit/localize/internal/types.js';
import type { Locale } from '../config.js';

/** The locales with a catalogue (English, the source, is the templates themselves). */
type Translated = Exclude<Locale, 'en'>;

/** A part's chunk: its compiled templates by message key (the shared part's has the lookup too). */
type Part = () => Promise<{ readonly templates: TemplateMap; readonly lookup?: Catalogue['lookup'] }>;

/** A part of the catalogue: per locale, the chunk with its compiled templates. */
export type Words = Readonly<Record<Translated, Part>>;

/** What `msg()` answers from: the templates loaded so far, and the lookup that reads them. */
export interface Catalogue {
  readonly templates: TemplateMap;
  lookup?: typeof import('./ar.js').lookup;
}

/** The words of more than one element, with the lookup: every element's first part. */
const shared: Words = { ar: () => import('./ar.js') };

const catalogues: Partial<Record<Locale, Catalogue>> = {};
/** Each part's load while it runs, then `true` once its templates are in its locale's catalogue. */
const parts = new Map<Part, Promise<void> | true>();
let rendering: Locale = 'en';

/** The catalogue `msg()` answers from now: the rendering locale's (undefined for English, the source, and until the lookup is in). */
export function renderingCatalogue(): Required<Catalogue> | undefined {
  const catalogue = catalogues[rendering];
  return catalogue?.lookup && (catalogue as Required<Catalogue>);
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

/** True when `msg()` can answer in `locale` without waiting, for the shared words and `words`. */
export function catalogueReady(locale: Locale, words: readonly Words[] = []): boolean {
  return locale === 'en' || [shared, ...words].every((part) => parts.get(part[locale]) === true);
}

function loadPart(locale: Translated, load: Part): Promise<void> | true {
  let loading = parts.get(load);
  if (!loading) {
    loading = load().then(
      ({ templates, lookup }) => {
        const catalogue = (catalogues[locale] ??= { templates: {} });
        Object.assign(catalogue.templates, templates);
        catalogue.lookup ??= lookup;
        parts.set(load, true);
      },
      (error: unknown) => {
        parts.delete(load); // tried again at the next load
        console.warn(`[jawda] The ${locale} catalogue could not be loaded; showing English.`, error);
      },
    );
    parts.set(load, loading);
  }
  return loading;
}

/**
 * Loads the shared words of `locale` and `words` (an element's part, the ranking's) once each;
 * resolves when they are usable (English for a part that fails to load).
 */
export function loadCatalogue(locale: Locale, words: readonly Words[] = []): Promise<unknown> {
  return Promise.all(locale === 'en' ? [] : [shared, ...words].map((part) => loadPart(locale, part[locale])));
}
