/**
 * The ranking's templates: pure functions of a view model (what to show, already ordered, filtered
 * and paged) and the handlers of the reader's actions. Nothing here reads the element or the DOM.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RankingEntry } from '../core/contract.js';
import { httpsUrl } from '../core/https-url.js';
import type { Formats } from '../core/i18n/format.js';
import { localizedText } from '../core/i18n/localized-text.js';
import { notice } from '../core/notice.js';
import { deltaIcon, tierIcon } from './graphics.js';
import { SORT_KEYS, type RankedRow, type SortDirection, type SortKey } from './ranking-order.js';
import {
  allOption,
  clearFiltersLabel,
  columnName,
  modelFilterLabel,
  nextPageLabel,
  noEarlierResult,
  noMatchText,
  noTier,
  pageText,
  previousPageLabel,
  summaryLabel,
  tiedText,
  thisCentre,
  tierFilterLabel,
} from './ranking-text.js';
import { deltaText, known, modelName, ordinalText, resultText, tierName, type CentreModel, type Direction, type Tier } from './text.js';
// A ranking may mix schemes: its chunk carries the stars' and levels' words too.
import * as schemes from './schemes.js';

export type TierChoice = Tier | 'none';

export interface RankingGroupView {
  key: string;
  caption: string;
  /** The rows of this page, in the reader's order. */
  rows: RankedRow[];
  /** Ranks held by more than one row of the group. */
  tied: ReadonlySet<number>;
  /** "Gold: 29 centres", ... over the whole group (after the reader's filters). */
  summary: string[];
}

export interface RankingView {
  format: Formats;
  groups: RankingGroupView[];
  sort: { key: SortKey; direction: SortDirection };
  /** Tiers and models present in the data: a filter shows when it has two choices or more. */
  tiers: TierChoice[];
  models: CentreModel[];
  tier: TierChoice | 'all';
  model: CentreModel | 'all';
  page: number;
  pages: number;
  /** Rows left after the reader's filters (0: the "no match" message). */
  matching: number;
  /** Said in the live region (after a sort). */
  announcement: string;
  /** The id of the centre whose page this is (`centre-id`): its row is marked. */
  current?: string;
  /** The loading skeleton: inert, no ids, no handlers that matter. */
  placeholder?: boolean;
  busy?: boolean;
}

export interface RankingActions {
  sort(key: SortKey): void;
  filterTier(value: string): void;
  filterModel(value: string): void;
  goTo(page: number): void;
  clearFilters(): void;
}

const signed = (format: Formats, change: number) => format.number(change, { signDisplay: 'exceptZero', maximumFractionDigits: 1 });

function resultCell(format: Formats, entry: RankingEntry): TemplateResult {
  const result = known(entry.result);
  if (result?.scheme === 'percentage-tier') {
    return html`<span class="score">${format.percent(result.percentage)}</span>${
      result.tier ? html` <span class="tier" data-tier=${result.tier}>${tierIcon()}${tierName(result.tier)}</span>` : nothing
    }`;
  }
  return html`<span class="score">${resultText(format, entry.result, schemes)}</span>`;
}

function changeCell(format: Formats, row: RankedRow): TemplateResult {
  const { entry, change } = row;
  const delta =
    entry.previous && change !== undefined ? deltaText(format, entry.cycle.programme, entry.result, entry.previous, schemes) : undefined;
  if (!delta) return html`<span aria-hidden="true">—</span><span class="visually-hidden">${noEarlierResult()}</span>`;
  const direction: Direction = delta.direction;
  return html`<span class="delta" data-direction=${direction} aria-hidden="true">${deltaIcon(direction)}<bdi>${signed(format, change!)}</bdi></span><span class="visually-hidden">${delta.text}</span>`;
}

function centreCell(format: Formats, entry: RankingEntry, placeholder: boolean): TemplateResult {
  const name = localizedText(entry.centre.name, format.locale);
  const url = placeholder ? undefined : httpsUrl(entry.url);
  return url ? html`<a href=${url}>${name}</a>` : html`${name}`;
}

function row(format: Formats, group: RankingGroupView, row: RankedRow, placeholder: boolean, current: string | undefined): TemplateResult {
  const { entry, rank } = row;
  const tied = rank !== undefined && group.tied.has(rank);
  const mine = entry.centre.id === current;
  // aria-current and the words: the tint alone would say it only to who sees colour.
  return html`<tr aria-current=${mine ? 'true' : nothing}>
    <td class="rank">${rank === undefined ? '—' : ordinalText(format, rank)}${tied ? html` <span class="tied">${tiedText()}</span>` : nothing}</td>
    <th scope="row" class="centre">${centreCell(format, entry, placeholder)}${mine ? html` <span class="this">${thisCentre()}</span>` : nothing}</th>
    <td class="entity">${localizedText(entry.centre.entity, format.locale)}</td>
    <td class="model">${modelName(entry.centre.model)}</td>
    <td class="result">${resultCell(format, entry)}</td>
    <td class="change">${changeCell(format, row)}</td>
  </tr>`;
}

