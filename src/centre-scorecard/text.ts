/**
 * The scorecard's sentences. Call them during render (or inside `localized()`), so that `msg()`
 * answers in the element's locale; every number goes through the element's formatters.
 */
import { msg, str } from '../core/i18n/msg.js';
import { localizedText } from '../core/i18n/localized-text.js';
import type * as z from 'zod/mini';
import type { Evaluation, EvaluationResult, LocalizedText, MaturityResult, PercentageTierResult, StarsResult } from '../core/contract.js';
import { RESULT_SCHEMES, type CENTRE_MODELS, type TIERS } from '../core/vocabulary.js';
import { selectPlural, type Formats } from '../core/i18n/format.js';

export type Tier = (typeof TIERS)[number];
export type CentreModel = (typeof CENTRE_MODELS)[number];
type Evidence = NonNullable<Evaluation['evidence']>;
export type KnownResult = z.infer<typeof PercentageTierResult> | z.infer<typeof StarsResult> | z.infer<typeof MaturityResult>;
/** The views and words of the stars and maturity schemes (./schemes.ts, a lazy chunk). */
export type SchemeViews = typeof import('./schemes.js');
type SchemeWords = Pick<SchemeViews, 'otherResultText' | 'changeAmount'>;

/** Whether the evaluation, or an earlier cycle in its history, is in a scheme whose views are in the schemes chunk. */
export function usesOtherSchemes(
  data: { result?: { scheme?: unknown }; history?: { result?: { scheme?: unknown } }[] } | undefined,
): boolean {
  return [data?.result, ...(data?.history ?? []).map((entry) => entry?.result)].some(
    (result) => result?.scheme === 'stars' || result?.scheme === 'maturity',
  );
}

/** The result when its scheme is one this version shows; undefined for an unknown scheme. */
export function known(result: EvaluationResult): KnownResult | undefined {
  return (RESULT_SCHEMES as readonly string[]).includes(result.scheme) ? (result as KnownResult) : undefined;
}

/** A year without a thousands separator ("2024", "٢٠٢٤"). */
export const year = (format: Formats, value: number) => format.number(value, { useGrouping: false });

/** "Taqyeem 4" / "تقييم ٤". */
export function cycleName(format: Formats, programme: LocalizedText, cycle: number): string {
  return `${localizedText(programme, format.locale)} ${format.number(cycle)}`;
}

/** "Taqyeem cycle" / "دورة تقييم": the cycle switch's legend, the chart's cycle axis. */
export const programmeCycle = (programme: string) => msg(str`${programme} cycle`, { id: 'scorecard.programme-cycle' });

/** "Taqyeem 5 · 2024" / "تقييم ٥ · ٢٠٢٤". */
export function cycleLabel(format: Formats, programme: LocalizedText, cycle: number, cycleYear: number): string {
  return `${cycleName(format, programme, cycle)} · ${year(format, cycleYear)}`;
}

export function tierName(tier: Tier): string {
  switch (tier) {
    case 'platinum':
      return msg('Platinum', { id: 'scorecard.platinum' });
    case 'gold':
      return msg('Gold', { id: 'scorecard.gold' });
    case 'silver':
      return msg('Silver', { id: 'scorecard.silver' });
    case 'bronze':
      return msg('Bronze', { id: 'scorecard.bronze' });
  }
}

export function modelName(model: CentreModel): string {
  switch (model) {
    case 'on-premise':
      return msg('On-premise centre', { id: 'scorecard.on-premise-centre' });
    case 'remote':
      return msg('Remote centre', { id: 'scorecard.remote-centre' });
    case 'digital':
      return msg('Digital channel', { id: 'scorecard.digital-channel' });
  }
}

/**
 * A result in one line, for the history table and the ranking; the stars and maturity schemes'
 * words come with their chunk (`schemes`, loaded whenever such a result is shown).
 */
