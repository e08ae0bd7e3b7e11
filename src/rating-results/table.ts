/**
 * The table of the compare chart (every plotted value) and its CSV: the CSV is exactly the table
 * shown, in the reader's language and digits, after a first line saying what was asked (the
 * filters), the minimum group and the formula; UTF-8 with a byte order mark, so that a spreadsheet
 * reads Arabic as Arabic, and every cell escaped by the one CSV writer (core/csv.ts).
 */
import { csvLine } from '../core/csv.js';
import { msg, str } from '../core/i18n/msg.js';
import type { Compared } from './figures.js';
import { breakdownName, formulaText, groupName, metricName, periodLabel, valueText } from './text.js';
import type { ResultsView } from './view.js';

/** A table as text: the column headings and one row per group (its name first, the row's heading). */
export interface Table {
  head: string[];
  rows: string[][];
}

/** Every plotted value: per group its name, value, interval bounds and votes. */
export function tableOf(view: ResultsView, period: string, groups: readonly Compared[]): Table {
  const { format, metric } = view;
  const bound = (value: number | undefined) => (value === undefined ? '' : valueText(format, metric, value));
  return {
    head: [
      breakdownName(view.by),
      msg(str`${metricName(metric)}, ${periodLabel(format, period)}`, { id: 'results.column-value' }),
      msg('Lower bound', { id: 'results.column-low' }),
      msg('Upper bound', { id: 'results.column-high' }),
      msg('Votes', { id: 'results.votes-heading' }),
    ],
    rows: groups.map(({ key, figure }) => [
      groupName(view.by, key, view),
      valueText(format, metric, figure.estimate),
      bound(figure.low),
      bound(figure.high),
      format.number(figure.n),
    ]),
  };
}

/**
 * The CSV of `table`: the first line says what was asked, the minimum group and the formula (the
 * metric's interval, unless the view names its own).
 */
export function csvOf(view: ResultsView, table: Table, formulaName?: string): string {
  const { filters, results, format } = view;
  const asked = [
    ['services', filters.services],
    ['centres', filters.centres],
    ['channels', filters.channels],
    ['period', results.period],
  ]
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
  const formula = !table.rows.length
    ? ''
    : (formulaName ?? formulaText(format, view.metric === 'satisfied' ? 'wilson' : 't', view.confidence));
  const first = [
    msg(str`Filters: ${asked}`, { id: 'results.csv-filters' }),
    msg(str`Minimum group: ${format.number(results.minGroup)} votes`, { id: 'results.csv-minimum' }),
    msg(str`Formula: ${formula}`, { id: 'results.csv-formula' }),
  ];
  return `\uFEFF${[first, table.head, ...table.rows].map(csvLine).join('')}`;
}
