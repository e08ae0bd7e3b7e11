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
 * @cssprop [--jawda-font-family=inherit] - Text font. Default: the page's font.
 * @cssprop [--jawda-font-size=1rem] - Base text size.
 * @cssprop [--jawda-radius=0.5rem] - Corner radius.
 * @cssprop [--jawda-space=0.5rem] - Base spacing unit.
 * @cssprop [--jawda-color-surface=#ffffff] - Background (light theme).
 * @cssprop [--jawda-color-text=#1b1f24] - Text colour (light theme).
 * @cssprop [--jawda-color-muted=#525b66] - Secondary text colour (light theme).
 * @cssprop [--jawda-color-border=#c4cad2] - Borders (light theme).
 * @cssprop [--jawda-color-subtle=#eef1f4] - Quiet backgrounds: skeletons, chips, table stripes, bar tracks (light theme).
 * @cssprop [--jawda-color-accent=#0b5c8a] - Primary actions and selected options (light theme).
 * @cssprop [--jawda-color-on-accent=#ffffff] - Text on the accent colour (light theme).
 * @cssprop [--jawda-color-success=#1d6b36] - Positive states (light theme).
 * @cssprop [--jawda-color-warning=#8a5300] - Warnings, e.g. a certificate about to expire (light theme).
 * @cssprop [--jawda-color-danger=#b3261e] - Errors and negative states (light theme).
 * @cssprop [--jawda-color-star=#a86400] - Filled stars (light theme).
 * @cssprop [--jawda-color-focus=#1a73e8] - Focus ring (light theme).
 * @cssprop [--jawda-dark-color-surface=#161b22] - Background in the dark theme (`theme="dark"`, or the system setting).
 * @cssprop [--jawda-dark-color-text=#e8ecf0] - Text colour in the dark theme (`theme="dark"`, or the system setting).
 * @cssprop [--jawda-dark-color-muted=#aab4bf] - Secondary text colour in the dark theme (`theme="dark"`, or the system setting).
 * @cssprop [--jawda-dark-color-border=#4a5561] - Borders in the dark theme (`theme="dark"`, or the system setting).
 * @cssprop [--jawda-dark-color-subtle=#222a33] - Quiet backgrounds: skeletons, chips, table stripes, bar tracks in the dark theme (`theme="dark"`, or the system setting).
 * @cssprop [--jawda-dark-color-accent=#7cc4f0] - Primary actions and selected options in the dark theme (`theme="dark"`, or the system setting).
 * @cssprop [--jawda-dark-color-on-accent=#0d1117] - Text on the accent colour in the dark theme (`theme="dark"`, or the system setting).
 * @cssprop [--jawda-dark-color-success=#6fd38f] - Positive states in the dark theme (`theme="dark"`, or the system setting).
 * @cssprop [--jawda-dark-color-warning=#f2b65a] - Warnings, e.g. a certificate about to expire, in the dark theme (`theme="dark"`, or the system setting).
 * @cssprop [--jawda-dark-color-danger=#ff8a80] - Errors and negative states in the dark theme (`theme="dark"`, or the system setting).
 * @cssprop [--jawda-dark-color-star=#f2c14e] - Filled stars in the dark theme (`theme="dark"`, or the system setting).
 * @cssprop [--jawda-dark-color-focus=#8ab4f8] - Focus ring in the dark theme (`theme="dark"`, or the system setting).
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