export function resultText(format: Formats, result: EvaluationResult, schemes: SchemeWords | undefined): string {
  const shown = known(result);
  if (shown?.scheme === 'percentage-tier')
    return shown.tier ? `${format.percent(shown.percentage)} · ${tierName(shown.tier)}` : format.percent(shown.percentage);
  return shown && schemes ? schemes.otherResultText(format, shown) : msg('Unsupported result', { id: 'scorecard.unsupported-result' });
}

/** The result's place on its own scale (percent, stars or level); undefined for an unknown scheme. */
export function resultValue(result: EvaluationResult): number | undefined {
  const shown = known(result);
  return shown?.scheme === 'percentage-tier' ? shown.percentage : shown?.scheme === 'stars' ? shown.stars : shown?.level;
}

/** The top of the result's scale: 100 %, the maximum stars, or the last level. */
export function resultMax(result: KnownResult): number {
  return result.scheme === 'percentage-tier' ? 100 : result.scheme === 'stars' ? result.maxStars : result.levels.length;
}

function points(format: Formats, amount: number): string {
  const n = format.number(amount, { maximumFractionDigits: 1 });
  return selectPlural(format, amount, {
    zero: () => msg(str`${n} points`, { id: 'scorecard.points.zero' }),
    one: () => msg('one point', { id: 'scorecard.points.one' }),
    two: () => msg('two points', { id: 'scorecard.points.two' }),
    few: () => msg(str`${n} points`, { id: 'scorecard.points.few' }),
    many: () => msg(str`${n} points`, { id: 'scorecard.points.many' }),
    other: () => msg(str`${n} points`, { id: 'scorecard.points.other' }),
  });
}

export type Direction = 'up' | 'down' | 'same';

/**
 * The change against the previous cycle in words ("Up 3.2 points from Taqyeem 4"), or undefined
 * when the two results cannot be compared (another scheme, another scale, or an unknown scheme).
 * Stars and levels are counted in the words of their chunk (`schemes`).
 */
export function deltaText(
  format: Formats,
  programme: LocalizedText,
  current: EvaluationResult,
  previous: { cycle: number; result: EvaluationResult },
  schemes: SchemeWords | undefined,
): { direction: Direction; text: string } | undefined {
  const now = known(current);
  const then = known(previous.result);
  if (!now || !then || now.scheme !== then.scheme || resultMax(now) !== resultMax(then)) return undefined;
  if (now.scheme !== 'percentage-tier' && !schemes) return undefined;
  // Compared as shown (one decimal), so "0.0 points" never appears.
  const difference = Math.round((resultValue(now)! - resultValue(then)!) * 10) / 10;
  const from = cycleName(format, programme, previous.cycle);
  if (difference === 0) return { direction: 'same', text: msg(str`Same as ${from}`, { id: 'scorecard.same-as' }) };
  const amount = Math.abs(difference);
  const quantity = now.scheme === 'percentage-tier' ? points(format, amount) : schemes!.changeAmount(format, now.scheme, amount);
  return difference > 0
    ? { direction: 'up', text: msg(str`Up ${quantity} from ${from}`, { id: 'scorecard.up-from' }) }
    : { direction: 'down', text: msg(str`Down ${quantity} from ${from}`, { id: 'scorecard.down-from' }) };
}

/** "12th" / "١٢". */
export function ordinalText(format: Formats, position: number): string {
  const n = format.number(position);
  return selectPlural(
    format,
    position,
    {
      one: () => msg(str`${n}st`, { id: 'scorecard.ordinal.one' }),
      two: () => msg(str`${n}nd`, { id: 'scorecard.ordinal.two' }),
      few: () => msg(str`${n}rd`, { id: 'scorecard.ordinal.few' }),
      other: () => msg(str`${n}th`, { id: 'scorecard.ordinal.other' }),
    },
    'ordinal',
  );
}

