import type { CSSResult, TemplateResult } from 'lit';
import type { Results } from '../core/contract.js';
import type { Locale } from '../core/config.js';
import type { Formats } from '../core/i18n/format.js';
import type { Breakdown, Filters, Metric } from './figures.js';
import type { Confidence } from './statistics.js';

/** What a view draws from: the answer, the filters it was asked with, and the reader's choices and formatters. */
export interface ResultsView {
  view: 'overview' | 'compare' | 'trend' | 'distribution' | 'reasons';
  results: Results;
  filters: Filters;
  by: Breakdown;
  /** The trend's first and last periods, as asked for (`from`, `to`). */
  from?: string;
  to?: string;
  metric: Metric;
  confidence: Confidence;
  /** Which way time runs on the trend's axis. */
  timeAxis: 'ltr' | 'rtl';
  format: Formats;
  locale: Locale;
  /** The reader's direction (of `locale`): the value axes and the sides of a centre line mirror in right to left. */
  rtl: boolean;
}

/** A view's lazy chunk: its template and styles. */
export interface ViewModule {
  styles: CSSResult;
  render(view: ResultsView): TemplateResult;
}
