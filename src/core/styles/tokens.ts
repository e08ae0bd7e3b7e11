import { css } from 'lit';

/** The dark theme's colours, written once: used by `theme="dark"` and by the system setting. */
const dark = css`
    --_surface: var(--jawda-dark-color-surface, #161b22);
    --_text: var(--jawda-dark-color-text, #e8ecf0);
    --_muted: var(--jawda-dark-color-muted, #aab4bf);
    --_border: var(--jawda-dark-color-border, #4a5561);
    --_subtle: var(--jawda-dark-color-subtle, #222a33);
    --_accent: var(--jawda-dark-color-accent, #7cc4f0);
    --_on-accent: var(--jawda-dark-color-on-accent, #0d1117);
    --_success: var(--jawda-dark-color-success, #6fd38f);
    --_warning: var(--jawda-dark-color-warning, #f2b65a);
    --_danger: var(--jawda-dark-color-danger, #ff8a80);
    --_star: var(--jawda-dark-color-star, #f2c14e);
    --_focus: var(--jawda-dark-color-focus, #8ab4f8);
    color-scheme: dark;
`;

/**
 * Design tokens. A portal themes Jawda with `--jawda-*` custom properties set on the element or any
 * ancestor; inside, each token is read once into a private `--_` property with a neutral
 * government default, so a token set on the page always wins over the default.
 *
 * @cssprop --jawda-font-family - Text font. Default: the page's font.
 * @cssprop --jawda-font-size - Base text size. Default 1rem.
 * @cssprop --jawda-radius - Corner radius. Default 0.5rem.
 * @cssprop --jawda-space - Base spacing unit. Default 0.5rem.
 * @cssprop --jawda-color-surface - Background (light theme).
 * @cssprop --jawda-color-text - Text colour (light theme).
 * @cssprop --jawda-color-muted - Secondary text colour (light theme).
 * @cssprop --jawda-color-border - Borders (light theme).
 * @cssprop --jawda-color-accent - Primary actions and selected options (light theme).
 * @cssprop --jawda-color-on-accent - Text on the accent colour.
 * @cssprop --jawda-color-success - Positive states.
 * @cssprop --jawda-color-warning - Warnings (e.g. a certificate about to expire).
 * @cssprop --jawda-color-danger - Errors and negative states.
 * @cssprop --jawda-color-star - Filled stars.
 * @cssprop --jawda-color-focus - Focus ring.
 * @cssprop --jawda-dark-color-surface - Background in the dark theme (and likewise `--jawda-dark-color-*` for each colour).
 */
export const tokens = css`
  :host {
    --_font: var(--jawda-font-family, inherit);
    --_size: var(--jawda-font-size, 1rem);
    --_radius: var(--jawda-radius, 0.5rem);
    --_space: var(--jawda-space, 0.5rem);
    --_surface: var(--jawda-color-surface, #ffffff);
    --_text: var(--jawda-color-text, #1b1f24);
    --_muted: var(--jawda-color-muted, #525b66);
    --_border: var(--jawda-color-border, #c4cad2);
    --_subtle: var(--jawda-color-subtle, #eef1f4);
    --_accent: var(--jawda-color-accent, #0b5c8a);
    --_on-accent: var(--jawda-color-on-accent, #ffffff);
    --_success: var(--jawda-color-success, #1d6b36);
    --_warning: var(--jawda-color-warning, #8a5300);
    --_danger: var(--jawda-color-danger, #b3261e);
    --_star: var(--jawda-color-star, #a86400);
    --_focus: var(--jawda-color-focus, #1a73e8);
    color-scheme: light;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    color: var(--_text);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
`;
