/**
 * A certificate as every view names it: its standard, its heading, its dates as the element prints
 * them and its status at view time. Shared by the first load's views (./views.ts) and the details
 * chunk (./details.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../core/config.js';
import type { Certification } from '../core/contract.js';
import { formats } from '../core/i18n/format.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { msg, str } from '../core/i18n/msg.js';
import { certificateStatus, type CertificateStatus } from './status.js';
import type { BadgeView } from './types.js';

/** A certificate date; with the Hijri calendar, "Gregorian (Hijri)" as the Arabic press prints it. */
export function date(view: BadgeView, value: string): string {
  if (view.calendar !== 'islamic-umalqura') return view.format.date(value);
  const gregorian = formats(view.locale, view.numerals, 'gregory').date(value);
  const hijri = view.format.date(value);
  return msg(str`${gregorian} (${hijri})`, { id: 'certification-badge.dual-date' });
}

/** The certificate's status at the view's `now`, with the element's thresholds. */
export function status(view: BadgeView, certification: Certification): CertificateStatus {
  return certificateStatus(certification, view.now, { warningDays: view.warningDays, staleAfterDays: view.staleAfterDays });
}

export function standardName({ standard }: Certification): string {
  return standard.version ? `${standard.code}:${standard.version}` : standard.code;
}

/** The standard and its title, as the heading of a card, a list item or the dialog. */
export function heading(certification: Certification, id: string, level: 2 | 3, locale: Locale): TemplateResult {
  const content = html`<bdi class="standard">${standardName(certification)}</bdi>
    <span class="title">${localizedText(certification.standard.title, locale)}</span>`;
  return level === 2 ? html`<h2 id=${id}>${content}</h2>` : html`<h3 id=${id}>${content}</h3>`;
}
