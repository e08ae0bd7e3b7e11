/**
 * The views of `<service-rating>`, pure: what the element knows in, a template out (no `document`
 * or `window`), so that the same views can render on a server. The element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formats } from '../core/i18n/format.js';
import { doneTemplate } from './rating-messages.js';
import { notice } from '../core/notice.js';
import { honeypot, scaleTemplate, sendButton, sendError, type ScaleView, type SendView } from './rating-input.js';
import { invalidReasonsText } from './reasons.js';
import type { Phase } from './types.js';

export interface FormView extends ScaleView {
  /** The service's `reason-options` are not valid (the built-in reasons are shown). */
  reasonsInvalid: boolean;
  /** The reasons and comment after a score, when they are shown. */
  followUp: unknown;
  /** The send controls; none for a form field (its form sends). */
  send?: SendView;
  /** Send's click. */
  onSubmit: (event: Event) => void;
}

/**
 * The question, the choices, what follows a score, and the send controls. Not a `<form>`: the vote
 * is sent by script (Send's click, Enter on a choice), and a `<form>` in each of a page's ratings
 * made every node the page created afterwards slower to make (1000 quick ratings: 15% more
 * main-thread time to render, `npm run bench:peers`). The form without script is a real one (no-script.ts).
 */
export function formTemplate(view: FormView): TemplateResult {
  const { followUp } = view;
  // What a score asks next, in one place: nothing at all for a quick vote (one comment, not two).
  const next = view.reasonsInvalid ? html`${notice('warning', invalidReasonsText())}${followUp}` : followUp;
  const { send } = view;
  return html`<div class="form">${scaleTemplate(view)}${next}${sendError(send)}${sendButton(send, view.onSubmit)}${honeypot(send)}</div>`;
}

export interface RatingView {
  phase: Phase;
  format: Formats;
  /** A kiosk's thank-you (from its chunk), whatever became of the vote. */
  kioskThanks?: TemplateResult;
  /** The summary shown after the vote, if any. */
  summary: () => unknown;
  form: () => TemplateResult;
  /** What the live region says now. */
  announcement: string;
  /** The kiosk's count of votes waiting, if any. */
  indicator: unknown;
  /** Below the thank-you: a dialog's Close. */
  after: unknown;
}

/** The form, or once the vote is given the thank-you (and the summary); the live region. */
export function ratingTemplate(view: RatingView): TemplateResult {
  const { phase } = view;
  const done = phase.status === 'submitted' || phase.status === 'queued' || phase.status === 'already-rated';
  const content = done
    ? html`${view.kioskThanks ?? doneTemplate(phase, view.format, view.after)}${phase.status !== 'queued' ? view.summary() : nothing}`
    : view.form();
  // No white space between the parts, and the template ends in a tag: each would be a node of every rating.
  return html`${content}${view.indicator}<p class="visually-hidden" role="status" .textContent=${view.announcement}></p>`;
}
