import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * What every element's shadow root starts with: tokens, a reset that keeps host CSS out, a visible
 * focus ring, the visually-hidden utility, skeletons that reserve the final size, and forced-colors
 * and reduced-motion support.
 */
export const base = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      text-align: start;
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
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding-block: 0.25rem;
      padding-inline: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_subtle);
      cursor: pointer;
    }
    button[data-variant='primary'] {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_on-accent);
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.7;
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .skeleton {
      display: block;
      border-radius: var(--_radius);
      background: linear-gradient(90deg, var(--_subtle) 25%, var(--_surface) 50%, var(--_subtle) 75%);
      background-size: 200% 100%;
      animation: jawda-shimmer 1.4s ease-in-out infinite;
      color: transparent;
    }
    @keyframes jawda-shimmer {
      from {
        background-position: 100% 0;
      }
      to {
        background-position: -100% 0;
      }
    }
    .message[data-tone='error'] {
      color: var(--_danger);
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
        --_star: CanvasText;
      }
      .skeleton {
        background: GrayText;
        forced-color-adjust: none;
      }
    }
    @media print {
      .skeleton {
        animation: none;
      }
    }
  `,
];
