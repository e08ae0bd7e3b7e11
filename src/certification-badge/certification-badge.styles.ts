import { css } from 'lit';
import { base } from '../core/styles/base.js';

export const styles = [
  base,
  css`
    :host([variant='pill']) {
      display: inline-block;
      background: transparent;
    }
    .message {
      margin: 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    [data-tone='success'] {
      --_tone: var(--_success);
    }
    [data-tone='warning'] {
      --_tone: var(--_warning);
    }
    [data-tone='danger'] {
      --_tone: var(--_danger);
    }
    [data-tone='neutral'] {
      --_tone: var(--_muted);
    }
    .icon {
      flex: none;
      color: var(--_tone, currentColor);
    }
    .status {
      display: flex;
      align-items: flex-start;
      gap: var(--_space);
      margin-block: var(--_space);
    }
    .status .label {
      color: var(--_tone);
    }
    .status .date {
      display: block;
      color: var(--_muted);
    }

    /* pill */
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
      gap: calc(var(--_space) * 0.75);
      border-color: var(--_tone);
      border-radius: 999px;
      background: var(--_surface);
      color: var(--_text);
      max-inline-size: 100%;
      flex-wrap: wrap;
      white-space: nowrap;
    }
    .pill .label {
      color: var(--_tone);
      font-weight: 600;
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
      font-size: 1.125em;
      line-height: 1.35;
    }
    .title {
      display: block;
      font-weight: 400;
      color: var(--_muted);
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
    .caption {
      margin-block: 0 var(--_space);
      font-weight: 600;
    }
    .issuer,
    .explanation {
      margin-block: var(--_space);
    }
    dl {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      margin-block: calc(var(--_space) * 1.5);
    }
    dl > div {
      display: grid;
      grid-template-columns: minmax(8rem, 1fr) 2fr;
      gap: var(--_space);
    }
    dt {
      color: var(--_muted);
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
    .verify {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
      font-weight: 600;
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
    @media (max-width: 30rem) {
      dl > div {
        grid-template-columns: 1fr;
        gap: 0;
      }
    }
    @media (forced-colors: active) {
      .pill {
        border-color: ButtonText;
      }
    }
  `,
];
