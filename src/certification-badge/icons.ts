/**
 * Status icons. Each status has its own shape (shield with a tick, clock, calendar with a cross,
 * pause, ban, ...), so the status never depends on colour; the words beside the icon carry the
 * meaning, so the icons are hidden from assistive technology. Each icon is one <path> (circles
 * written as arcs): a page of a hundred badges keeps its DOM small.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { CertificateState } from './status.js';

/** A circle of radius 10 round the centre, as a path (so an icon stays one element). */
const ring = 'M22 12a10 10 0 1 1-20 0 10 10 0 0 1 20 0Z';
const calendar = 'M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2ZM3 10h18M8 3v4m8-4v4';

/** One status icon: a stroked path in a 24-unit box, hidden from assistive technology. */
export const icon = (name: string, d: string, size = 20) =>
  svg`<svg class="icon" data-icon=${name} viewBox="0 0 24 24" width=${size} height=${size} aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${d}></path></svg>`;

/** Icon per status (design language §5, Badge); the data-icon names the status it stands for. */
const shapes = {
  /** Shield with a tick. */
  valid: 'M12 2.5 4.5 5.5v6c0 4.6 3.2 8.6 7.5 10 4.3-1.4 7.5-5.4 7.5-10v-6ZM8.5 12l2.5 2.5 4.5-5',
  /** Clock. */
  expiring: `${ring}M12 6.5V12l3.5 2`,
  /** Calendar with a cross: its days are over. */
  expired: `${calendar}m-6 6.5 4 4m0-4-4 4`,
  /** A plain calendar: valid from a day still ahead. */
  'not-yet-valid': calendar,
  /** Pause. */
  suspended: `${ring}M10 8.5v7m4-7v7`,
  /** Ban: a circle struck through (withdrawn, cancelled). */
  withdrawn: `${ring}M4.9 4.9l14.2 14.2`,
  /** A dash: not in force (inactive, draft, pending). */
  inactive: `${ring}M8 12h8`,
  unknown: `${ring}M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17.5h.01`,
};

export function statusIcon(state: CertificateState): SVGTemplateResult {
  const kind = state.kind;
  const shape = kind === 'cancelled' ? 'withdrawn' : kind in shapes ? (kind as keyof typeof shapes) : 'inactive';
  return icon(shape, shapes[shape]);
}

/** A warning triangle, beside "verification out of date". */
export const staleIcon = () =>
  icon('stale', 'M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0ZM12 9v4m0 4h.01');
