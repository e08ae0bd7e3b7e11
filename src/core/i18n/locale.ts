import { pageConfiguration, type Locale } from '../config.js';

/** The locales Jawda speaks. Any `lang` starting with one of these maps onto it ("ar-BH" -> "ar"). */
export const LOCALES: readonly Locale[] = ['ar', 'en'];

/** Maps a BCP 47 tag onto a supported locale, or undefined. */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language);
}

/**
 * The element's locale: its own `lang`, else the closest ancestor with `lang` (across shadow roots, up
 * to `<html lang>`), else `configure({ locale })`, else English. A `lang` Jawda does not speak
 * (say "fr") falls through to `configure` and then English.
 */
export function resolveLocale(element: Element): Locale {
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const lang = node.getAttribute('lang');
    if (lang) return supportedLocale(lang) ?? pageConfiguration().locale ?? 'en';
  }
  return pageConfiguration().locale ?? 'en';
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}
