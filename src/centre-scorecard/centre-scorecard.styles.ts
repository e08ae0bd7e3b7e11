import { css } from 'lit';

/**
 * Layout follows the element's own width (container queries), not the viewport: the same variant
 * fits a 280 px sidebar and a full-width page. Tier colours are decoration; text carries meaning.
 */
export const styles = css`
  .frame {
    container-type: inline-size;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  p,
  ul,
  ol,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  fieldset {
    margin: 0;
  }
  .issues {
    padding-inline-start: 1.25rem;
  }

  /* header */
  .name {
    font-size: 1.25em;
    line-height: 1.35;
  }
  .entity,
  .meta,
  .result-label,
  .cycle-label,
  .criterion-weight {
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    margin-block-start: calc(var(--_space) / 2);
    font-size: 0.875em;
  }
  /* a rule, not a middle dot: "·" reads like the Arabic zero "٠" */
  .meta > span + span {
    padding-inline-start: var(--_space);
    border-inline-start: 1px solid var(--_border);
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-inline-end: 0.25em;
    vertical-align: -0.25em;
    fill: currentColor;
  }

  /* cycle switcher: a segmented control; one row that scrolls inside itself on a phone */
  .cycles {
    display: flex;
    overflow-x: auto;
    margin-block-start: calc(var(--_space) * 1.5);
    padding: 5px;
    border: 0;
    min-inline-size: 0;
  }
  .cycles legend {
    padding: 0;
    font-size: 0.875em;
    font-weight: 700;
  }
  .cycle-option {
    position: relative;
    flex: none;
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    padding-inline: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-strong);
    margin-inline-start: -1px;
    cursor: pointer;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .cycle-option:first-of-type {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .cycle-option:last-of-type {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  /*
   * The row's first layout (on a phone it scrolls) starts at the chosen cycle: where the browser has
   * scroll-initial-target, also for a scorecard rendered hidden (a closed tab), which measured 0 wide
   * when updated() scrolled the row, and which nothing moves when it is shown.
   */
  .cycle-option:has(:checked) {
    scroll-initial-target: nearest;
    z-index: 1;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    forced-color-adjust: none; /* HighlightText on Highlight, no backplate behind the words */
  }
  .cycle-option:has(:focus-visible) {
    z-index: 2;
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* result and standing */
  .summary {
    display: grid;
    gap: var(--_space);
    margin-block: calc(var(--_space) * 2);
  }
  .result-label {
    font-size: 0.875em;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .score {
    font-size: 3em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  /* Tags (tier, strongest, needs improvement): tint and text in one colour, and always a word. */
  .tier,
  .mark {
    display: inline-flex;
    align-items: center;
    padding-inline: var(--_space);
    border-radius: calc(var(--_radius) / 2);
    font-weight: 700;
  }
  /*
   * Tier pairs: text and tint, set by the portal or the brief's defaults; the dark pair is derived
   * from the same hue (light text on a dark tint), above 4.5:1 for the four defaults.
   */
  .tier {
    white-space: nowrap;
    color: light-dark(var(--_t), color-mix(in oklab, var(--_t) 40%, #fff));
    background: light-dark(var(--_tb), color-mix(in oklab, var(--_t) 35%, #0e0f12));
  }
  [data-tier='platinum'] {
    --_t: var(--jawda-tier-platinum, #2e3a4b);
    --_tb: var(--jawda-tier-platinum-bg, #e6eaf0);
  }
  [data-tier='gold'] {
    --_t: var(--jawda-tier-gold, #6c4527);
    --_tb: var(--jawda-tier-gold-bg, #f2eccf);
  }
  [data-tier='silver'] {
    --_t: var(--jawda-tier-silver, #3e4046);
    --_tb: var(--jawda-tier-silver-bg, #e1e3e5);
  }
  [data-tier='bronze'] {
    --_t: var(--jawda-tier-bronze, #7a3a12);
    --_tb: var(--jawda-tier-bronze-bg, #fce9d8);
  }
  .standing {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: center;
  }
  .delta-up {
    fill: var(--_success);
  }
  .delta-down {
    fill: var(--_danger);
  }
  .delta-same {
    fill: var(--_muted);
  }
  .rank {
    font-weight: 600;
  }

  /* sections */
  .main,
  .side {
    display: grid;
    gap: calc(var(--_space) * 2);
    align-content: start;
  }
  .details,
  .more[open] > .main,
  .more > .side {
    margin-block-start: calc(var(--_space) * 2);
  }
  .details {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .section-heading {
    margin-block-end: var(--_space);
    font-size: 1em;
    line-height: 1.5;
  }
  .side ul {
    padding-inline-start: 1.25rem;
  }
  summary {
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  summary::before {
    content: '▸';
    margin-inline-end: 0.5rem;
  }
  :host(:dir(rtl)) summary::before {
    content: '◂';
  }
  details[open] > summary::before {
    content: '▾';
  }

  /* criteria */
  .criteria ul {
    display: grid;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  .criterion {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0 var(--_space);
    align-items: center;
  }
  .criterion-score {
    justify-self: end;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .bar {
    grid-column: 1 / -1;
    inline-size: 100%;
    block-size: 0.5rem;
    border-radius: 0.25rem;
    background: var(--_subtle);
  }
  .fill {
    fill: var(--jawda-scorecard-bar, var(--_tone));
  }
  :host(:dir(rtl)) .bar,
  :host(:dir(rtl)) .trend-line {
    transform: scaleX(-1);
  }
  .criterion-weight,
  .mark {
    font-size: 0.875em;
  }
  /*
   * On the weight's line, across the row: spanning the name's column, the mark does not widen the
   * percentage's (a "Needs improvement" as wide as that column squeezed the name onto two lines).
   */
  .criterion-weight,
  .mark {
    grid-row: 3;
    grid-column: 1;
    justify-self: start;
  }
  .mark {
    grid-column: 1 / -1;
    justify-self: end;
    color: var(--_tone);
    /* On the surface, not the page: the tone keeps 4.5:1 on any portal background. */
    background: color-mix(in srgb, var(--_tone) 7%, var(--_surface));
  }
  /* history: the chart's geometry, which the skeleton draws too (its labels and table: ./history.ts) */
  .trend-row {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  /* chart labels: at least 13 px, the Arabic minimum (12 px Latin) */
  .trend-row,
  .axis-title {
    font-size: max(0.8125em, 13px);
  }
  /* the dots' round caps reach past the edge; nothing in the chart takes focus, so clipping is safe */
  .trend {
    overflow: clip;
  }
  .trend-line {
    display: block;
    inline-size: 100%;
    block-size: 4rem;
    overflow: visible;
  }
  .trend-line polyline {
    fill: none;
    stroke: var(--_neutral);
    stroke-width: 2px;
  }
  .trend-line .dot {
    stroke: var(--_neutral);
    stroke-width: 8px;
    stroke-linecap: round;
  }
  .trend-line .axis {
    stroke: var(--_border);
    stroke-width: 1px;
  }

  /* While another cycle loads, the old one stays, greyed, so nothing moves. Grey, not faded: fading
     lowered its text below 4.5:1 (axe caught it mid-fade), and it is still there to be read. */
  .scorecard[aria-busy='true'] > :not(header, .cycles) {
    filter: grayscale(1);
  }

  /* loading skeleton: the real template with its text hidden behind sunken bars (no shimmer) */
  .placeholder,
  .placeholder * {
    color: transparent !important;
    user-select: none;
  }
  .placeholder :is(.name, .entity, .meta > span, .score, .result-label, .cycle-label, .tier, .delta, .rank, .criterion-name, .criterion-score, .criterion-weight, .mark, .section-heading, .side li, summary, legend, .cycle-option) {
    border-radius: var(--_radius);
    background: var(--_subtle);
    border-color: transparent;
  }
  .placeholder svg * {
    fill: var(--_subtle) !important;
    stroke: var(--_subtle) !important;
  }
  .placeholder polyline {
    fill: none !important;
  }
  .placeholder input {
    visibility: hidden;
  }
  /* the ranking's module is on its way: room for its table */
  .ranking-pending {
    min-block-size: 24rem;
  }

  /* a 280 px sidebar: everything in one column, smaller headline figures */
  /* wider: the result beside its standing, criteria in one row each */
  @container (min-width: 30rem) {
    .summary {
      grid-template-columns: minmax(10rem, auto) 1fr;
      align-items: center;
      column-gap: calc(var(--_space) * 3);
    }
    .criterion {
      grid-template-columns: minmax(8rem, 2fr) 3fr 4.5rem;
    }
    .bar {
      grid-column: auto;
      grid-row: 1;
      grid-column-start: 2;
    }
    .criterion-name {
      grid-column: 1;
    }
    .criterion-score {
      grid-column: 3;
      text-align: end;
    }
    .criterion-weight,
    .mark {
      grid-row: 2;
    }
    .mark {
      grid-column: 2 / -1;
    }
  }
  /* compact: the headline only, findings behind a disclosure */
  [data-variant='compact'] .summary {
    margin-block: var(--_space) calc(var(--_space) * 2);
  }
  /* full and wide: criteria and history beside evidence and findings */
  @container (min-width: 48rem) {
    [data-variant='full'] .details {
      grid-template-columns: 3fr 2fr;
      column-gap: calc(var(--_space) * 4);
    }
    [data-variant='full'] .name {
      font-size: 1.5em;
    }
  }

  @media print {
    .frame {
      break-inside: avoid;
    }
    .cycles {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    .more > summary {
      display: none;
    }
    .scorecard[aria-busy='true'] > * {
      opacity: 1;
    }
    .bar,
    .trend-line,
    .icon {
      print-color-adjust: exact;
    }
  }
  @media (forced-colors: active) {
    .fill {
      fill: CanvasText;
    }
    .bar,
    .tier,
    .mark {
      outline: 1px solid CanvasText;
    }
  }
`;
