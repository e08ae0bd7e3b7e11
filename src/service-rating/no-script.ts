/**
 * `<service-rating>` rendered on a server (`jawda/ssr`): a real `<form method="post">` that works
 * with no script at all, as GOV.UK's feedback form does. Radios, every reason (the score is not
 * known yet, so both lists, each under its own heading), the comment, the honeypot and a send
 * button; the `submissionId` is issued by the server, so a form sent twice is stored once. The
 * reference server answers with a redirect back to the page (Post/Redirect/Get), which renders the
 * thank-you or the field error named in the query.
 *
 * When the bundle loads, the element does not hydrate this markup: it renders its own interactive
 * form in its place (see `ServiceRating.createRenderRoot`), which sends JSON as always.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/i18n/msg.js';
import type { RatingScale } from '../core/contract.js';
import type { Formats } from '../core/i18n/format.js';
import type { Chip } from './reasons.js';
import { SCALE_OPTIONS } from './scales.js';

/** What a server gives the form: the outcome of the last post (from the query of the redirect). */
export interface NoScriptState {
  /** A fresh UUID, issued by the server for this form: the idempotency key of the vote. */
  submissionId: string;
  /** Where the server redirects after the post (a path of the page). */
  returnTo?: string;
  /** The post was stored (`sent`), or refused for a missing score or invalid fields. */
  outcome?: 'sent' | 'score-missing' | 'invalid';
}

/** Where a server renderer hands the element its `NoScriptState`. */
export const SERVER_FORM = '__jawdaForm';

/** The form's marker (`data-no-script`): the browser-side element knows this markup is not its own. */
export const NO_SCRIPT_FORM = 'form[data-no-script]';

export interface NoScriptView {
  state: NoScriptState;
  action: string;
  scale: RatingScale;
  format: Formats;
  question: string;
  channel: string;
  locale: string;
  high: Chip[];
  low: Chip[];
  commentLimit: number;
}

function reasonList(legend: string, chips: Chip[]): TemplateResult | typeof nothing {
  if (!chips.length) return nothing;
  return html`<fieldset class="reasons" part="reasons">
    <legend>${legend} <span class="optional">${msg('(optional)')}</span></legend>
    <div class="chips">
      ${chips.map((chip) => html`<label class="chip"><input type="checkbox" name="reasons" value=${chip.id} /><span>${chip.label}</span></label>`)}
    </div>
  </fieldset>`;
}

export function noScriptTemplate(view: NoScriptView): TemplateResult {
  const { state, scale } = view;
  if (state.outcome === 'sent') {
    return html`<div class="message" part="message" data-tone="success" role="status">
      <div><p class="title">${msg('Thank you.')}</p><p>${msg('Your rating has been sent.')}</p></div>
    </div>`;
  }
  const missing = state.outcome === 'score-missing';
  return html`<form method="post" action=${view.action} data-no-script accept-charset="utf-8">
    ${state.outcome === 'invalid' ? html`<div class="message" data-tone="error" part="message" role="alert"><p class="title">${msg('Your rating was not sent.')}</p></div>` : nothing}
    <fieldset class="scale" aria-describedby=${missing ? 'score-missing' : nothing}>
      <legend class="question" part="question">${view.question}</legend>
      <div class="options" data-scale=${scale}>
        ${SCALE_OPTIONS[scale].map(
          (option) => html`<label class="option" part="option">
            <input type="radio" name="score" class="visually-hidden" value=${option.score} required />
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${option.icon}</svg>
            <span class=${scale === 'stars' ? 'visually-hidden' : 'option-name'}>${option.name(view.format)}</span>
          </label>`,
        )}
      </div>
      ${missing ? html`<p class="field-error" id="score-missing" role="alert">${msg('Choose a rating first.')}</p>` : nothing}
    </fieldset>
    ${scale === 'thumbs' ? nothing : html`${reasonList(msg('What went well?'), view.high)}${reasonList(msg('What did not go well?'), view.low)}`}
    <div class="comment" part="comment">
      <label for="comment">${msg('Anything else you would like to tell us?')} <span class="optional">${msg('(optional)')}</span></label>
      <p class="hint" id="comment-hint">${msg('Please do not write personal details such as your name, CPR number, phone number or email address.')}</p>
      <textarea id="comment" name="comment" rows="3" maxlength=${view.commentLimit} aria-describedby="comment-hint"></textarea>
    </div>
    <div class="trap" aria-hidden="true">
      <label>${msg('Leave this field empty')} <input type="text" name="website" tabindex="-1" autocomplete="off" /></label>
    </div>
    <input type="hidden" name="submissionId" value=${state.submissionId} />
    <input type="hidden" name="scale" value=${scale} />
    <input type="hidden" name="channel" value=${view.channel} />
    <input type="hidden" name="locale" value=${view.locale} />
    ${state.returnTo ? html`<input type="hidden" name="return" value=${state.returnTo} />` : nothing}
    <button type="submit" part="submit" data-variant="primary">${msg('Send rating')}</button>
  </form>`;
}
