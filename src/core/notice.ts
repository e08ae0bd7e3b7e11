/**
 * One way to tell a state, in every element (design language §4): the notice (icon, heading, body,
 * optional action; tint, bar, icon and heading in one semantic colour) and, for "sent", the
 * confirmation panel. Styles in styles/base.ts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';

export type Tone = 'danger' | 'warning' | 'info' | 'neutral' | 'success';

const ICONS: Record<Tone, TemplateResult> = {
  // exclamation in a circle
  danger: svg`<circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 7v6M12 16.5v.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>`,
  // triangle
  warning: svg`<path d="M12 3 22 20H2z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M12 9.5v4.5M12 17v.2" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>`,
  // cloud with a stroke through it
  info: svg`<path d="M7 18h10a4 4 0 0 0 .6-8A6 6 0 0 0 6.2 9.3 4.4 4.4 0 0 0 7 18zM3 3l18 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
  // i in a circle
  neutral: svg`<circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 11v6M12 7.5v.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>`,
  // tick
  success: svg`<path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`,
};

/** The role each tone is announced with: an error interrupts, the rest wait their turn; a setup note is read in place. */
const ROLES: Record<Tone, string> = { danger: 'alert', warning: 'note', info: 'status', neutral: 'status', success: 'status' };

export const toneIcon = (tone: Tone, className = '') =>
  html`<svg class=${className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[tone]}</svg>`;

/**
 * A notice where the form or the data would be. `focusable`: the element moves focus to it after
 * an action of the reader's (sending), so a screen reader reads it.
 */
export function notice(tone: Tone, heading: string, body?: unknown, options: { action?: TemplateResult; focusable?: boolean } = {}): TemplateResult {
  return html`<div class="notice" data-tone=${tone} role=${ROLES[tone]} part="message" tabindex=${options.focusable ? '-1' : nothing}>
    ${toneIcon(tone)}
    <div>
      <p class="heading">${heading}</p>
      ${body === undefined || body === '' ? nothing : typeof body === 'string' ? html`<p>${body}</p>` : body}
      ${options.action ?? nothing}
    </div>
  </div>`;
}

/** "Sent": the confirmation panel, focused after sending (its heading is what a screen reader reads). */
export function confirmationPanel(heading: unknown, sentence: unknown): TemplateResult {
  return html`<div class="panel" role="status" part="message" tabindex="-1">
    ${toneIcon('success')}
    <p class="heading">${heading}</p>
    <p>${sentence}</p>
  </div>`;
}
