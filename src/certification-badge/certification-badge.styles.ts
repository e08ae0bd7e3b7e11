import { css } from 'lit';
import { base } from '../core/styles/base.js';

/**
 * The badge (design language §5): the status is the one strong thing, in its semantic colour with
 * icon and words; every colour is a token (light and dark pairs), the tone comes from base.ts's
 * [data-tone] rules. Here what every badge shows first: the pill and the skeletons; the card's,
 * the list's and the dialog's styles come with their views (./details.ts).
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
      background: color-mix(in srgb, var(--_tone) 9%, var(--_surface));
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
