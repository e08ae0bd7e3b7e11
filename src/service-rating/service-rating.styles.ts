import { css } from 'lit';

export const styles = css`
  /* The Happiness Meter's colours (the rating alone uses them). */
  :host {
    --_face-1: var(--jawda-face-unhappy, light-dark(#d83731, #f47a75));
    --_face-2: var(--jawda-face-neutral, light-dark(#d67909, #f8c027));
    --_face-3: var(--jawda-face-happy, light-dark(#3f8e50, #6fb97f));
  }
  /* Floating and dialog deliveries take no room in the page: the page's layout does not move. */
  :host([delivery='floating']:not([readonly])),
  :host([delivery='dialog']:not([readonly])) {
    display: contents;
  }
  .question:focus {
    outline: none;
  }
  /* A column, not a grid: laid out as fast, and without a grid's track tables (1.7 kB each) in every rating. */
  form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space);
    font-weight: 500;
  }
  .question {
    font-size: 1.25em;
    line-height: 1.4;
  }
  p {
    margin: 0;
  }
  .optional,
  .hint,
  .counter,
  .choice {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.9em;
  }

  /* Choices: a native radio in each label, unseen but reachable; the label is the target. */
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .option {
    position: relative;
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.25rem;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    padding: 0.25rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /*
   * The radio covers its choice with nothing drawn (GOV.UK's radios): the whole choice is its box,
   * for a pointer and for a screen reader's touch, and it needs none of the clipping of
   * .visually-hidden (three clips and a scroll box per radio: five per rating).
   */
  .option > input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The choices are disabled with their fieldset (disabled, or sending). */
  .scale:disabled .option {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .icon {
    inline-size: 2rem;
    block-size: 2rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .feature {
    fill: currentColor;
    stroke: none;
  }
  /*
   * A star is its radio, without the native look, cut to a star: an outline 2 px wide (a ring of two
   * star outlines, even-odd) when empty, the whole star when filled. The same points as the summary's
   * star (24-unit box, 0.75 out and in of the path). No SVG, no image: nothing for a CSP to block.
   */
  [data-scale='stars'] {
    --_star-ring: polygon(evenodd, 50% 3.4%, 63.8% 32.9%, 96.3% 36.9%, 72.2% 59%, 78.6% 91%, 50% 75.2%, 21.4% 91%, 27.8% 59%, 3.7% 36.9%, 36.2% 32.9%, 50% 3.4%, 50% 18.2%, 40.4% 38.7%, 17.9% 41.5%, 34.7% 56.8%, 30.2% 79%, 50% 68.1%, 69.8% 79%, 65.3% 56.8%, 82.1% 41.5%, 59.6% 38.7%, 50% 18.2%);
    --_star-whole: polygon(50% 3.4%, 63.8% 32.9%, 96.3% 36.9%, 72.2% 59%, 78.6% 91%, 50% 75.2%, 21.4% 91%, 27.8% 59%, 3.7% 36.9%, 36.2% 32.9%);
  }
  [data-scale='stars'] .option > input {
    position: static;
    inline-size: 2rem;
    block-size: 2rem;
    opacity: 1;
    appearance: none;
    background: var(--_star);
    clip-path: var(--_star-ring);
  }
  /* Filled up to the choice: the checked star and the stars before it. */
  [data-scale='stars'] .option[data-state] > input {
    clip-path: var(--_star-whole);
  }
  /* Hovering previews: the stars up to the one under the pointer (the same specificity, later: it wins). */
  @media (hover: hover) {
    [data-scale='stars']:has(.option:hover) .option > input {
      clip-path: var(--_star-ring);
    }
    [data-scale='stars'] .option:is(:hover, :has(~ .option:hover)) > input {
      clip-path: var(--_star-whole);
    }
  }
  @media (forced-colors: active) {
    [data-scale='stars'] .option > input {
      forced-color-adjust: none;
      background: CanvasText;
    }
    [data-scale='stars'] .option[data-state] > input {
      background: Highlight;
    }
  }
  [data-scale='faces'] .option,
  [data-scale='thumbs'] .option {
    flex: 1 1 5.5rem;
    max-inline-size: 9rem;
    padding: var(--_space);
    border-color: var(--_border-strong);
    --_face: var(--_accent);
  }
  /* The Happiness Meter's colours, with the face's shape and its word: never colour alone. */
  [data-scale='faces'] .option:nth-child(1) {
    --_face: var(--_face-1);
  }
  [data-scale='faces'] .option:nth-child(2) {
    --_face: var(--_face-2);
  }
  [data-scale='faces'] .option:nth-child(3) {
    --_face: var(--_face-3);
  }
  [data-scale='faces'] .icon {
    color: var(--_face);
  }
  [data-scale='faces'] .option[data-state='checked'],
  [data-scale='thumbs'] .option[data-state='checked'] {
    border-color: var(--_face);
    box-shadow: 0 0 0 2px var(--_face);
    background: color-mix(in srgb, var(--_face) 14%, transparent);
    font-weight: 700;
  }
  [data-scale='faces'] .option[data-state='checked'] .icon {
    fill: var(--_face);
    color: var(--_surface);
  }
  [data-scale='faces'] .option[data-state='checked'] .icon circle:first-child {
    stroke: var(--_face);
  }
  /*
   * The chosen face or thumb is drawn bolder. Not the chosen star: it is filled, as the ones before it,
   * and its name is written under them; a stroke width is geometry, and a thousand stars laid out
   * again made a new score cost twice as much.
   */
  [data-scale='faces'] .option[data-state='checked'] .icon,
  [data-scale='thumbs'] .option[data-state='checked'] .icon {
    stroke-width: 2.25;
  }
  /*
   * The name of the chosen star, in a line kept for it under the stars, out of the flow: a new
   * choice lays out these words alone, not the form around them.
   */
  .scale:has(> .choice:not([hidden])) {
    position: relative;
    padding-block-end: calc(1.35em + 0.25rem);
    padding-block-end: calc(0.9lh + 0.25rem);
  }
  .choice {
    position: absolute;
    inset-inline-start: 0;
    inset-block-end: 0;
  }
  .field-error {
    margin-block-start: 0.25rem;
    color: var(--_danger);
    font-weight: 600;
  }

  button[part='submit'] {
    align-self: start;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  /* The honeypot: off screen and out of the tab order; people never meet it. */
  .trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    overflow: clip;
    clip-path: inset(50%);
  }

  .issues {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }

  /* The summary's skeleton (its chunk brings the rest: summary.ts) */
  .summary {
    display: flex;
    min-block-size: 1.75rem;
    margin-block-start: var(--_space);
  }
  .summary.skeleton {
    inline-size: 14rem;
    max-inline-size: 100%;
  }

  :host([disabled]) {
    opacity: 0.75;
  }
  @media (forced-colors: active) {
    [data-scale='faces'] .option[data-state='checked'],
    [data-scale='thumbs'] .option[data-state='checked'] {
      border-width: 3px;
    }
  }
`;
