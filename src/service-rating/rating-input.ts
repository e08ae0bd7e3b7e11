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
import { SCALE_OPTIONS, starsName, type ScaleOption } from './scales.js';

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

/** The question and the choices. */
export function scaleTemplate(view: ScaleView): TemplateResult {
  const { scale, score } = view;
  return html`<fieldset class="scale" ?disabled=${view.disabled} aria-describedby=${view.scoreMissing ? 'score-missing' : nothing}>
    <legend class="question" part="question" tabindex="-1">${view.question}</legend>
    <div class="options" data-scale=${scale} @keydown=${view.onKeydown}>
      ${SCALE_OPTIONS[scale].map((option) => optionTemplate(view, option))}
    </div>
    ${scale === 'stars' && score !== undefined ? html`<p class="choice" aria-hidden="true">${starsName(view.format, score)}</p>` : nothing}
    ${view.scoreMissing ? html`<p class="field-error" id="score-missing">${msg('Choose a rating first.')}</p>` : nothing}
  </fieldset>`;
}

function optionTemplate(view: ScaleView, option: ScaleOption): TemplateResult {
  const checked = view.score === option.score;
  const filled = view.scale === 'stars' ? view.score !== undefined && option.score <= view.score : checked;
  return html`<label class="option" part="option" ?data-checked=${checked} ?data-filled=${filled}>
    <input type="radio" name="score" class="visually-hidden" value=${option.score} .checked=${checked} ?disabled=${view.busy} @change=${view.onPick} />
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${option.icon}</svg>
    <span class=${view.scale === 'stars' ? 'visually-hidden' : 'option-name'}>${view.bilingual ? view.bilingual(() => option.name(view.format)) : option.name(view.format)}</span>
  </label>`;
}

export interface SendView {
  /** The last send's failure, said above the button. */
  error?: JawdaError;
  format: Formats;
  disabled: boolean;
  busy: boolean;
  /** False for a quick vote: the tap is the send. */
  button: boolean;
  /** A score is chosen: until then Send says what to do first. */
  chosen: boolean;
}

/** The honeypot a person never sees, what went wrong with the last send, and the send button. */
export function sendTemplate(view: SendView): TemplateResult {
  return html`<div class="trap" aria-hidden="true">
      <label>${msg('Leave this field empty')} <input type="text" tabindex="-1" autocomplete="off" /></label>
    </div>
    ${view.error ? notSentTemplate(view.error, view.format) : nothing}
    ${
      view.button
        ? html`<button type="submit" part="submit" data-variant="primary" ?disabled=${view.disabled} aria-disabled=${view.busy || !view.chosen ? 'true' : 'false'} aria-describedby=${view.chosen ? nothing : 'choose-first'}>
            ${view.busy ? msg('Sending…') : msg('Send rating')}
          </button>
          ${view.chosen ? nothing : html`<p class="hint" id="choose-first">${chooseFirstText()}</p>`}`
        : nothing
    }`;
}
