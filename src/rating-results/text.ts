/**
 * The words and numbers the views share: periods, metrics, formulas and group names, in the reader's
 * language and digits. Called during render (or inside `localized()`), so `msg()` answers in the
 * element's locale.
 */
import type { Formats } from '../core/i18n/format.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { msg, str } from '../core/i18n/msg.js';
import type { Breakdown, Figure, Metric } from './figures.js';
import type { Confidence } from './statistics.js';
import type { ResultsView } from './view.js';

/** "March 2026" for `2026-03`; "Q1 2026" for `2026-Q1`. */
export function periodLabel(format: Formats, period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const number = format.number(Number(quarter[2]));
    const year = format.number(Number(quarter[1]), { useGrouping: false });
    return msg(str`Q${number} ${year}`, { id: 'results.quarter' });
  }
  return format.date(`${period}-15`, { month: 'long', year: 'numeric' });
}

/** What the figure is: "Satisfied", "Net score", "Mean score". */
export function metricName(metric: Metric): string {
  if (metric === 'net') return msg('Net score', { id: 'results.metric-net' });
  if (metric === 'mean') return msg('Mean score', { id: 'results.metric-mean' });
  return msg('Satisfied', { id: 'results.metric-satisfied' });
}

/** What the metric counts, in a sentence for the caption. */
export function metricMeaning(metric: Metric): string {
  if (metric === 'net') return msg('per cent positive minus per cent negative', { id: 'results.metric-net-meaning' });
  if (metric === 'mean') return msg('the mean score on a scale of 0 to 100', { id: 'results.metric-mean-meaning' });
  return msg('the share of votes of 4 or 5 stars, a happy face or a thumb up', { id: 'results.metric-satisfied-meaning' });
}

/** The formula behind an interval, named: "95% Wilson interval". */
export function formulaText(format: Formats, formula: 'wilson' | 't' | 'newcombe', confidence: Confidence): string {
  const level = format.percent(confidence);
  if (formula === 't') return msg(str`${level} t interval`, { id: 'results.formula-t' });
  if (formula === 'newcombe') return msg(str`${level} Newcombe interval`, { id: 'results.formula-newcombe' });
  return msg(str`${level} Wilson interval`, { id: 'results.formula-wilson' });
}

/** A value of `metric` in the reader's digits: "82%", "+12", "71". */
export function valueText(format: Formats, metric: Metric, value: number): string {
  if (metric === 'satisfied') return format.percent(value, 0);
  if (metric === 'net') return format.number(Math.round(value), { signDisplay: 'exceptZero' });
  return format.number(Math.round(value));
}

/** A figure's interval in words: "76% to 87%". Empty when there is none (one vote). */
export function intervalText(format: Formats, metric: Metric, figure: Figure): string {
  if (figure.low === undefined || figure.high === undefined) return '';
  const low = valueText(format, metric, figure.low);
  const high = valueText(format, metric, figure.high);
  return msg(str`${low} to ${high}`, { id: 'results.interval' });
}

/** "1,234 votes", in the reader's digits and plural. */
export function votesText(format: Formats, n: number): string {
  const count = format.number(n);
  return format.plural(n) === 'one' ? msg(str`${count} vote`, { id: 'results.vote' }) : msg(str`${count} votes`, { id: 'results.votes' });
}

/** The channels' names. */
function channelName(channel: string): string {
  switch (channel) {
    case 'web':
      return msg('Website', { id: 'results.channel-web' });
    case 'app':
      return msg('Mobile app', { id: 'results.channel-app' });
    case 'centre':
      return msg('Service centre', { id: 'results.channel-centre' });
    case 'kiosk':
      return msg('Kiosk', { id: 'results.channel-kiosk' });
    case 'phone':
      return msg('Phone', { id: 'results.channel-phone' });
    case 'chat':
      return msg('Chat', { id: 'results.channel-chat' });
    case 'sms':
      return msg('SMS', { id: 'results.channel-sms' });
    case 'email':
      return msg('Email', { id: 'results.channel-email' });
    default:
      return msg('Other channels', { id: 'results.channel-other' });
  }
}

/**
 * A group's name: a channel's name; a centre's or service's name in the reader's language where the
 * answer gives one (`names`), else its id; or "No centre" for votes given online.
 */
export function groupName(by: Breakdown, key: string | null, view?: Pick<ResultsView, 'results' | 'locale'>): string {
  if (by === 'channel') return channelName(key ?? 'other');
  if (key === null) return msg('No centre (online)', { id: 'results.no-centre' });
  const named = view?.results.names?.[by === 'service' ? 'services' : 'centres'][key];
  return named ? localizedText(named, view!.locale) : key;
}

/** What the groups are: "Centre", "Service", "Channel" (a table's column heading). */
export function breakdownName(by: Breakdown): string {
  if (by === 'service') return msg('Service', { id: 'results.by-service' });
  if (by === 'channel') return msg('Channel', { id: 'results.by-channel' });
  return msg('Centre', { id: 'results.by-centre' });
}

/**
 * Cells held back in what was asked for, said without any figure of theirs (the answer counts cells
 * of every period and level, not the groups of one chart: no count is given).
 */
export function heldBackText(format: Formats, minGroup: number): string {
  const minimum = format.number(minGroup);
  return msg(str`Groups with fewer than ${minimum} votes are not shown, to protect privacy.`, { id: 'results.held-back' });
}
