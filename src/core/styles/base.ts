import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * What every element's shadow root starts with: tokens, a reset that keeps host CSS out, a visible
 * focus ring, the visually-hidden utility, skeletons that reserve the final size, the notice, and
 * forced-colors and reduced-motion support. An element that sends something adds `panelStyles`
 * (./panel.ts) after it.
 */
export const base = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      text-align: start;
    }
    /* The card look, asked for: never a background without padding. */
    :host([surface='card']) {
      padding: clamp(calc(var(--_space) * 2), 5vw, calc(var(--_space) * 3));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    button,
    input,
    textarea,
    select {
      font: inherit;
      color: inherit;
    }
    button {
      min-block-size: var(--_target);
      min-inline-size: var(--_target);
      padding-block: 0.25rem;
      padding-inline: 1rem;
      border: 1px solid var(--_border-strong);
      border-radius: var(--_radius);
      background: transparent;
      font-weight: 500;
      cursor: pointer;
    }
    button:disabled,
    button[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.6;
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    /* overflow: clip where the browser has it: clipped all the same, without a scroll box each. */
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      overflow: clip;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* Sunken blocks of the final size; no shimmer: nothing moves while the page loads (GOV.UK's way). */
    .skeleton {
      display: block;
      border-radius: var(--_radius);
      background: var(--_subtle);
      color: transparent;
    }
    /* The notice (core/notice.ts): one colour for tint, bar, icon and heading. */
    .notice {
      display: flex;
      gap: calc(var(--_space) * 1.5);
      padding: calc(var(--_space) * 2);
      border-inline-start: 4px solid var(--_tone);
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_tone) 9%, var(--_surface));
    }
    .notice > svg {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      color: var(--_tone);
    }
    .notice > svg {
      fill: none;
      stroke: currentColor;
      stroke-width: 2.2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .notice p {
      margin: 0;
    }
    .notice .heading {
      font-weight: 700;
      color: var(--_tone);
    }
    .notice button {
      margin-block-start: var(--_space);
    }
    [data-tone='danger'] {
      --_tone: var(--_danger);
    }
    [data-tone='warning'] {
      --_tone: var(--_warning);
    }
    [data-tone='info'] {
      --_tone: var(--_info);
    }
    [data-tone='neutral'] {
      --_tone: var(--_neutral);
    }
    [data-tone='success'] {
      --_tone: var(--_success);
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
      }
    }
    @media (forced-colors: active) {
      :host {
        --_accent: Highlight;
        --_on-accent: HighlightText;
        --_focus: Highlight;
        --_border: CanvasText;
        --_border-strong: CanvasText;
        --_star: CanvasText;
      }
      .notice {
        border: 2px solid CanvasText;
      }
      .skeleton {
        background: GrayText;
        forced-color-adjust: none;
      }
    }
  `,
];
