import { css } from 'lit';
import { base } from '../core/styles/base.js';

/**
 * The badge (design language §5): the status is the one strong thing, a tag with icon and words in
 * its semantic colour; facts are quiet label/value fields; the verify link is secondary. Every
 * colour is a token (light and dark pairs), the tone comes from base.ts's [data-tone] rules.
 */
export const styles = [
  base,
  css`
    :host([variant='pill']) {
      display: inline-block;
    }
    .icon {
      flex: none;
      color: var(--_tone, currentColor);
    }

    /* The status tag: body size, bold, icon + words, tinted and bordered in one colour. */
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
      margin: 0;
    }
    .tag {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      padding: calc(var(--_space) * 0.5) var(--_space);
      border: 1px solid var(--_tone);
      border-radius: calc(var(--_radius) / 2);
      color: var(--_tone);
      font-weight: 700;
    }
    .tag,
    .pill {
      background: color-mix(in srgb, var(--_tone) 9%, var(--_surface));
    }
    .status .date,
    .issuer,
    .title,
    dt {
      color: var(--_muted);
    }
    /* The second status line (verification; signed records will say "Verified by ..." here). */
    .stale {
      flex-wrap: nowrap;
      align-items: start;
      margin-block-start: var(--_space);
    }
    .stale .label {
      font-weight: 500;
    }
    .stale .date {
      display: block;
    }

    /* pill: icon, status word and standard on one line */
    .pills {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .pill {
      display: inline-flex;
      align-items: center;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.75);
      max-inline-size: 100%;
      border-color: var(--_tone);
      border-radius: 999px;
      color: var(--_text);
      white-space: nowrap;
    }
    .pill .label {
      color: var(--_tone);
      font-weight: 700;
    }
    /* "Verification out of date" is said in the pill's visible words, not only in its name. */
    .pill .verification {
      display: inline-flex;
      align-items: center;
      gap: calc(var(--_space) * 0.5);
      color: var(--_tone);
    }

    /* card and list */
    h2,
    h3 {
      margin: 0;
      font-size: 1em;
    }
    .card h3 {
      margin-block-start: calc(var(--_space) * 2);
    }
    .title {
      display: block;
      font-weight: 400;
    }
    .cards {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .card,
    .item {
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .list ul {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /*
     * A row per certificate: status (tag over its date), standard, issuer, verify link; the
     * verification line and the details below, full width. As many columns as fit: one on a phone.
     */
    .item {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      align-items: start;
      gap: var(--_space) calc(var(--_space) * 3);
    }
    /* Full width: the verification line and details of a row, the scope among the fields. */
    .item > .stale,
    .item > details,
    .scope {
      grid-column: 1 / -1;
    }
    .item div.status {
      flex-direction: column;
      align-items: flex-start;
    }
    .item > * {
      margin: 0;
    }

    .caption {
      margin-block: 0 var(--_space);
      font-weight: 700;
    }
    /* Label above value, as many columns of fields as fit: the card uses its width. */
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      gap: calc(var(--_space) * 2) calc(var(--_space) * 3);
      margin-block: calc(var(--_space) * 2);
    }
    dt {
      font-size: 0.875em;
    }
    dd {
      margin: 0;
    }
    .sites {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .logo {
      display: block;
      block-size: 2.5rem;
      inline-size: auto;
      max-inline-size: 10rem;
      margin-block-end: calc(var(--_space) * 0.5);
      object-fit: contain;
    }
    details {
      margin-block: var(--_space);
    }
    summary {
      cursor: pointer;
      color: var(--_accent);
    }
    a {
      color: var(--_accent);
    }
    a .icon {
      margin-inline-start: 0.25em;
      vertical-align: -0.15em;
    }
    :host(:dir(rtl)) a .icon {
      transform: scaleX(-1);
    }
    /*
     * Secondary: regular weight, caption size; still a 44 px target (padding round one caption
     * line). Inline-block, so that on a phone the icon wraps with the last word, not apart from it.
     */
    .verify {
      display: inline-block;
      padding-block: 0.75rem;
      font-size: 0.875em;
      font-weight: 400;
    }

    /* skeletons reserve the final size */
    .skeleton.pill {
      inline-size: 16rem;
      block-size: 2.75rem;
      border-radius: 999px;
    }
    .skeleton.card {
      block-size: 24rem;
    }
    .skeleton.list {
      block-size: 14rem;
    }
    /* Forced colours drop the tint but keep the tag's and the pill's border and the words; an SVG's
       colour is not forced, so its icon is drawn in the text colour (tested in design.test.ts). */
    @media (forced-colors: active) {
      .icon {
        color: CanvasText;
      }
    }
  `,
];
