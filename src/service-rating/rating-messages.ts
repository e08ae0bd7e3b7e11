/** What the citizen reads after sending: thanks, saved for later, already rated, or not sent and why. */
import { html, svg, type TemplateResult } from 'lit';
import { msg, str } from '../core/i18n/msg.js';
import type { JawdaError } from '../core/errors.js';
import type { Formats } from '../core/i18n/format.js';
import { errorText, issuesTemplate } from '../core/messages.js';
import type { Phase } from './submission.js';

const CHECK = svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`;

/** The vote was refused or could not be kept: said where the send button is, focusable. */
export function notSentTemplate(error: JawdaError, format: Formats): TemplateResult {
  return html`<div class="message" data-tone="error" part="message" tabindex="-1">
    <div>
      <p class="title">${msg('Your rating was not sent.')}</p>
      ${error.details.issues?.length ? issuesTemplate(error) : html`<p>${errorText(error, format)}</p>`}
    </div>
  </div>`;
}

/** Sent, saved on the device, or already given: a thank-you in each case. */
export function doneTemplate(phase: Extract<Phase, { status: 'submitted' | 'queued' | 'already-rated' }>, format: Formats, kiosk = false): TemplateResult {
  let text: string;
  // A kiosk says the same whether the vote went out or waits on the device: nothing alarming at the counter.
  if (kiosk) text = msg('Your rating has been recorded.', { id: 'rating.kiosk.recorded' });
  else if (phase.status === 'submitted') text = msg('Your rating has been sent.');
  else if (phase.status === 'queued') text = msg('Your rating is saved on this device and will be sent as soon as the service can be reached.');
  else if (phase.until) {
    const until = format.date(phase.until, { dateStyle: 'long', timeStyle: 'short', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    text = msg(str`You rated this service recently. You can rate it again after ${until}.`);
  } else text = msg('You have already rated this service for this transaction.');
  return html`<div class="message" part="message" data-tone=${phase.status === 'submitted' ? 'success' : 'info'} tabindex="-1">
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${CHECK}</svg>
    <div>
      <p class="title">${msg('Thank you.')}</p>
      <p>${text}</p>
    </div>
  </div>`;
}
