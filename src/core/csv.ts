/**
 * CSV cells as RFC 4180 writes them, safe to open in a spreadsheet: the one escaping of the server's
 * exports and of `<rating-results>`' download. A text cell that a spreadsheet would run as a formula
 * (it starts with =, +, -, @, a tab or a carriage return: OWASP's "CSV injection") is prefixed with a
 * quote; a number is written as it is (-12 is a number, not a formula).
 */

/** One CSV cell (a list is joined with `;`; null and undefined are empty). */
export function csvCell(value: unknown): string {
  if (typeof value === 'number') return String(value);
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line of `cells`, ended by CRLF. */
export const csvLine = (cells: readonly unknown[]): string => `${cells.map(csvCell).join(',')}\r\n`;
