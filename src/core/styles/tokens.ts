import { css } from 'lit';

/**
 * Design tokens (see the README's design section). A portal themes Jawda with `--jawda-*` custom
 * properties set on the element or any ancestor; inside, each token is read once into a private
 * `--_` property with a government default, so a token set on the page always wins.
 *
 * Light or dark follows the page: each default is a `light-dark()` pair, chosen by the host's
 * `color-scheme`, which it inherits from the page (a page that declares `color-scheme: light dark`
 * gets dark elements on a dark system) unless `theme="light"` or `theme="dark"` sets it. The host is
 * transparent, so following the system on a page that stays light would put light text on it.
 * A portal's token replaces both; for its own dark colour it writes a pair itself:
 * `--jawda-text: light-dark(#222, #eee)`. Dark defaults: text #f2f2f2, muted #b8bcc4, surface
 * #17191c, sunken #26282c, borders #3e4046 / #6b7078, success #75e0a7, warning #fec84b, danger
 * #fda29b, info #84caff, neutral #c3c6cb, star #f2c14e, text on the accent #0e0f12.
 *
 * @cssprop [--jawda-accent=#1f5f8b] - The portal's brand colour: only for what can be pressed and what is selected, never for good or bad.
 * @cssprop [--jawda-on-accent=#ffffff] - Text on the accent.
 * @cssprop --jawda-accent-dark - The accent in the dark theme. Default: the portal's accent, its hue kept, lightened to at least 75% lightness (oklch).
 * @cssprop --jawda-focus - Focus ring (3 px, 2 px away). Default: the accent.
 * @cssprop [--jawda-text=#1b1d21] - Text.
 * @cssprop [--jawda-text-muted=#4b4f58] - Secondary text, chart labels.
 * @cssprop [--jawda-surface=#ffffff] - Background of the card look (`surface="card"`), dialogs and the kiosk.
 * @cssprop [--jawda-surface-sunken=#eef0f3] - Skeletons, bar tracks, table stripes.
 * @cssprop [--jawda-border=#c3c6cb] - Dividers and card borders.
 * @cssprop [--jawda-border-strong=#8a8f98] - Control borders and empty stars (3:1).
 * @cssprop [--jawda-success=#067647] - Good states: a valid certificate, a high score, the thank-you panel.
 * @cssprop [--jawda-warning=#b54708] - Needs attention: expiring soon, a setup mistake.
 * @cssprop [--jawda-danger=#b42318] - Failure: an error, a withdrawn certificate, a low score.
 * @cssprop [--jawda-info=#175cd3] - Information: offline and queued.
 * @cssprop [--jawda-neutral=#4b4f58] - Neither good nor bad: already rated, expired.
 * @cssprop [--jawda-star=#b7791f] - Filled stars.
 * @cssprop [--jawda-font-ar=system-ui, "Noto Sans Arabic", "IBM Plex Sans Arabic", "Segoe UI", Tahoma, sans-serif] - Arabic UI font stack (no Naskh: a book face).
 * @cssprop [--jawda-font-latin=system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif] - Latin UI font stack.
 * @cssprop [--jawda-font-size=1rem] - Body text size; the type scale (caption 0.875, question 1.25, title 1.5, figure 3) follows it.
 * @cssprop [--jawda-space=0.5rem] - The spacing unit; the scale is 0.5, 1, 1.5, 2, 3, 4, 6 and 8 of it (4-64 px).
 * @cssprop [--jawda-radius=0.5rem] - Corners of buttons, notices and cards (tags take half, dialogs and the kiosk twice).
 * @cssprop [--jawda-target=2.75rem] - Smallest size of a control (44 px; the kiosk uses 96 px).
 */
export const tokens = css`
  :host {
    --_brand: var(--jawda-accent, #1f5f8b);
    --_accent: light-dark(var(--_brand), var(--jawda-accent-dark, oklch(from var(--_brand) max(l, 0.75) c h)));
    --_on-accent: var(--jawda-on-accent, light-dark(#fff, #0e0f12));
    --_focus: var(--jawda-focus, var(--_accent));
    --_text: var(--jawda-text, light-dark(#1b1d21, #f2f2f2));
    --_muted: var(--jawda-text-muted, light-dark(#4b4f58, #b8bcc4));
    --_surface: var(--jawda-surface, light-dark(#fff, #17191c));
    --_subtle: var(--jawda-surface-sunken, light-dark(#eef0f3, #26282c));
    --_border: var(--jawda-border, light-dark(#c3c6cb, #3e4046));
    --_border-strong: var(--jawda-border-strong, light-dark(#8a8f98, #6b7078));
    --_success: var(--jawda-success, light-dark(#067647, #75e0a7));
    --_warning: var(--jawda-warning, light-dark(#b54708, #fec84b));
    --_danger: var(--jawda-danger, light-dark(#b42318, #fda29b));
    --_info: var(--jawda-info, light-dark(#175cd3, #84caff));
    --_neutral: var(--jawda-neutral, light-dark(#4b4f58, #c3c6cb));
    --_star: var(--jawda-star, light-dark(#b7791f, #f2c14e));
    --_font: var(--jawda-font-latin, system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_space: var(--jawda-space, 0.5rem);
    --_radius: var(--jawda-radius, 0.5rem);
    --_target: var(--jawda-target, 2.75rem);
    font-family: var(--_font);
    font-size: var(--jawda-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
  }
  /* Arabic lines need more room for dots and marks above and below. */
  :host(:lang(ar)) {
    --_font: var(--jawda-font-ar, system-ui, 'Noto Sans Arabic', 'IBM Plex Sans Arabic', 'Segoe UI', Tahoma, sans-serif);
    line-height: 1.7;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;
