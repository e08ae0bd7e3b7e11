/** What the citizen reads after sending: thanks, saved for later, already rated, or not sent and why: the core notice and panel. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../core/i18n/msg.js';
import type { JawdaError } from '../core/errors.js';
import type { Formats } from '../core/i18n/format.js';
import { errorText } from '../core/messages.js';
import { confirmationPanel, notice } from '../core/notice.js';
import type { Phase } from './types.js';

/**
 * The vote was refused or could not be kept: said where the send button is, focusable; the button
 * below tries again. Of the fields a server can refuse, the citizen types only the comment: that one
 * is said in plain words, with what to do. The others are the portal's (its markup, its server): the
 * citizen reads what went wrong in one sentence, never a field's name nor the server's own words
 * (design language §6); the host has them in `rating-error`'s detail.
 */
export function notSentTemplate(error: JawdaError): TemplateResult {
  const comment = error.details.issues?.find((issue) => issue.path === 'comment');
  return notice(
    'danger',
    msg("We couldn't send your rating"),
    comment
      ? comment.code === 'too_big'
        ? msg('Your comment is too long. Shorten it and send again.')
        : msg('Your comment could not be accepted. Change it and send again.')
      : errorText(error),
    { focusable: true },
  );
}

/** Sent (the confirmation panel), saved on the device (offline, info) or already given (neutral). */
export function doneTemplate(
  phase: Extract<Phase, { status: 'submitted' | 'queued' | 'already-rated' }>,
  format: Formats,
  after: unknown = nothing,
): TemplateResult {
  if (phase.status === 'submitted') return html`${confirmationPanel(msg('Thank you'), msg('We have received your rating.'))}${after}`;
  if (phase.status === 'queued') {
    // "Offline" only when the device is: a server that is down is not the citizen's connection.
    return navigator.onLine
      ? notice('info', msg('Your rating is saved'), msg('It will be sent as soon as the service can be reached.'), {
          focusable: true,
          action: after as TemplateResult,
        })
      : notice('info', msg("You're offline"), msg('Your rating is saved and will be sent when the connection is back.'), {
          focusable: true,
          action: after as TemplateResult,
        });
  }
  let text: string | undefined;
  if (phase.until) {
    const until = format.date(phase.until, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    text = msg(str`You can rate it again after ${until}.`);
  }
  return notice('neutral', msg('You have already rated this service'), text, { focusable: true, action: after as TemplateResult });
}

/** The send button's hint while no score is chosen. */
export const chooseFirstText = () => msg('Choose a rating first');
