/**
 * The summary of a service's ratings: its data (kept right by the page-level signal after a vote),
 * and the read-only view: average and count as one image with a spoken label ("4.3 out of 5, 1,204
 * ratings" / "٤٫٣ من ٥، ١٬٢٠٤ تقييمات"). Sizes come from SVG geometry, never from style attributes.
 */
import { css, html, isServer, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { apiClient } from '../core/api.js';
import { validateNow } from '../core/contract-check.js';
import type { ResolvedConfig } from '../core/config.js';
import { DataController, serverSeed } from '../core/data.js';
import type { JawdaError } from '../core/errors.js';
import { subscribe, summaryTopic } from '../core/signals.js';
import { errorView, loadingLabel } from '../core/messages.js';
import { msg, str } from '../core/i18n/msg.js';
import type { RatingSummary } from '../core/contract.js';
import { SCORE_RANGE } from '../core/vocabulary.js';
import { selectPlural, type Formats } from '../core/i18n/format.js';
import { STAR_PATH } from './scales.js';

/** "1,204 ratings" with every Arabic plural form. */
export function ratingsCount(format: Formats, count: number): string {
  const n = format.number(count);
  return selectPlural(format, count, {
    zero: () => msg('0 ratings', { id: 'rating.count.zero' }),
    one: () => msg('1 rating', { id: 'rating.count.one' }),
    two: () => msg('2 ratings', { id: 'rating.count.two' }),
    few: () => msg(str`${n} ratings`, { id: 'rating.count.few' }),
    many: () => msg(str`${n} ratings`, { id: 'rating.count.many' }),
    other: () => msg(str`${n} ratings`, { id: 'rating.count.other' }),
  });
}

/** The score part: "4.3 out of 5" for stars and faces, "82% found it useful" for thumbs. */
function scoreText(format: Formats, summary: RatingSummary): string {
  if (summary.scale === 'thumbs') {
    const share = format.percent(Math.min(1, summary.average) * 100, 0);
    return msg(str`${share} found it useful`);
  }
  const average = format.number(summary.average, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const max = format.number(SCORE_RANGE[summary.scale].max);
  return msg(str`${average} out of ${max}`);
}

/** The whole label, as a screen reader speaks it. */
export function summaryLabel(format: Formats, summary: RatingSummary): string {
  if (summary.count === 0) return msg('No ratings yet');
  const score = scoreText(format, summary);
  const count = ratingsCount(format, summary.count);
  return msg(str`${score}, ${count}`);
}

/** Share of the scale filled, 0..1 (thumbs: the share of "useful"). */
function filled(summary: RatingSummary): number {
  const { min, max } = SCORE_RANGE[summary.scale];
  if (summary.count === 0) return 0;
  return summary.scale === 'stars' ? summary.average / max : Math.max(0, Math.min(1, (summary.average - min) / (max - min)));
}

function starsGraphic(share: number) {
  const stars = (cls: string) => [0, 1, 2, 3, 4].map((i) => svg`<path class=${cls} transform="translate(${i * 24} 0)" d=${STAR_PATH}/>`);
  const width = Math.round(share * 120 * 10) / 10;
  return html`<svg class="graphic stars" viewBox="0 0 120 24" aria-hidden="true" focusable="false">
    ${stars('empty')}
    <svg width=${width} height="24" viewBox="0 0 ${width} 24">${stars('full')}</svg>
  </svg>`;
}

function barGraphic(share: number) {
  return html`<svg class="graphic bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track" width="100" height="8" rx="4"/>
    <rect class="fill" width=${Math.round(share * 1000) / 10} height="8" rx="4"/>
  </svg>`;
}

/** The summary as `role="img"`: the graphic, the figures as visible text, and the spoken label. */
export function summaryTemplate(format: Formats, summary: RatingSummary): TemplateResult {
  const label = summaryLabel(format, summary);
  const share = filled(summary);
  return html`<div class="summary" part="summary" role="img" aria-label=${label}>
    ${summary.scale === 'stars' ? starsGraphic(share) : barGraphic(share)}
    <span class="summary-text">${label}</span>
  </div>`;
}

export interface SummarySource {
  /** The service whose summary is shown, or undefined when none is shown now. */
  shownFor(): string | undefined;
  config(): ResolvedConfig;
  /** The summary could not load. */
  failed(error: JawdaError): void;
}

/** The service, the API base, and the number of changes heard. */
type SummaryArgs = readonly [serviceId: string, apiBase: string | undefined, version: number];

/**
 * The summary's data, and the page-level signal that keeps every summary of a service on the page
 * right: a vote stored here is published, and every element showing that service (this one too)
 * shows the new figures, from the receipt when it had them, else from one fresh request.
 */
export class ServiceSummary implements ReactiveController {
  /** Counts the changes heard, so that the data loads again. */
  #version = 0;
  #fresh?: RatingSummary;
  #listening?: { serviceId: string; stop: () => void };
  readonly data: DataController<SummaryArgs, RatingSummary>;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    source: SummarySource,
  ) {
    host.addController(this);
    // A rating takes no inline JSON: its summary is the one a server rendered it with (`jawda/ssr`), else the API's.
    this.data = new DataController<SummaryArgs, RatingSummary>(host, {
      args: () => {
        const serviceId = source.shownFor();
        return serviceId ? ([serviceId, source.config().apiBase?.href, this.#version] as const) : undefined;
      },
      initial: ([serviceId]) => (this.#fresh?.serviceId === serviceId ? this.#fresh : undefined),
      seed: serverSeed(host, (payload) => validateNow(payload, 'RatingSummary')),
      load: ([serviceId], signal) => apiClient().get(source.config(), 'ratingSummary', { serviceId }, 'RatingSummary', signal),
      onSettled: (loaded) => loaded.status === 'error' && source.failed(loaded.error),
    });
  }

  /** Listens to the summary changes of `serviceId` (the element's, shown or not). */
  listen(serviceId: string | undefined): void {
    if (isServer) return; // one render, no page to listen to (and nothing left subscribed on the server)
    if (this.#listening?.serviceId === serviceId) return;
    this.#listening?.stop();
    this.#listening = serviceId
      ? {
          serviceId,
          stop: subscribe(summaryTopic(serviceId), (summary) => {
            this.#fresh = summary as RatingSummary | undefined;
            this.#version++;
            this.host.requestUpdate();
          }),
        }
      : undefined;
  }

  hostDisconnected(): void {
    this.#listening?.stop();
    this.#listening = undefined;
  }

  /** The summary as it stands: the figures, a skeleton while loading, or (shown alone) the error with a retry. */
  view(format: Formats, alone: boolean): TemplateResult | typeof nothing {
    const loaded = this.data.state;
    if (loaded.status === 'ready') return summaryTemplate(format, loaded.data);
    if (loaded.status === 'error') return alone ? errorView(loaded.error, { onRetry: () => this.data.reload() }) : nothing;
    return html`<div class="summary skeleton" part="summary"><span class="visually-hidden">${loadingLabel()}</span></div>`;
  }
}

/** The summary's styles, added to a shadow root with the chunk (the skeleton's are the element's own). */
export const styles = css`
  .summary {
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .graphic.stars {
    inline-size: 7.5rem;
    block-size: 1.5rem;
  }
  .graphic.bar {
    inline-size: 8rem;
    block-size: 0.5rem;
  }
  .graphic .empty {
    fill: none;
    stroke: var(--_star);
    stroke-width: 1.2;
  }
  .graphic .full {
    fill: var(--_star);
  }
  .graphic .track {
    fill: var(--_subtle);
    stroke: var(--_border-strong);
    stroke-width: 0.5;
  }
  /* Ink, not the brand and not a judgement: the words beside it say the score. */
  .graphic .fill {
    fill: var(--_neutral);
  }
  :host(:dir(rtl)) .graphic {
    transform: scaleX(-1);
  }
  .summary-text {
    font-weight: 600;
  }

`;
