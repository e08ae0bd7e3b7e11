/**
 * What the charts share (compare, trend): the points are one tab stop (roving tabindex) that the
 * arrows move through in the reading direction of their list (a time axis is left to right in
 * either language), Home and End to the ends; and the disclosure that shows the table.
 */
import { css, html, type TemplateResult } from 'lit';
import { msg } from '../core/i18n/msg.js';
import type { Table } from './table.js';

/** Moves focus between the points: one tab stop (roving tabindex), arrows, Home and End. */
export function onKey(event: KeyboardEvent): void {
  const point = (event.target as HTMLElement).closest('li');
  const list = point?.parentElement;
  if (!point || !list) return;
  const points = [...list.children] as HTMLElement[];
  const at = points.indexOf(point);
  const rtl = getComputedStyle(list).direction === 'rtl';
  const next = rtl ? 'ArrowLeft' : 'ArrowRight';
  const previous = rtl ? 'ArrowRight' : 'ArrowLeft';
  const to =
    event.key === 'ArrowDown' || event.key === next
      ? Math.min(at + 1, points.length - 1)
      : event.key === 'ArrowUp' || event.key === previous
        ? Math.max(at - 1, 0)
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? points.length - 1
            : undefined;
  if (to === undefined) return;
  event.preventDefault();
  for (const [i, each] of points.entries()) each.tabIndex = i === to ? 0 : -1;
  points[to]!.focus();
}

/** Shows or hides the table (the disclosure's button). */
export function toggle(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  const table =
    button.getRootNode() instanceof ShadowRoot
      ? (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls')!)
      : null;
  if (table) table.hidden = !open;
}

/**
 * Below a chart: the disclosure button of its table, the CSV download of that table, and the table
 * itself (every plotted value; `th[scope]`), hidden until the button opens it.
 */
export function tableBlock(table: Table, csv: string, file: string, caption: string): TemplateResult {
  const id = 'results-table';
  return html`<div class="actions">
      <button type="button" aria-expanded="false" aria-controls=${id} @click=${toggle}>${msg('Show the table', { id: 'results.show-table' })}</button>
      <a class="download" href=${`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`} download=${file}
        >${msg('Download the table (CSV)', { id: 'results.download' })}</a
      >
    </div>
    <div class="table-region" id=${id} hidden role="region" aria-label=${msg('Table of the chart', { id: 'results.table-label' })} tabindex="0">
      <table>
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            ${table.head.map((heading) => html`<th scope="col">${heading}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            ([name, ...values]) =>
              html`<tr>
                <th scope="row">${name}</th>
                ${values.map((value) => html`<td>${value}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** The styles of what the charts share: the note, the actions, the table. */
export const chartStyles = css`
  .note {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin-block: calc(var(--_space) * 2);
  }
  .download {
    color: var(--_accent);
  }
  .table-region {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    margin-block-end: var(--_space);
  }
  th,
  td {
    padding: calc(var(--_space) / 2) var(--_space);
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
`;

/**
 * The rows of the charts that draw one mark per group (compare, distribution, reasons): the group's
 * name and value beside its mark, above it in a narrow column, on one axis of ticks.
 */
export const rowChartStyles = css`
  .chart {
    position: relative;
    --_label: min(40%, 16rem);
    --_gap: calc(var(--_space) * 2);
    /* The ends of the axis stand in from the edge: a tick's label and a mark at 0 or 100 stay inside. */
    --_inset: 1.25rem;
  }
  .axis {
    position: relative;
    block-size: 1.5rem;
    margin-inline: calc(var(--_label) + var(--_gap) + var(--_inset)) var(--_inset);
    font-size: 0.8125rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .tick {
    position: absolute;
    transform: translateX(-50%);
  }
  .points {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .point {
    display: grid;
    grid-template-columns: var(--_label) 1fr;
    grid-template-areas: 'name mark' 'value mark';
    align-items: center;
    column-gap: var(--_gap);
    padding-block: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
  }
  .point:focus-visible {
    outline-offset: 0;
  }
  .name {
    grid-area: name;
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .value {
    grid-area: value;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  .votes {
    color: var(--_muted);
  }
  .mark {
    grid-area: mark;
    inline-size: calc(100% - 2 * var(--_inset));
    margin-inline: var(--_inset);
    block-size: 1.5rem;
    overflow: visible;
  }
  /* A narrow column: the name, the value and the mark one under the other. */
  @container (max-width: 32rem) {
    .chart {
      --_label: 0px;
      --_gap: 0px;
    }
    .point {
      grid-template-columns: 1fr;
      grid-template-areas: 'name' 'value' 'mark';
    }
  }
`;
