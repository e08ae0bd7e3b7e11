/**
 * `<centre-scorecard variant="ranking">`: a cycle's results as a league table. Loaded with a dynamic
 * `import()` only when that variant is asked for, so pages that show cards never download it.
 *
 * The controller owns the ranking's data (one `DataController`: inline JSON, or every page of
 * `GET {base}/evaluations`, followed by cursor) and the reader's local state (sort, tier and model
 * filters, page). The whole cycle is loaded because ranks, the tier summary and any sort are about
 * the whole list, not one page of it; a cycle is a few hundred rows at most.
 */
import { adoptStyles, html, isServer, type LitElement, type TemplateResult } from 'lit';
import { apiClient } from '../core/api.js';
import { validateNow, validatePayload } from '../core/contract-check.js';
import { asWholeNumber } from '../core/attributes.js';
import type { Locale, ResolvedConfig } from '../core/config.js';
import type { RankingEntry } from '../core/contract.js';
import { ElementData, type PageArgs } from '../core/data.js';
import { msg } from '../core/i18n/msg.js';
import type { Formats } from '../core/i18n/format.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { inlineJsonText } from '../core/inline-data.js';
import { errorView, loadingLabel } from '../core/messages.js';
import { notice } from '../core/notice.js';
import { CENTRE_MODELS, TIERS } from '../core/vocabulary.js';
import { ScorecardErrorEvent } from './events.js';
import {
  countBy,
  firstDirection,
  rankGroups,
  sortRows,
  type RankedGroup,
  type RankedRow,
  type SortDirection,
  type SortKey,
} from './ranking-order.js';
import { rankingStyles } from './ranking.styles.js';
import { captionText, centreCount, columnName, emptyText, scopeText, sortedText, summaryItem } from './ranking-text.js';
import { rankingTemplate, summaryLabelOf, type RankingGroupView, type RankingView, type TierChoice } from './ranking-view.js';
import { cycleName, known, modelName, year, type CentreModel } from './text.js';

/** What the ranking reads from its element. */
export interface RankingHost extends LitElement {
  readonly setupBlocked: boolean;
  variant: string;
  /** The centre whose page this is: its row is marked. */
  centreId?: string;
  cycle?: number;
  entity?: string;
  model?: string;
  scheme?: string;
  pageSize?: number;
}

/** The element's settings now (its protected state, handed over by a closure). */
export interface RankingContext {
  locale: Locale;
  format: Formats;
  config: ResolvedConfig;
}

/** What a ranking shows: a cycle's results, filtered (and the API base they come from). */
type RankingSelection = readonly [
  cycle: number | undefined,
  entity: string | undefined,
  model: string | undefined,
  scheme: string | undefined,
  apiBase: string | undefined,
];

/** The ranking's data arguments: its inline JSON's text, then the selection. */
export type RankingArgs = PageArgs<RankingSelection>;

export const DEFAULT_PAGE_SIZE = 25;
/** Pages of the API followed at most (a runaway cursor stops here). */
const MAX_PAGES = 40;
const TIER_ORDER: readonly TierChoice[] = [...TIERS, 'none'];

const collators = new Map<string, Intl.Collator>();
/** Names compare in the reader's language (Arabic order in Arabic). */
function collator(locale: Locale): Intl.Collator {
  let found = collators.get(locale);
  if (!found) collators.set(locale, (found = new Intl.Collator(locale)));
  return found;
}