/** "Ranked 12th of 64 centres" / "المرتبة ١٢ من أصل ٦٤ مركزًا". */
export function rankText(format: Formats, position: number, of: number): string {
  const ordinal = ordinalText(format, position);
  const count = format.number(of);
  return selectPlural(format, of, {
    zero: () => msg(str`Ranked ${ordinal} of ${count} centres`, { id: 'scorecard.rank.zero' }),
    one: () => msg(str`Ranked ${ordinal} of one centre`, { id: 'scorecard.rank.one' }),
    two: () => msg(str`Ranked ${ordinal} of two centres`, { id: 'scorecard.rank.two' }),
    few: () => msg(str`Ranked ${ordinal} of ${count} centres`, { id: 'scorecard.rank.few' }),
    many: () => msg(str`Ranked ${ordinal} of ${count} centres`, { id: 'scorecard.rank.many' }),
    other: () => msg(str`Ranked ${ordinal} of ${count} centres`, { id: 'scorecard.rank.other' }),
  });
}

/** "4 mystery-shopper visits", "2 field visits", "1,250 survey responses", for the counts given. */
export function evidenceItems(format: Formats, evidence: Evidence): string[] {
  const items: string[] = [];
  const { mysteryShopperVisits: shopper, fieldVisits: field, surveyResponses: survey } = evidence;
  if (shopper !== undefined) {
    const n = format.number(shopper);
    items.push(
      selectPlural(format, shopper, {
        zero: () => msg('no mystery-shopper visits', { id: 'scorecard.shopper.zero' }),
        one: () => msg('one mystery-shopper visit', { id: 'scorecard.shopper.one' }),
        two: () => msg('two mystery-shopper visits', { id: 'scorecard.shopper.two' }),
        few: () => msg(str`${n} mystery-shopper visits`, { id: 'scorecard.shopper.few' }),
        many: () => msg(str`${n} mystery-shopper visits`, { id: 'scorecard.shopper.many' }),
        other: () => msg(str`${n} mystery-shopper visits`, { id: 'scorecard.shopper.other' }),
      }),
    );
  }
  if (field !== undefined) {
    const n = format.number(field);
    items.push(
      selectPlural(format, field, {
        zero: () => msg('no field visits', { id: 'scorecard.field.zero' }),
        one: () => msg('one field visit', { id: 'scorecard.field.one' }),
        two: () => msg('two field visits', { id: 'scorecard.field.two' }),
        few: () => msg(str`${n} field visits`, { id: 'scorecard.field.few' }),
        many: () => msg(str`${n} field visits`, { id: 'scorecard.field.many' }),
        other: () => msg(str`${n} field visits`, { id: 'scorecard.field.other' }),
      }),
    );
  }
  if (survey !== undefined) {
    const n = format.number(survey);
    items.push(
      selectPlural(format, survey, {
        zero: () => msg('no survey responses', { id: 'scorecard.survey.zero' }),
        one: () => msg('one survey response', { id: 'scorecard.survey.one' }),
        two: () => msg('two survey responses', { id: 'scorecard.survey.two' }),
        few: () => msg(str`${n} survey responses`, { id: 'scorecard.survey.few' }),
        many: () => msg(str`${n} survey responses`, { id: 'scorecard.survey.many' }),
        other: () => msg(str`${n} survey responses`, { id: 'scorecard.survey.other' }),
      }),
    );
  }
  return items;
}

/** Not found, in plain words: the centre's id is the editor's business and goes to the console only. */
export function notFoundText(format: Formats, cycle?: number): string {
  return cycle === undefined
    ? msg("This centre's evaluation could not be found.", { id: 'scorecard.not-found-plain' })
    : msg(str`This centre's evaluation for cycle ${format.number(cycle)} could not be found.`, {
        id: 'scorecard.not-found-in-cycle-plain',
      });
}

/** The `cycle` attribute is not a cycle's number, in the plain words of the core's setup notices. */
export function cycleProblemText(value: string): string {
  return msg(str`cycle is set to ${value}. Write the number of a cycle, counted from 1, such as 5.`, { id: 'scorecard.cycle-number' });
}
