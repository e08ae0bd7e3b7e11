/**
 * The ranking's sentences (loaded with the ranking only). Call them during render, so that `msg()`
 * answers in the element's locale; every number goes through the element's formatters.
 */
import { msg, str } from '../core/i18n/msg.js';
import { selectPlural, type Formats } from '../core/i18n/format.js';
import type { SortKey } from './ranking-order.js';
import type { CentreModel } from './text.js';

export function columnName(key: SortKey): string {
  switch (key) {
    case 'rank':
      return msg('Rank', { id: 'ranking.column.rank' });
    case 'centre':
      return msg('Centre', { id: 'ranking.column.centre' });
    case 'entity':
      return msg('Entity', { id: 'ranking.column.entity' });
    case 'model':
      return msg('Model', { id: 'ranking.column.model' });
    case 'result':
      return msg('Result', { id: 'ranking.column.result' });
    case 'change':
      return msg('Change', { id: 'ranking.column.change' });
  }
}

/** What is ranked: "on-premise centres of the Ministry of Industry and Commerce", "all centres". */
export function scopeText(model: CentreModel | undefined, entity: string | undefined): string {
  if (entity === undefined) {
    switch (model) {
      case 'on-premise':
        return msg('on-premise centres', { id: 'ranking.scope.on-premise' });
      case 'remote':
        return msg('remote centres', { id: 'ranking.scope.remote' });
      case 'digital':
        return msg('digital channels', { id: 'ranking.scope.digital' });
      default:
        return msg('all centres', { id: 'ranking.scope.all' });
    }
  }
  switch (model) {
    case 'on-premise':
      return msg(str`on-premise centres of ${entity}`, { id: 'ranking.scope.on-premise-of' });
    case 'remote':
      return msg(str`remote centres of ${entity}`, { id: 'ranking.scope.remote-of' });
    case 'digital':
      return msg(str`digital channels of ${entity}`, { id: 'ranking.scope.digital-of' });
    default:
      return msg(str`centres of ${entity}`, { id: 'ranking.scope.all-of' });
  }
}

/** The table's caption: "Taqyeem 5 (2024): on-premise centres of the Ministry of ...". */
export function captionText(cycle: string, scope: string): string {
  return msg(str`${cycle}: ${scope}`, { id: 'ranking.caption' });
}

/** "29 centres" / "٢٩ مركزًا". */
export function centreCount(format: Formats, count: number): string {
  const n = format.number(count);
  return selectPlural(format, count, {
    zero: () => msg(str`${n} centres`, { id: 'ranking.centres.zero' }),
    one: () => msg('one centre', { id: 'ranking.centres.one' }),
    two: () => msg('two centres', { id: 'ranking.centres.two' }),
    few: () => msg(str`${n} centres`, { id: 'ranking.centres.few' }),
    many: () => msg(str`${n} centres`, { id: 'ranking.centres.many' }),
    other: () => msg(str`${n} centres`, { id: 'ranking.centres.other' }),
  });
}

/** One item of the summary above the table: "Gold: 29 centres". */
export function summaryItem(label: string, count: string): string {
  return msg(str`${label}: ${count}`, { id: 'ranking.summary-item' });
}

export const summaryLabel = () => msg('Results at a glance', { id: 'ranking.summary' });
export const noTier = () => msg('No tier', { id: 'ranking.no-tier' });
export const tierFilterLabel = () => msg('Tier', { id: 'ranking.filter.tier' });
export const modelFilterLabel = () => msg('Model', { id: 'ranking.filter.model' });
export const allOption = () => msg('All', { id: 'ranking.filter.all' });
export const tiedText = () => msg('tied', { id: 'ranking.tied' });
export const noEarlierResult = () => msg('No comparable earlier result', { id: 'ranking.no-earlier-result' });
export const emptyText = () => msg('No results are published for this selection.', { id: 'ranking.empty' });
export const noMatchText = () => msg('No centre in this list matches the chosen filters.', { id: 'ranking.no-match' });
export const thisCentre = () => msg('This centre', { id: 'ranking.this-centre' });
export const clearFiltersLabel = () => msg('Show all', { id: 'ranking.clear-filters' });
export const previousPageLabel = () => msg('Previous page', { id: 'ranking.previous-page' });
export const nextPageLabel = () => msg('Next page', { id: 'ranking.next-page' });

/** "Page 2 of 4". */
export function pageText(format: Formats, page: number, pages: number): string {
  return msg(str`Page ${format.number(page)} of ${format.number(pages)}`, { id: 'ranking.page-of' });
}

/** "Sorted by Result, descending", for the live region after a sort. */
export function sortedText(column: string, direction: 'ascending' | 'descending'): string {
  return direction === 'ascending'
    ? msg(str`Sorted by ${column}, ascending`, { id: 'ranking.sorted-ascending' })
    : msg(str`Sorted by ${column}, descending`, { id: 'ranking.sorted-descending' });
}
