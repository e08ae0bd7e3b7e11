/**
 * The three scales: their scores (as in `SCORE_RANGE`), the localized name of each option, and the
 * inline SVG drawn for it (no images, no icon fonts: nothing for a CSP to block). Call the name
 * functions during render, so that `msg()` answers in the element's locale.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { msg, str } from '../core/i18n/msg.js';
import type { RatingScale } from '../core/contract.js';
import { selectPlural, type Formats } from '../core/i18n/format.js';
import { renderingCatalogue, type Catalogue } from '../core/i18n/catalogues.js';

export interface ScaleOption {
  score: number;
  name: (format: Formats) => string;
  icon: SVGTemplateResult;
}

/** The star, one path: the choices, their form without script and the summary draw the same one. */
export const STAR_PATH = 'M12 2.6l2.8 6 6.6.8-4.9 4.5 1.3 6.5L12 17.2l-5.8 3.2 1.3-6.5-4.9-4.5 6.6-.8z';

const STAR = svg`<path d=${STAR_PATH}/>`;

const face = (mouth: string) =>
  svg`<circle cx="12" cy="12" r="9.5"/><circle class="feature" cx="8.6" cy="9.6" r="1.3"/><circle class="feature" cx="15.4" cy="9.6" r="1.3"/><path class="mouth" d=${mouth}/>`;

const THUMB = 'M7 10.5V20H3.5v-9.5zM9 20h7.9a2 2 0 0 0 2-1.6l1.3-6.3a2 2 0 0 0-2-2.4H14V5.6a2.4 2.4 0 0 0-2.4-2.4L9 10.5z';

/**
 * "3 stars" / "٣ نجوم", with every Arabic plural form. Arabic says 1 and 2 without a digit ("نجمة
 * واحدة", "نجمتان") and lit-localize wants the same placeholders in source and target, so the
 * zero, one and two forms carry no number (English only ever uses "one" of them). Likewise elsewhere.
 */
export function starsName(format: Formats, n: number): string {
  const count = format.number(n);
  return selectPlural(format, n, {
    zero: () => msg('0 stars', { id: 'rating.stars.zero' }),
    one: () => msg('1 star', { id: 'rating.stars.one' }),
    two: () => msg('2 stars', { id: 'rating.stars.two' }),
    few: () => msg(str`${count} stars`, { id: 'rating.stars.few' }),
    many: () => msg(str`${count} stars`, { id: 'rating.stars.many' }),
    other: () => msg(str`${count} stars`, { id: 'rating.stars.other' }),
  });
}

const said = new WeakMap<Formats, Map<Catalogue | undefined, string[]>>();

/**
 * The names of the five stars, "1 star" to "5 stars", worked out once per set of formats and
 * catalogue (a page of 1000 ratings would say them 5000 times, each with a plural rule and a number
 * format): the same words as `starsName`, in the locale `msg()` answers in now.
 */
export function starNames(format: Formats): readonly string[] {
  const catalogue = renderingCatalogue();
  let byCatalogue = said.get(format);
  if (!byCatalogue) said.set(format, (byCatalogue = new Map()));
  let names = byCatalogue.get(catalogue);
  if (!names) byCatalogue.set(catalogue, (names = [1, 2, 3, 4, 5].map((n) => starsName(format, n))));
  return names;
}

const stars: ScaleOption[] = [1, 2, 3, 4, 5].map((score) => ({ score, name: (format) => starNames(format)[score - 1]!, icon: STAR }));

const faces: ScaleOption[] = [
  { score: 1, name: () => msg('Dissatisfied'), icon: face('M7.8 17.2q4.2-4 8.4 0') },
  { score: 2, name: () => msg('Neutral'), icon: face('M8 15.6h8') },
  { score: 3, name: () => msg('Satisfied'), icon: face('M7.8 14.2q4.2 4 8.4 0') },
];

// Yes before no, as every "Was this useful?" question puts it.
const thumbs: ScaleOption[] = [
  { score: 1, name: () => msg('Useful'), icon: svg`<path d=${THUMB}/>` },
  { score: 0, name: () => msg('Not useful'), icon: svg`<path d=${THUMB} transform="rotate(180 12 12)"/>` },
];

export const SCALE_OPTIONS: Record<RatingScale, ScaleOption[]> = { stars, faces, thumbs };

/** Whether a score reads as good ("what went well?") rather than poor ("what did not go well?"). */
export function isHighScore(scale: RatingScale, score: number): boolean {
  return scale === 'stars' ? score >= 4 : scale === 'faces' ? score === 3 : score === 1;
}

/** The question asked when the page gives none. */
export function defaultQuestion(scale: RatingScale): string {
  return scale === 'thumbs' ? msg('Was this service useful?') : msg('How satisfied are you with this service?');
}
