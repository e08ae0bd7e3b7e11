import { html, type TemplateResult } from 'lit';
import { inLocale } from './catalogues.js';

/**
 * `text` in Arabic and in English, each in its own language and direction, Arabic first (on the
 * right): for a screen that the next person may read in either (the kiosk). The Arabic words need
 * the Arabic words of its caller loaded (`loadCatalogue('ar', [its words])`), whatever the page's language.
 */
export function bothLanguages(text: (locale: 'ar' | 'en') => string): TemplateResult {
  return html`<span class="both" dir="rtl"><span lang="ar">${inLocale('ar', () => text('ar'))}</span> <span lang="en" dir="ltr">${inLocale('en', () => text('en'))}</span></span>`;
}
