/**
 * One way to tell a state, in every element (design language §4): the notice (icon, heading, body,
 * optional action; tint, bar, icon and heading in one semantic colour) and, for "sent", the
 * confirmation panel. Styles in styles/base.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';

export type Tone = 'danger' | 'warning' | 'info' | 'neutral' | 'success';

// One stroked path each (styles/base.ts draws them): a circle is two arcs.
const RING = 'M12 2.5a9.5 9.5 0 1 1 0 19a9.5 9.5 0 1 1 0-19';
const ICONS: Record<Tone, string> = {
  danger: `${RING}M12 7v6m0 3.5v.5`, // exclamation in a circle
  warning: 'M12 3 22 20H2zM12 9.5V14m0 3v.2', // triangle
  info: 'M7 18h10a4 4 0 0 0 .6-8A6 6 0 0 0 6.2 9.3 4.4 4.4 0 0 0 7 18zM3 3l18 18', // cloud, struck through: offline
  neutral: `${RING}M12 11v6m0-9.5v.5`, // i in a circle
  success: 'M5 12.5l4.5 4.5L19 7.5', // tick
};

/** The role each tone is announced with: an error interrupts, the rest wait their turn; a setup note is read in place. */
const ROLES: Record<Tone, string> = { danger: 'alert', warning: 'note', info: 'status', neutral: 'status', success: 'status' };

export const toneIcon = (tone: Tone) => html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${ICONS[tone]} /></svg>`;

/**
 * A notice where the form or the data would be. `focusable`: the element moves focus to it after
 * an action of the reader's (sending), so a screen reader reads it.
 */
export function notice(
  tone: Tone,
  heading: string,
  body?: unknown,
  options: { action?: TemplateResult; focusable?: boolean } = {},
): TemplateResult {
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
