/**
 * The rating input: a native radio group (one tab stop; arrow keys move and choose, mirrored in
 * right-to-left) and the send controls. Pure templates of what the element passes in: the element
 * owns the state and the form field. The reasons and comment after a score are in follow-up.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/i18n/msg.js';
import type { RatingScale } from '../core/contract.js';
import type { Formats } from '../core/i18n/format.js';
import type { JawdaError } from '../core/errors.js';
import { chooseFirstText, notSentTemplate } from './rating-messages.js';
import { SCALE_OPTIONS, starNames, type ScaleOption } from './scales.js';

/** The score an arrow key moves to, or undefined for other keys. Down and the reading direction go forward. */
export function scoreAfterKey(scale: RatingScale, current: number, key: string, rtl: boolean): number | undefined {
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(key)) return undefined;
  const options = SCALE_OPTIONS[scale];
  const index = options.findIndex((option) => option.score === current);
  const forward = key === 'ArrowDown' || key === (rtl ? 'ArrowLeft' : 'ArrowRight');
  return options[(index + (forward ? 1 : -1) + options.length) % options.length].score;
}

export interface ScaleView {
  scale: RatingScale;
  score?: number;
  format: Formats;
  question: unknown;
  disabled: boolean;
  busy: boolean;
  scoreMissing: boolean;
  onPick: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
  /** A kiosk: each choice named in Arabic and English (the kiosk's chunk brings the function). */
  bilingual?: (text: () => string) => TemplateResult;
}

// The templates below are written without white space between tags and end in a tag: each text
// node and each comment Lit adds is a node of every rating on the page (1000 ratings, 1000 times).

/**
 * What a face or a thumb looks like: `checked` or nothing (stars: the `data-score` of their row, see
 * the styles). One attribute on the choice, not `:has(:checked)` in the styles: a new score
 * restyles the choices it changes, where `:has()` restyled all of them (and their icons).
 */
function optionState({ scale, score }: ScaleView, n: number): string | typeof nothing {
  if (score === n) return 'checked';
  return scale === 'stars' && score !== undefined && n < score ? 'filled' : nothing; // a kiosk's stars
}

/**
 * The question and the choices; while sending, the choices are disabled with the fieldset. Five
 * stars, the common case, are written out in the fieldset's own template: no template per star,
 * no comment per star, and no template for the row (each template of a rating is a clone and an
 * insertion, 1000 times on a page of 1000 ratings). Faces, thumbs and a kiosk's bilingual stars
 * are a list of choices in the same fieldset.
 */
export function scaleTemplate(view: ScaleView): TemplateResult {
  const { scale, score } = view;
  const choice = scale === 'stars' && score !== undefined ? (starNames(view.format)[score - 1] ?? '') : '';
  const disabled = view.disabled || view.busy;
  const describedBy = view.scoreMissing ? 'score-missing' : nothing;
  const missing = view.scoreMissing ? html`<p class="field-error" id="score-missing">${msg('Choose a rating first.')}</p>` : nothing;
  if (scale !== 'stars' || view.bilingual) {
    return html`<fieldset class="scale" ?disabled=${disabled} aria-describedby=${describedBy}
      ><legend class="question" part="question" tabindex="-1"
      ><slot name="question">${view.question}</slot
      ></legend
      ><div class="options" data-scale=${scale} data-score=${score ?? nothing} @keydown=${view.onKeydown} @change=${view.onPick}>${SCALE_OPTIONS[scale].map((option) => optionTemplate(view, option))}</div
      ><p class="choice" aria-hidden="true" ?hidden=${!choice} .textContent=${choice}
      ></p>${missing}</fieldset>`;
  }
  // Each radio is its star, drawn by the styles (a star-shaped `clip-path` on the radio without its
  // native look), and named by its `aria-label` ("3 stars"): no SVG, no hidden text, no see-through
  // radio over an icon. An SVG star per radio made a page of 1000 quick ratings render ~40% slower
  // (cloning and painting 10,000 SVG nodes; `npm run bench:peers`). Which are filled is said once,
  // by the row's `data-score`, not by an attribute on each star (five bindings fewer a rating).
  const [one, two, three, four, five] = starNames(view.format);
  return html`<fieldset class="scale" ?disabled=${disabled} aria-describedby=${describedBy}
    ><legend class="question" part="question" tabindex="-1"
    ><slot name="question">${view.question}</slot
    ></legend
    ><div class="options" data-scale="stars" data-score=${score ?? nothing} @keydown=${view.onKeydown} @change=${view.onPick}
    ><label class="option" part="option"
    ><input type="radio" name="score" value="1" aria-label=${one} .checked=${score === 1}
    ></label
    ><label class="option" part="option"
    ><input type="radio" name="score" value="2" aria-label=${two} .checked=${score === 2}
    ></label
    ><label class="option" part="option"
    ><input type="radio" name="score" value="3" aria-label=${three} .checked=${score === 3}
    ></label
    ><label class="option" part="option"
    ><input type="radio" name="score" value="4" aria-label=${four} .checked=${score === 4}
    ></label
    ><label class="option" part="option"
    ><input type="radio" name="score" value="5" aria-label=${five} .checked=${score === 5}
    ></label
    ></div
    ><p class="choice" aria-hidden="true" ?hidden=${!choice} .textContent=${choice}
    ></p>${missing}</fieldset>`;
}

