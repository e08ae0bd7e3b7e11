/**
 * Reason chips shown after a score: what went well (good scores) or what did not (poor ones). The
 * defaults follow the drivers of OMB A-11 §280 that Touchpoints asks about (effectiveness, ease,
 * efficiency, transparency, staff); a portal may give its own list per service.
 */
import { msg } from '../core/i18n/msg.js';
import type { Locale } from '../core/config.js';
import type { ReasonOptions } from '../core/contract.js';
import { localizedText } from '../core/i18n/localized-text.js';

/** A chip to render: id and text in the element's locale. */
export interface Chip {
  id: string;
  label: string;
}

/** The built-in chips; call during render so that `msg()` answers in the element's locale. */
function defaultChips(high: boolean): Chip[] {
  return high
    ? [
        { id: 'effectiveness', label: msg('I got what I needed') },
        { id: 'ease', label: msg('It was easy') },
        { id: 'efficiency', label: msg('It was quick') },
        { id: 'transparency', label: msg('The steps were clear') },
        { id: 'employee', label: msg('Staff were helpful') },
        { id: 'other', label: msg('Something else') },
      ]
    : [
        { id: 'effectiveness', label: msg('I did not get what I needed') },
        { id: 'ease', label: msg('It was hard to do') },
        { id: 'efficiency', label: msg('It took too long') },
        { id: 'transparency', label: msg('The steps were unclear') },
        { id: 'employee', label: msg('Staff were not helpful') },
        { id: 'other', label: msg('Something else') },
      ];
}

/** The chips for a good (`high`) or poor score: the service's own when given, else the defaults. */
export function reasonChips(high: boolean, locale: Locale, own?: ReasonOptions): Chip[] {
  if (!own) return defaultChips(high);
  return (high ? own.high : own.low).map((reason) => ({ id: reason.id, label: localizedText(reason.label, locale) }));
}