function header(view: RankingView, actions: RankingActions): TemplateResult {
  return html`<thead>
    <tr>
      ${SORT_KEYS.map(
        // aria-sort on the sorted column only, as in the ARIA Authoring Practices' sortable table.
        (key) => html`<th scope="col" class=${key} aria-sort=${view.sort.key === key ? view.sort.direction : nothing}>
          <button type="button" class="sort" @click=${() => actions.sort(key)}>${columnName(key)}<span class="sort-icon" aria-hidden="true"></span></button>
        </th>`,
      )}
    </tr>
  </thead>`;
}

function table(view: RankingView, group: RankingGroupView, actions: RankingActions): TemplateResult {
  const placeholder = view.placeholder ?? false;
  const caption = placeholder ? undefined : `caption-${group.key}`;
  // A wide table scrolls in its own region (named by its caption, reachable by keyboard), never the page.
  return html`<section class="group" data-group=${group.key}>
    ${group.summary.length ? html`<ul class="summary" aria-label=${summaryLabel()}>${group.summary.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
    <div class="scroll" role="region" tabindex=${placeholder ? nothing : '0'} aria-labelledby=${caption ?? nothing}>
      <table>
        <caption id=${caption ?? nothing}>${group.caption}</caption>
        ${header(view, actions)}
        <tbody>${group.rows.map((r) => row(view.format, group, r, placeholder, view.current))}</tbody>
      </table>
    </div>
  </section>`;
}

function select(label: string, value: string, choices: [string, string][], onChange: (value: string) => void): TemplateResult {
  return html`<label class="filter"><span>${label}</span>
    <select @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
      <option value="all" ?selected=${value === 'all'}>${allOption()}</option>
      ${choices.map(([choice, text]) => html`<option value=${choice} ?selected=${value === choice}>${text}</option>`)}
    </select>
  </label>`;
}

function filters(view: RankingView, actions: RankingActions): TemplateResult | typeof nothing {
  const tiers = view.tiers.length > 1;
  const models = view.models.length > 1;
  if (!tiers && !models) return nothing;
  return html`<div class="filters">
    ${
      tiers
        ? select(
            tierFilterLabel(),
            view.tier,
            view.tiers.map((t) => [t, t === 'none' ? noTier() : tierName(t)]),
            actions.filterTier,
          )
        : nothing
    }
    ${
      models
        ? select(
            modelFilterLabel(),
            view.model,
            view.models.map((m) => [m, modelName(m)]),
            actions.filterModel,
          )
        : nothing
    }
  </div>`;
}

function pager(view: RankingView, actions: RankingActions): TemplateResult | typeof nothing {
  if (view.pages < 2) return nothing;
  const first = view.page === 1;
  const last = view.page === view.pages;
  // aria-disabled, not disabled: the button pressed to reach the last page keeps the keyboard focus.
  return html`<div class="pager">
    <button type="button" aria-disabled=${first ? 'true' : 'false'} @click=${() => first || actions.goTo(view.page - 1)}>${previousPageLabel()}</button>
    <span role="status">${pageText(view.format, view.page, view.pages)}</span>
    <button type="button" aria-disabled=${last ? 'true' : 'false'} @click=${() => last || actions.goTo(view.page + 1)}>${nextPageLabel()}</button>
  </div>`;
}

/** The whole ranking: filters, a summary and a table per scheme, the pager. */
export function rankingTemplate(view: RankingView, actions: RankingActions): TemplateResult {
  return html`<div class="ranking" aria-busy=${view.busy ? 'true' : 'false'}>
    ${filters(view, actions)}
    ${
      view.matching === 0
        ? notice('neutral', noMatchText(), undefined, {
            action: html`<button type="button" @click=${actions.clearFilters}>${clearFiltersLabel()}</button>`,
          })
        : view.groups.map((group) => table(view, group, actions))
    }
    ${pager(view, actions)}
    <p class="visually-hidden" role="status">${view.announcement}</p>
  </div>`;
}

/** Labels of the summary above a group's table, for one row. */
export function summaryLabelOf(format: Formats, row: RankedRow): string | undefined {
  const result = known(row.entry.result);
  if (result?.scheme === 'percentage-tier') return result.tier ? tierName(result.tier) : noTier();
  if (result?.scheme === 'maturity') return localizedText(result.levels[result.level - 1], format.locale);
  return result ? resultText(format, row.entry.result, schemes) : undefined;
}