/** Every page of the cycle's ranking, following `nextCursor` (a server renderer fetches with it too). */
export async function rankingEntries(
  config: ResolvedConfig,
  [, cycle, entity, model, scheme]: RankingArgs,
  signal: AbortSignal,
): Promise<RankingEntry[]> {
  const entries: RankingEntry[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await apiClient().get(config, 'ranking', { cycle, entity, model, scheme, cursor }, 'Ranking', signal);
    entries.push(...answer.items);
    cursor = answer.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return entries;
}

/** Inline JSON is filtered by the attributes as the API would filter it: one page can rank a whole cycle several ways. */
function selected(items: RankingEntry[], [, cycle, entity, model, scheme]: RankingArgs): RankingEntry[] {
  return items.filter(
    (e) =>
      (cycle === undefined || e.cycle.number === cycle) &&
      (!entity || e.centre.entity.id === entity) &&
      (!model || e.centre.model === model) &&
      (!scheme || e.result.scheme === scheme),
  );
}

const tierOf = (row: RankedRow): TierChoice | undefined => {
  const result = known(row.entry.result);
  return result?.scheme === 'percentage-tier' ? (result.tier ?? 'none') : undefined;
};

/** Skeleton rows: the shape of Taqyeem entries, their text hidden by the placeholder styles. */
const PLACEHOLDER: RankingEntry[] = Array.from({ length: 10 }, (_, i) => ({
  centre: {
    id: `placeholder-${i}`,
    name: { en: 'Service centre of the entity', ar: 'مركز خدمة الجهة' },
    entity: { en: 'Ministry of the entity', ar: 'وزارة الجهة' },
    model: 'on-premise',
  },
  cycle: { number: 5, year: 2024, programme: { en: 'Taqyeem', ar: 'تقييم' } },
  result: { scheme: 'percentage-tier', percentage: 90 - i, tier: 'gold' },
  previous: { cycle: 4, year: 2023, result: { scheme: 'percentage-tier', percentage: 88 - i } },
}));

export class RankingController {
  #sortKey: SortKey = 'rank';
  #direction: SortDirection = 'ascending';
  #tier: TierChoice | 'all' = 'all';
  #model: CentreModel | 'all' = 'all';
  #page = 1;
  /** The reader sorted: the live region says how. */
  #sorted = false;
  #ranked?: { entries: RankingEntry[]; locale: Locale; groups: RankedGroup[] };
  /** The filters of the last run (entity, model, scheme, API base). */
  #filters?: string;

  readonly #data: ElementData<RankingSelection, RankingEntry[]>;

  constructor(
    private readonly host: RankingHost,
    private readonly context: () => RankingContext,
  ) {
    this.#data = new ElementData<RankingSelection, RankingEntry[]>(host, {
      // The same as the card's: the parser may still be writing the ranking's inline JSON.
      named: () => !!host.centreId?.trim(),
      // Nothing to load once the element shows a card again.
      args: () => {
        if (host.variant !== 'ranking') return undefined;
        const text = (value?: string) => value?.trim() || undefined;
        return [asWholeNumber(host.cycle), text(host.entity), text(host.model), text(host.scheme), this.context().config.apiBase?.href];
      },
      // A ranking in the page may hold more than the attributes select: the API's is selected already.
      read: {
        now: (payload, args) => {
          const ranking = validateNow(payload, 'Ranking');
          return ranking && selected(ranking.items, args);
        },
        later: async (payload, args) => selected((await validatePayload(payload, 'Ranking')).items, args),
      },
      fetch: (args, signal) => rankingEntries(this.context().config, args, signal),
      // Another cycle of the same selection: the list stays, dimmed, until the next one arrives.
      keepData: (args) => {
        const filters = args.slice(2).join('|');
        const same = filters === this.#filters;
        this.#filters = filters;
        return same;
      },
      onSettled: (settled) => {
        this.#page = 1;
        if (settled.status === 'error') host.dispatchEvent(new ScorecardErrorEvent(settled.error));
      },
    });
    // Created during a render: load (or take the inline data) now, not at the next update.
    this.#data.hostUpdate();
    // The ranking's styles arrive with it: added after the element's own, in its shadow root.
    const ownStyles = (host.constructor as typeof LitElement).elementStyles;
    if (!isServer && host.renderRoot instanceof ShadowRoot) adoptStyles(host.renderRoot, [...ownStyles, rankingStyles]);
  }

  get #pageSize(): number {
    const size = asWholeNumber(this.host.pageSize);
    return size && size > 0 ? size : DEFAULT_PAGE_SIZE;
  }

  #update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  readonly #actions = {
    sort: (key: SortKey) =>
      this.#update(() => {
        this.#direction = key === this.#sortKey ? (this.#direction === 'ascending' ? 'descending' : 'ascending') : firstDirection(key);
        this.#sortKey = key;
        this.#sorted = true;
        this.#page = 1;
      }),
    filterTier: (value: string) => this.#update(() => ((this.#tier = value as TierChoice | 'all'), (this.#page = 1))),
    filterModel: (value: string) => this.#update(() => ((this.#model = value as CentreModel | 'all'), (this.#page = 1))),
    goTo: (page: number) => this.#update(() => (this.#page = page)),
    clearFilters: () => this.#update(() => ((this.#tier = 'all'), (this.#model = 'all'), (this.#page = 1))),
  };

  /** Ranked groups of `entries`, computed once per data and locale (ties are ordered by name). */
  #groups(entries: RankingEntry[], locale: Locale): RankedGroup[] {
    if (this.#ranked?.entries !== entries || this.#ranked.locale !== locale) {
      const compare = collator(locale).compare;
      this.#ranked = { entries, locale, groups: rankGroups(entries, (e) => localizedText(e.centre.name, locale), compare) };
    }
    return this.#ranked.groups;
  }

  /** What the table shows now: the data ranked, then the reader's filters, sort and page. */
  viewModel(entries: RankingEntry[], format: Formats, options: { placeholder?: boolean; busy?: boolean } = {}): RankingView {
    const { locale } = format;
    const groups = this.#groups(entries, locale);
    const all = groups.flatMap((group) => group.rows);
    const tiers = TIER_ORDER.filter((tier) => all.some((row) => tierOf(row) === tier));
    const models = CENTRE_MODELS.filter((model) => all.some((row) => row.entry.centre.model === model));
    const tier = tiers.includes(this.#tier as TierChoice) ? this.#tier : 'all';
    const model = models.includes(this.#model as CentreModel) ? this.#model : 'all';
    const keep = (row: RankedRow) => (tier === 'all' || tierOf(row) === tier) && (model === 'all' || row.entry.centre.model === model);

    const compare = collator(locale).compare;
    const text = (row: RankedRow, key: 'centre' | 'entity' | 'model') =>
      key === 'model'
        ? modelName(row.entry.centre.model)
        : localizedText(key === 'centre' ? row.entry.centre.name : row.entry.centre.entity, locale);
    const shown = groups.map((group) => {
      const ranked = group.rows.filter(keep);
      return {
        group,
        ranked,
        rows:
          this.#sortKey === 'rank' && this.#direction === 'ascending'
            ? ranked
            : sortRows(ranked, this.#sortKey, this.#direction, text, compare),
      };
    });
    const matching = shown.reduce((sum, { rows }) => sum + rows.length, 0);
    const size = this.#pageSize;
    const pages = Math.max(1, Math.ceil(matching / size));
    const page = Math.min(this.#page, pages);

    // Paging runs across the groups in order; a group split by a page shows its caption on both.
    let offset = (page - 1) * size;
    let room = size;
    const views: RankingGroupView[] = [];
    for (const { group, ranked, rows } of shown) {
      const slice = rows.slice(offset, offset + room);
      offset = Math.max(0, offset - rows.length);
      room -= slice.length;
      if (!slice.length) continue;
      const ranks = countBy(group.rows, (row) => row.rank);
      views.push({
        key: group.key,
        caption: this.#caption(group, model, format),
        rows: slice,
        tied: new Set([...ranks].filter(([rank, count]) => rank !== undefined && count > 1).map(([rank]) => rank!)),
        // Counted in rank order, so the best tier (or star count, or level) comes first whatever the sort.
        summary: [...countBy(ranked, (row) => summaryLabelOf(format, row))]
          .filter(([label]) => label !== undefined)
          .map(([label, count]) => summaryItem(label!, centreCount(format, count))),
      });
    }
    return {
      format,
      groups: views,
      sort: { key: this.#sortKey, direction: this.#direction },
      tiers,
      models: this.host.model ? [] : models,
      tier,
      model,
      page,
      pages,
      matching,
      announcement: this.#sorted && !options.placeholder ? sortedText(columnName(this.#sortKey), this.#direction) : '',
      current: this.host.centreId?.trim() || undefined,
      ...options,
    };
  }

  /** "Taqyeem 5 (2024): on-premise centres of the Ministry of ...": the attributes' scope, or the reader's model filter. */
  #caption(group: RankedGroup, readerModel: CentreModel | 'all', format: Formats): string {
    const first = group.rows[0]!.entry;
    const cycle = `${cycleName(format, first.cycle.programme, first.cycle.number)} (${year(format, first.cycle.year)})`;
    const model = (CENTRE_MODELS as readonly string[]).includes(this.host.model ?? '')
      ? (this.host.model as CentreModel)
      : readerModel === 'all'
        ? undefined
        : readerModel;
    const entity = this.host.entity?.trim() ? localizedText(first.centre.entity, format.locale) : undefined;
    return captionText(cycle, scopeText(model, entity));
  }

  /** The ranking in its current state (called from the element's render). */
  view(): TemplateResult {
    const { format } = this.context();
    const state = this.#data.state;
    const entries = this.#data.value;
    if (entries) {
      if (!entries.length) return notice('neutral', emptyText());
      return rankingTemplate(this.viewModel(entries, format, { busy: state.status === 'loading' }), this.#actions);
    }
    if (state.status === 'error') {
      const inline = inlineJsonText(this.host) !== undefined;
      return inline
        ? errorView(state.error, {
            text: msg('The ranking data written in this page is not valid.', { id: 'ranking.inline-invalid' }),
          })
        : errorView(state.error, { onRetry: () => this.#data.reload() });
    }
    const skeleton = this.viewModel(PLACEHOLDER, format, { placeholder: true });
    return html`<p class="visually-hidden" role="status">${loadingLabel()}</p>
      <div class="placeholder" aria-hidden="true" inert>${rankingTemplate(skeleton, this.#actions)}</div>`;
  }
}
