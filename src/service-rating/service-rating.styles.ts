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
  .form {
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
   * star outlines, even-odd) when empty, the whole star when filled: the points of the summary's SVG
   * star, 0.75 of its 24 units out and in (its 1.5 stroke). No SVG, no image: nothing for a CSP to
   * block. A star's radio is its label's only child (faces, thumbs and a kiosk's stars have an icon
   * and a name beside theirs, and a see-through radio over them).
   */
  [data-scale='stars'] .option {
    color: var(--_star);
  }
  .option > input:only-child {
    --_points: 50% 3%, 64% 33%, 96% 37%, 72% 59%, 79% 91%, 50% 75%, 21% 91%, 28% 59%, 4% 37%, 36% 33%;
    --_ring: polygon(evenodd, var(--_points), 50% 3%, 50% 18%, 40% 39%, 18% 42%, 35% 57%, 30% 79%, 50% 68%, 70% 79%, 65% 57%, 82% 42%, 60% 39%, 50% 18%);
    position: static;
    inline-size: 2rem;
    block-size: 2rem;
    opacity: 1;
    appearance: none;
    background: var(--_star);
    clip-path: var(--_ring);
  }
  /* Filled up to the choice: the checked star and the stars before it (a kiosk's: see [data-state]). */
  [data-score='1'] > :nth-child(-n + 1) > input:only-child,
  [data-score='2'] > :nth-child(-n + 2) > input:only-child,
  [data-score='3'] > :nth-child(-n + 3) > input:only-child,
  [data-score='4'] > :nth-child(-n + 4) > input:only-child,
  [data-score='5'] > .option > input:only-child {
    clip-path: polygon(var(--_points));
    background: var(--_star-filled, var(--_star));
  }
  /* Hovering previews the stars up to the one under the pointer (the same specificity, later: it wins). */
  @media (hover: hover) {
    :has(> .option:hover) > .option > input:only-child {
      clip-path: var(--_ring);
    }
    .option:is(:hover, :has(~ .option:hover)) > input:only-child {
      clip-path: polygon(var(--_points));
    }
  }
  @media (forced-colors: active) {
    .option > input:only-child {
      --_star-filled: Highlight;
      forced-color-adjust: none;
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