/** One choice of faces or thumbs, or a kiosk's star named in two languages. */
function optionTemplate(view: ScaleView, option: ScaleOption): TemplateResult {
  const name = () => option.name(view.format);
  return html`<label class="option" part="option" data-state=${optionState(view, option.score)}
    ><input type="radio" name="score" value=${option.score} .checked=${view.score === option.score}
    ><svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${option.icon}</svg
    ><span class=${view.scale === 'stars' ? 'visually-hidden' : 'option-name'}>${view.bilingual ? view.bilingual(name) : name()}</span
    ></label>`;
}

export interface SendView {
  /** The last send's failure, said above the button. */
  error?: JawdaError;
  disabled: boolean;
  busy: boolean;
  /** False for a quick vote: the tap is the send. */
  button: boolean;
  /** A score is chosen: until then Send says what to do first. */
  chosen: boolean;
  /** The honeypot is drawn: someone (a person or a bot) touched the choices. */
  trap: boolean;
}

/**
 * The send controls, in the form's own template (views.ts: one template fewer a rating): what went
 * wrong with the last send, the send button with what to do first, and the honeypot a person never
 * sees, once the choices are touched: a text field is the dearest node of a rating (a page of 1000
 * quick ratings rendered ~15% faster without it), and a bot that fills a form picks a score first.
 */
export const sendError = (view: SendView | undefined) => (view?.error ? notSentTemplate(view.error) : nothing);
export const sendButton = (view: SendView | undefined, onSend: (event: Event) => void) =>
  view?.button ? buttonTemplate(view, onSend) : nothing;
export const honeypot = (view: SendView | undefined) => (view?.trap ? trapTemplate() : nothing);

function trapTemplate(): TemplateResult {
  return html`<label class="trap" aria-hidden="true">${msg('Leave this field empty')}<input type="text" tabindex="-1" autocomplete="off"></label>`;
}

/**
 * Send, and the hint while no score is chosen (kept in place, hidden, so that choosing moves nothing
 * in the DOM). No `type`: there is no form around it to submit (see views.ts), its click sends.
 */
function buttonTemplate(view: SendView, onSend: (event: Event) => void): TemplateResult {
  const { chosen } = view;
  return html`<button part="submit" data-variant="primary" @click=${onSend} ?disabled=${view.disabled} aria-disabled=${view.busy || !chosen ? 'true' : 'false'} aria-describedby=${chosen ? nothing : 'choose-first'} .textContent=${view.busy ? msg('Sending…') : msg('Send rating')}
    ></button
    ><p class="hint" id="choose-first" ?hidden=${chosen} .textContent=${chosen ? '' : chooseFirstText()}
    ></p>`;
}
