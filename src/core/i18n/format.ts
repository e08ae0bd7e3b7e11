/**
 * Cached Intl formatters: hundreds of elements share one instance per locale and option set.
 * Numerals: Arabic defaults to Arabic-Indic digits (٠١٢٣), `numerals="latn"` gives 0123.
 */
import type { Calendar, Locale, Numerals } from '../config.js';

const cache = new Map<string, unknown>();

function cached<T>(kind: string, tag: string, options: object, create: () => T): T {
  const key = `${kind}|${tag}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = create()));
  return formatter;
}

export interface Formats {
  readonly locale: Locale;
  readonly numerals: Numerals;
  readonly calendar: Calendar;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** `value` in 0..100. */
  percent(value: number, maximumFractionDigits?: number): string;
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
  /** The plural category of `value` ("one", "few", ...). */
  plural(value: number, type?: Intl.PluralRuleType): Intl.LDMLPluralRule;
  list(items: string[], type?: Intl.ListFormatType): string;
}

/** Parses "2024-10-01" as a calendar day (noon UTC, so no time zone moves it to another day). */
export function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
}

const formatsCache = new Map<string, Formats>();

/** The formatters of one locale/numerals/calendar combination (cached). */
export function formats(locale: Locale, numerals?: Numerals, calendar: Calendar = 'gregory'): Formats {
  const digits: Numerals = numerals ?? (locale === 'ar' ? 'arab' : 'latn');
  const key = `${locale}|${digits}|${calendar}`;
  const existing = formatsCache.get(key);
  if (existing) return existing;
  const tag = `${locale}-u-nu-${digits}`;
  const dateTag = `${locale}-u-ca-${calendar}-nu-${digits}`;
  const created: Formats = {
    locale,
    numerals: digits,
    calendar,
    number: (value, options = {}) => cached('number', tag, options, () => new Intl.NumberFormat(tag, options)).format(value),
    percent: (value, maximumFractionDigits = 1) => created.number(value / 100, { style: 'percent', maximumFractionDigits }),
    date: (value, options = { dateStyle: 'long' }) => {
      const date = toDate(value);
      // Calendar days are pinned to UTC so that the reader's time zone cannot shift them.
      const withZone = { timeZone: 'UTC', ...options };
      return cached('date', dateTag, withZone, () => new Intl.DateTimeFormat(dateTag, withZone)).format(date);
    },
    plural: (value, type = 'cardinal') => cached('plural', locale, { type }, () => new Intl.PluralRules(locale, { type })).select(value),
    list: (items, type = 'conjunction') => cached('list', locale, { type }, () => new Intl.ListFormat(locale, { type })).format(items),
  };
  formatsCache.set(key, created);
  return created;
}

/**
 * Picks the message for `value`'s plural category. Each form is its own `msg()` with an id, so
 * Arabic can fill all six forms (zero, one, two, few, many, other) while English uses one and other.
 */
export function selectPlural<T>(
  format: Formats,
  value: number,
  forms: { other: () => T } & Partial<Record<Intl.LDMLPluralRule, () => T>>,
  type: Intl.PluralRuleType = 'cardinal',
): T {
  return (forms[format.plural(value, type)] ?? forms.other)();
}
