/**
 * Text a citizen typed, made safe to send and to store: no control characters. PostgreSQL refuses
 * U+0000 in text and jsonb (a 500 from the reference server, which the outbox would retry for 30
 * days), and the other controls are never meant (a paste from a terminal, a PDF, a bad keyboard).
 */

/**
 * Controls the reference server refuses (400) in a citizen's text: C0 except tab, line feed and
 * carriage return, DEL, and C1. The contract (`noControls` in `contract.ts`) spells the same class.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** What `plainText` removes: every control above, tabs and line breaks aside, and lone surrogates. */
// In `u` mode a class holding the surrogate range matches a surrogate only when it is unpaired.
// eslint-disable-next-line no-control-regex -- the control characters are what it removes
const UNSENDABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/gu;

/**
 * `text` without control characters: line breaks are kept (CR LF and a lone CR become LF), a tab
 * becomes a space, and NUL, the other C0 controls, DEL, C1 and lone surrogates are removed.
 * Nothing else changes (no trimming, no normalisation).
 */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNSENDABLE, '');
}
