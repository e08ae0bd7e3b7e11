import { css } from 'lit';

/**
 * The ranking's table, added to the scorecard's styles when the ranking loads. Its layout follows
 * the element's width (a container query on `.frame`): below 40rem the rows keep rank, name, result
 * and change, and nothing scrolls sideways.
 */
export const rankingStyles = css`
  .ranking {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .ranking .group {
    display: grid;
    gap: var(--_space);
  }
  .ranking .summary {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    padding: 0;
    list-style: none;
    font-weight: 600;
  }
  /* wide tables scroll here, not the page; the header stays in view while the rows scroll */
  .ranking .scroll {
    max-block-size: 80vh;
    overflow: auto;
  }
  .ranking table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    font-variant-numeric: tabular-nums;
  }
  .ranking thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface);
  }
  /* this centre's row: accent tint (selection, not a verdict) and the words beside its name */
  .ranking tr[aria-current] {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .ranking .this {
    display: inline-block;
    padding-inline: var(--_space);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    font-size: 0.875em;
  }
  .ranking caption {
    padding-block-end: var(--_space);
    font-weight: 700;
    font-size: 1.125em;
    text-align: start;
  }
  .ranking th,
  .ranking td {
    padding: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  .ranking tbody th {
    font-weight: 600;
  }
  .ranking th.rank {
    inline-size: 5rem;
  }
  .ranking th.model,
  .ranking th.change {
    inline-size: 7rem;
  }
  .ranking th.result {
    inline-size: 9rem;
  }
  .ranking thead th {
    padding: 0;
    vertical-align: bottom;
    color: var(--_text);
  }
  .ranking .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    inline-size: 100%;
    min-inline-size: 0;
    padding-inline: calc(var(--_space) / 2);
    border: 0;
    background: none;
    font-weight: 700;
    text-align: start;
    overflow-wrap: break-word;
  }
  .ranking .sort-icon::after {
    content: '↕';
    color: var(--_muted);
  }
  .ranking [aria-sort='ascending'] .sort-icon::after {
    content: '↑';
    color: inherit;
  }
  .ranking [aria-sort='descending'] .sort-icon::after {
    content: '↓';
    color: inherit;
  }
  .ranking .score {
    font-size: inherit;
    font-weight: 600;
    line-height: inherit;
  }
  .ranking .delta {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .ranking .tied {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .ranking .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
  }
  .ranking a {
    color: var(--_accent);
  }
  .ranking .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .ranking .filter {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
  }
  .ranking select {
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .ranking .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .ranking .pager [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .ranking[aria-busy='true'] table {
    opacity: 0.45;
  }
  .placeholder :is(caption, .summary li, tbody th, tbody td, .sort) {
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .placeholder select {
    visibility: hidden;
  }

  /*
   * narrow: each row is two lines, rank | name over result | change; entity and model leave the row.
   * The header row has the same grid, so each sort button sits above its column.
   */
  @container (max-width: 40rem) {
    .ranking :is(table, thead, tbody, caption) {
      display: block;
    }
    .ranking tr {
      display: grid;
      grid-template-columns: 3.25rem minmax(0, 1fr) auto;
      grid-template-areas: 'rank centre change' 'rank result change';
      column-gap: var(--_space);
      padding-block: calc(var(--_space) / 2);
      border-block-end: 1px solid var(--_border);
    }
    .ranking :is(th, td) {
      inline-size: auto !important;
      padding: 0;
      border: 0;
    }
    .ranking :is(th, td):is(.entity, .model) {
      display: none;
    }
    .ranking .rank {
      grid-area: rank;
    }
    .ranking .centre {
      grid-area: centre;
    }
    .ranking .result {
      grid-area: result;
    }
    .ranking .change {
      grid-area: change;
      text-align: end;
    }
    .ranking .sort {
      min-block-size: 2.75rem;
    }
    .ranking .tied {
      display: block;
    }
  }
`;
