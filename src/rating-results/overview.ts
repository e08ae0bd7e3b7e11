/**
 * The `overview` view (a lazy chunk): tiles for the latest period with published votes: the figure
 * of the chosen metric with its interval, the number of votes, and the change of the satisfied share
 * since the period before ("no clear change" when the Newcombe interval holds 0). Each figure names
 * the formula it comes from, in small text beside it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../core/i18n/msg.js';
import type { Formats } from '../core/i18n/format.js';
import { overviewOf } from './figures.js';
import type { Change } from './statistics.js';
import { formulaText, groupName, heldBackText, intervalText, metricName, periodLabel, valueText } from './text.js';
import type { ResultsView } from './view.js';

/**
 * Where the votes came from: "Website 70% · Mobile app 20% · Service centre 10%". Only when every
 * vote of the figure is in a published channel group: shares of a part would read as shares of all.
 */
function channelMix(format: Formats, channels: { channel: string; n: number }[], votes: number) {
  const total = channels.reduce((sum, { n }) => sum + n, 0);
  if (channels.length < 2 || total !== votes) return nothing;
  const parts = channels.map(({ channel, n }) => `${groupName('channel', channel)} ${format.percent(Math.round((n / total) * 100), 0)}`);
  return html`<dd class="mix">${msg(str`By channel: ${parts.join(' · ')}`, { id: 'results.channel-mix' })}</dd>`;
}

/** A change of a share in percentage points, signed, in the reader's digits: "+3 points", "+1 point". */
function pointsText(format: Formats, change: number): string {
  const rounded = Math.round(change * 100);
  const points = format.number(rounded, { signDisplay: 'exceptZero' });
  return format.plural(Math.abs(rounded)) === 'one'
    ? msg(str`${points} point`, { id: 'results.point' })
    : msg(str`${points} points`, { id: 'results.points' });
}

/** The change tile's verdict: the interval holding 0 is no evidence of a change, whatever the estimate. */
function verdict(change: Change): string {
  if (change.containsZero) return msg('No clear change', { id: 'results.no-clear-change' });
  return change.estimate > 0 ? msg('Clearly up', { id: 'results.clearly-up' }) : msg('Clearly down', { id: 'results.clearly-down' });
}

export function render(view: ResultsView): TemplateResult {
  const { results, format, metric, confidence } = view;
  const overview = overviewOf(results, view.filters, metric, confidence);
  if (!overview) return html``;
  const { figure, change } = overview;
  const interval = intervalText(format, metric, figure);
  const since = overview.previousPeriod && periodLabel(format, overview.previousPeriod);
  return html`<section class="overview" aria-label=${msg(str`Results for ${periodLabel(format, overview.period)}`, { id: 'results.overview-label' })}>
    <p class="period">${periodLabel(format, overview.period)}</p>
    <dl class="tiles">
      <div class="tile">
        <dt>${metricName(metric)}</dt>
        <dd class="figure">${valueText(format, metric, figure.estimate)}</dd>
        ${interval ? html`<dd class="interval">${interval}</dd>` : nothing}
        <dd class="formula">${interval ? formulaText(format, figure.formula, confidence) : msg('Too few votes for an interval', { id: 'results.no-interval' })}</dd>
      </div>
      <div class="tile">
        <dt>${msg('Votes', { id: 'results.votes-heading' })}</dt>
        <dd class="figure">${format.number(figure.n)}</dd>
        ${channelMix(format, overview.channels, figure.n)}
      </div>
      <div class="tile">
        <dt>${since ? msg(str`Satisfied, change since ${since}`, { id: 'results.change-since' }) : msg('Satisfied, change', { id: 'results.change' })}</dt>
        ${
          change
            ? html`<dd class="figure change">${pointsText(format, change.estimate)}</dd>
              <dd class="verdict" data-clear=${change.containsZero ? 'no' : 'yes'}>${verdict(change)}</dd>
              <dd class="interval">${msg(str`${pointsText(format, change.low)} to ${pointsText(format, change.high)}`, { id: 'results.points-interval' })}</dd>
              <dd class="formula">${formulaText(format, 'newcombe', confidence)}</dd>`
            : html`<dd class="verdict">${msg('No earlier period to compare with', { id: 'results.no-earlier' })}</dd>`
        }
      </div>
    </dl>
    ${results.suppressedCells > 0 ? html`<p class="note">${heldBackText(format, results.minGroup)}</p>` : nothing}
  </section>`;
}

export const styles = css`
  .period {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: calc(var(--_space) * 2);
    margin: 0;
  }
  .tile {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .tile dt {
    font-weight: 500;
  }
  .tile dd {
    margin: 0;
  }
  .figure {
    font-size: 2.5rem;
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }
  /* "+5 points" in a tile of 13rem: one line. */
  .figure.change {
    font-size: 2rem;
  }
  .verdict {
    font-weight: 700;
  }
  .interval {
    font-variant-numeric: tabular-nums;
  }
  .formula,
  .mix,
  .note {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .note {
    margin: calc(var(--_space) * 2) 0 0;
  }
`;
