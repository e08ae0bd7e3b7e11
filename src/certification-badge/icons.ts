/**
 * Status icons. Each status has its own shape (tick, clock, calendar, cross, pause, dash, question mark), so
 * the status never depends on colour; the text beside the icon carries the meaning, so the icons
 * are hidden from assistive technology.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { CertificateState } from './status.js';

const circle = svg`<circle cx="12" cy="12" r="10"></circle>`;

const icon = (name: string, body: SVGTemplateResult, size = 20) =>
  svg`<svg class="icon" data-icon=${name} viewBox="0 0 24 24" width=${size} height=${size} aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

const shapes = {
  valid: svg`${circle}<path d="m7.5 12.5 3 3 6-6.5"></path>`,
  expiring: svg`${circle}<path d="M12 6.5V12l3.5 2"></path>`,
  /** A calendar: valid from a day still ahead. */
  'not-yet-valid': svg`<rect x="3" y="5" width="18" height="16" rx="2"></rect><path d="M3 10h18M8 3v4m8-4v4"></path>`,
  ended: svg`${circle}<path d="m8.5 8.5 7 7m0-7-7 7"></path>`,
  suspended: svg`${circle}<path d="M10 8.5v7m4-7v7"></path>`,
  inactive: svg`${circle}<path d="M8 12h8"></path>`,
  unknown: svg`${circle}<path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17.5h.01"></path>`,
};

export function statusIcon(state: CertificateState): SVGTemplateResult {
  const kind = state.kind;
  const shape = kind === 'expired' || kind === 'withdrawn' || kind === 'cancelled' ? 'ended' : kind in shapes ? (kind as keyof typeof shapes) : 'inactive';
  return icon(shape, shapes[shape]);
}

/** A warning triangle, beside "verification out of date". */
export const staleIcon = () => icon('stale', svg`<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0ZM12 9v4m0 4h.01"></path>`);

/** The "leaves this site" arrow beside links that open a new tab. */
export const externalIcon = () => icon('external', svg`<path d="M14 4h6v6m0-6-9 9m7 1v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"></path>`, 16);
