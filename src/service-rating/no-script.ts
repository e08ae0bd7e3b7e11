/**
 * `<service-rating>` rendered on a server (`jawda/ssr`): a real `<form method="post">` that works
 * with no script at all, as GOV.UK's feedback form does. Radios, every reason (the score is not
 * known yet, so both lists, each under its own heading), the comment, the honeypot and a send
 * button; the `submissionId` is issued by the server, so a form sent twice is stored once. The
 * reference server answers with a redirect back to the page (Post/Redirect/Get), which renders the
 * thank-you or the field error named in the query. The reasons and the comment are in a disclosure,
 * so the form is about the height of the interactive one that replaces it when the script loads.
 *
 * When the bundle loads, the element does not hydrate this markup: it renders its own interactive
 * form in its place (see `ServiceRating.createRenderRoot`), which sends JSON as always.
 */
import { confirmationPanel, notice } from '../core/notice.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/i18n/msg.js';
import type { Chip } from './types.js';
import { SCALE_OPTIONS } from './scales.js';
import type { NoScriptView } from './server-form.js';

/**
 * The form's own styles, added to the element's on the server only (the browser never loads them):
 * the checked choice without script (`:has()` instead of the attributes the element sets), and a
 * floating or dialog rating as a disclosure fixed at the page's corner, out of the page's flow.
 */
export const noScriptStyles = css`
  /* The form without script keeps native checkboxes (a toggle button needs script). */
  label.chip {
    min-block-size: var(--_target);
    border: 1px solid var(--_border-strong);
  }
  label.chip:has(:checked) {
    border: 2px solid var(--_accent);
  }
  [data-scale='stars'] .option:has(input:checked) .icon,
  [data-scale='stars'] .option:has(~ .option input:checked) .icon {
    fill: var(--_star);
  }
  [data-scale='faces'] .option:has(input:checked),
  [data-scale='thumbs'] .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    background: var(--_subtle);
    font-weight: 700;
  }
  details.no-script {
    position: fixed;
    inset-block-end: 1rem;
    inset-inline-end: 1rem;
    z-index: 10;
    max-inline-size: min(30rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
  }
  details.no-script > summary {
    cursor: pointer;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    font-weight: 600;
    color: var(--_accent);
  }
  details.more {
    margin-block: var(--_space);
  }
  details.more > summary {
    cursor: pointer;
    color: var(--_accent);
  }
  details.no-script > form {
    padding: 0 calc(var(--_space) * 2) calc(var(--_space) * 2);
  }
`;

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
  const form = formTemplate(view);
  return view.disclosure && view.state.outcome !== 'sent'
    ? html`<details class="no-script" ?open=${view.state.outcome !== undefined}><summary>${view.disclosure}</summary>${form}</details>`
    : form;
}

function formTemplate(view: NoScriptView): TemplateResult {
  const { state, scale } = view;
  if (state.outcome === 'sent') {
    return confirmationPanel(msg('Thank you'), msg('We have received your rating.'));
  }
  const missing = state.outcome === 'score-missing';
  return html`<form method="post" action=${view.action} data-no-script accept-charset="utf-8">
    ${state.outcome === 'invalid' ? notice('danger', msg("We couldn't send your rating")) : nothing}
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
    <details class="more" ?open=${state.outcome !== undefined}>
      <summary>${msg('Tell us more', { id: 'rating.no-script.more' })} <span class="optional">${msg('(optional)')}</span></summary>
      ${scale === 'thumbs' ? nothing : html`${reasonList(msg('What went well?'), view.high)}${reasonList(msg('What did not go well?'), view.low)}`}
      <div class="comment" part="comment">
        <label for="comment">${msg('Anything else you would like to tell us?')}</label>
        <p class="hint" id="comment-hint">${msg('Please do not write personal details such as your name, CPR number, phone number or email address.')}</p>
        <textarea id="comment" name="comment" rows="3" maxlength=${view.commentLimit} aria-describedby="comment-hint"></textarea>
      </div>
    </details>
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
