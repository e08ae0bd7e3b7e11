import { css } from 'lit';

/**
 * The primary button (what sends) and the confirmation panel (what was sent, core/notice.ts): only
 * an element that sends something uses them, after `base`; the others' first loads go without.
 */
export const panelStyles = css`
  /* Forced colours: the accent is Highlight, its text HighlightText; no backplate (Canvas) behind the words. */
  button[data-variant='primary'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    forced-color-adjust: none;
  }
  /* The confirmation panel (GOV.UK's): solid success, centred, a large tick. */
  .panel {
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius);
    background: var(--_success);
    color: var(--_surface);
    text-align: center;
  }
  .panel > svg {
    inline-size: 3rem;
    block-size: 3rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .panel .heading {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.3;
  }
  .panel p {
    margin: var(--_space) 0 0;
  }
  @media (forced-colors: active) {
    .panel {
      border: 2px solid CanvasText;
    }
  }
`;
