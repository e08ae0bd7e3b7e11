/**
 * After a score: what went well (or not) and the comment, with a counter read out once typing
 * pauses. A lazy chunk, fetched as soon as the form is on screen: most of it is text that only a
 * citizen who chose a score reads.
 */
import { css, html, type TemplateResult } from 'lit';
import { msg, str } from '../core/i18n/msg.js';
import type { RatingScale } from '../core/contract.js';
import { selectPlural, type Formats } from '../core/i18n/format.js';
import type { Chip } from './types.js';
import { isHighScore } from './scales.js';

/**
 * The chips' and the comment's styles: they travel with the follow-up (this chunk), adopted by the
 * element when it arrives; a server adds them to the form without script (jawda/ssr).
 */
export const followUpStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding-inline: calc(var(--_space) * 2);
    border-radius: 999px;
    font-weight: 400;
  }
  .chip svg {
    display: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  .chip[aria-pressed='true'] {
    padding-inline-start: calc(var(--_space) * 1.5);
    border: 2px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .chip[aria-pressed='true'] svg {
    display: block;
  }
  .comment {
    display: grid;
    gap: 0.25rem;
  }
  .comment label {
    font-weight: 600;
  }
  textarea {
    inline-size: 100%;
    min-block-size: 5rem;
    padding: var(--_space);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    resize: vertical;
  }
  .counter[data-low] {
    color: var(--_warning);
    font-weight: 600;
  }
`;

/** "42 characters left" with every Arabic plural form. */
export function charactersLeft(format: Formats, left: number): string {
  const n = format.number(left);
  return selectPlural(format, left, {
    zero: () => msg('0 characters left', { id: 'rating.left.zero' }),
    one: () => msg('1 character left', { id: 'rating.left.one' }),
    two: () => msg('2 characters left', { id: 'rating.left.two' }),
    few: () => msg(str`${n} characters left`, { id: 'rating.left.few' }),
    many: () => msg(str`${n} characters left`, { id: 'rating.left.many' }),
    other: () => msg(str`${n} characters left`, { id: 'rating.left.other' }),
  });
}

/**
 * The built-in chips, after the drivers of OMB A-11 §280 that Touchpoints asks about (effectiveness,
 * ease, efficiency, transparency, staff). Call during render, so that `msg()` answers in the element's locale.
 */
export function defaultChips(high: boolean): Chip[] {
  return high
    ? [
        { id: 'effectiveness', label: msg('I got what I needed') },
        { id: 'ease', label: msg('It was easy') },
        { id: 'efficiency', label: msg('It was quick') },
        { id: 'transparency', label: msg('The steps were clear') },
        { id: 'employee', label: msg('Staff were helpful') },
        { id: 'other', label: msg('Something else') },
      ]
    : [
        { id: 'effectiveness', label: msg('I did not get what I needed') },
        { id: 'ease', label: msg('It was hard to do') },
        { id: 'efficiency', label: msg('It took too long') },
        { id: 'transparency', label: msg('The steps were unclear') },
        { id: 'employee', label: msg('Staff were not helpful') },
        { id: 'other', label: msg('Something else') },
      ];
}

export interface FollowUpView {
  scale: RatingScale;
  score: number;
  format: Formats;
  chips: Chip[];
  reasons: readonly string[];
  comment: string;
  commentLimit: number;
  disabled: boolean;
  onReason: (event: Event) => void;
  onComment: (event: Event) => void;
}

/** What went well (or not), and the comment. */
export function followUpTemplate(view: FollowUpView): TemplateResult {
  const high = isHighScore(view.scale, view.score);
  const left = view.commentLimit - view.comment.length;
  return html`<fieldset class="reasons" part="reasons" ?disabled=${view.disabled}>
      <legend>${high ? msg('What went well?') : msg('What did not go well?')} <span class="optional">${msg('(optional)')}</span></legend>
      <div class="chips">
        ${view.chips.map((chip) => {
          const pressed = view.reasons.includes(chip.id);
          // A toggle button, not a checkbox in a pill: the whole pill is the target, its state in aria-pressed.
          return html`<button type="button" class="chip" value=${chip.id} aria-pressed=${pressed ? 'true' : 'false'} ?disabled=${view.disabled} @click=${view.onReason}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12.5l4.5 4.5L19 7.5" /></svg>${chip.label}
          </button>`;
        })}
      </div>
    </fieldset>
    <div class="comment" part="comment">
      <label for="comment">${msg('Anything else you would like to tell us?')} <span class="optional">${msg('(optional)')}</span></label>
      <p class="hint" id="comment-hint">${msg('Please do not write personal details such as your name, CPR number, phone number or email address.')}</p>
      <textarea id="comment" rows="3" maxlength=${view.commentLimit} aria-describedby="comment-hint comment-left" ?disabled=${view.disabled}
        .value=${view.comment} @input=${view.onComment}></textarea>
      <p class="counter" id="comment-left" ?data-low=${left <= 20}>${charactersLeft(view.format, left)}</p>
    </div>`;
}
