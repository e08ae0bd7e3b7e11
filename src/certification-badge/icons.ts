/**
 * Status icons. Each status has its own shape (tick, clock, cross, pause, dash, question mark), so
 * the status never depends on colour; the text beside the icon carries the meaning, so the icons
 * are hidden from assistive technology.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { CertificateState } from './status.js';

const icon = (body: SVGTemplateResult, name: string) =>
  svg`<svg class="icon" data-icon=${name} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="12" r="10"></circle>${body}</svg>`;

const shapes = {
  valid: () => icon(svg`<path d="m7.5 12.5 3 3 6-6.5"></path>`, 'valid'),
  expiring: () => icon(svg`<path d="M12 6.5V12l3.5 2"></path>`, 'expiring'),
  ended: () => icon(svg`<path d="m8.5 8.5 7 7m0-7-7 7"></path>`, 'ended'),
  suspended: () => icon(svg`<path d="M10 8.5v7m4-7v7"></path>`, 'suspended'),
  inactive: () => icon(svg`<path d="M8 12h8"></path>`, 'inactive'),
  unknown: () => icon(svg`<path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6"></path><path d="M12 17.5h.01"></path>`, 'unknown'),
};

export function statusIcon(state: CertificateState): SVGTemplateResult {
  switch (state.kind) {
    case 'valid':
    case 'expiring':
    case 'suspended':
    case 'unknown':
      return shapes[state.kind]();
    case 'expired':
    case 'withdrawn':
    case 'cancelled':
      return shapes.ended();
    default:
      return shapes.inactive();
  }
}

/** A warning triangle, beside "verification out of date". */
export const staleIcon = () =>
  svg`<svg class="icon" data-icon="stale" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z"></path><path d="M12 9v4m0 4h.01"></path></svg>`;

/** The "leaves this site" arrow beside the verify link. */
export const externalIcon = () =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M14 4h6v6m0-6-9 9"></path><path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"></path></svg>`;
