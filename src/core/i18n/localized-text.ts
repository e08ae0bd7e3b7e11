import type { Locale } from '../config.js';
import type { LocalizedText } from '../contract.js';

/**
 * The text in the reader's language, or in the other language when the data left it empty: a
 * citizen reads a name in English rather than nothing. The one bilingual fallback of every element.
 */
export function localizedText(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  const own = text[locale];
  return own?.trim() ? own : (text[locale === 'ar' ? 'en' : 'ar'] ?? '');
}
