/**
 * The statistics of `<rating-results>` (issue 20), written out: a Wilson score interval for a share,
 * a Student's t interval for a mean and Newcombe's hybrid score interval for the change between two
 * shares. Pure functions on counts (no DOM, no Lit, no zod), so that the element, the reference
 * server and the tests compute the same figures.
 *
 * Every figure carries the name of its formula: a trend line must break, not join, where the formula
 * changes, and a CSV states the formula it was computed with.
 *
 * "No interval" is `undefined`: no votes (Wilson, Newcombe) or fewer than two (t) say nothing about
 * the spread, and an interval made up for them would look like knowledge.
 */
import { SCORE_RANGE, type RATING_SCALES } from '../core/vocabulary.js';

/** The confidence levels a reader may choose (the element's `confidence` attribute), in per cent. */
export type Confidence = 90 | 95 | 99;

/** The name of the formula behind a figure: a change of name means the figures are not comparable. */
export type Formula = 'wilson' | 't' | 'newcombe';

/** A point estimate with its two-sided confidence interval, and the formula and level they come from. */
export interface Interval<F extends Formula = Formula> {
  readonly formula: F;
  readonly confidence: Confidence;
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/** The change between two shares (`estimate` is the later minus the earlier, on -1..1). */
export interface Change extends Interval<'newcombe'> {
  /** True when the interval holds 0 (ends included): the element says "no clear change" then. */
  readonly containsZero: boolean;
}

/** Votes of one group: how many of `n` votes count as a success (satisfied, positive). */
export interface Share {
  readonly successes: number;
  readonly n: number;
}

/**
 * The standard normal quantile z for each two-sided confidence level: Φ⁻¹(1 − α/2), to double
 * precision (Φ⁻¹(0.95), Φ⁻¹(0.975), Φ⁻¹(0.995); any table of the normal distribution, e.g.
 * Abramowitz & Stegun 1964, chapter 26, gives 1.6449, 1.9600, 2.5758).
 */
export const Z: Readonly<Record<Confidence, number>> = Object.freeze({
  90: 1.6448536269514722,
  95: 1.959963984540054,
  99: 2.5758293035489004,
});

/**
 * The Wilson score interval for a share (E. B. Wilson 1927, "Probable inference, the law of
 * succession, and statistical inference", JASA 22:209-212; method 3 of R. G. Newcombe 1998,
 * "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17:857-872):
 *
 *     (x + z²/2) / (n + z²)  ±  z / (n + z²) · √(x(n − x)/n + z²/4)
 *
 * Unlike the textbook p ± z·√(p(1−p)/n) it never leaves [0, 1] and never has zero width at 0 of n or
 * n of n, which is where small groups of ratings often are.
 *
 * @param successes votes that count (a whole number, 0..n)
 * @param n all votes of the group (a whole number)
 * @returns the share and its interval on 0..1, or `undefined` when n is 0 (no votes, no share)
 * @throws TypeError when a count is not a whole number; RangeError when a count is negative,
 *   successes exceed n, or the confidence is not 90, 95 or 99
 */
export function wilsonInterval(successes: number, n: number, confidence: Confidence): Interval<'wilson'> | undefined {
  checkCount(successes, 'successes');
  checkCount(n, 'n');
  if (successes > n) throw new RangeError(`successes (${successes}) must not exceed n (${n})`);
  const z = zFor(confidence);
  if (n === 0) return undefined;
  const z2 = z * z;
  const centre = (successes + z2 / 2) / (n + z2);
  const halfWidth = (z / (n + z2)) * Math.sqrt((successes * (n - successes)) / n + z2 / 4);
  return {
    formula: 'wilson',
    confidence,
    estimate: successes / n,
    // At 0 of n (n of n) the formula gives exactly 0 (1) in exact arithmetic; floating point may leave
    // a trace of 1e-17 that a reader would see as "more than 0 %".
    low: successes === 0 ? 0 : clamp(centre - halfWidth, 0, 1),
    high: successes === n ? 1 : clamp(centre + halfWidth, 0, 1),
  };
}

/**
 * Newcombe's hybrid score interval for the difference between two independent shares, method 10 of
 * R. G. Newcombe 1998, "Interval estimation for the difference between independent proportions:
 * comparison of eleven methods", Statistics in Medicine 17:873-890. With the Wilson intervals
 * (l₁, u₁) of p₁ and (l₂, u₂) of p₂ and D = p₁ − p₂:
 *
 *     low  = D − √((p₁ − l₁)² + (u₂ − p₂)²)
 *     high = D + √((u₁ − p₁)² + (p₂ − l₂)²)
 *
 * It keeps the Wilson interval's good behaviour at 0 % and 100 % and needs no iteration.
 *
 * @param current the later share (p₁)
 * @param previous the earlier share (p₂)
 * @returns the change current − previous on -1..1 with its interval, or `undefined` when either
 *   group has no votes
 * @throws as {@link wilsonInterval}, naming `current.successes`, `previous.n`, ...
 */
export function newcombeInterval(current: Share, previous: Share, confidence: Confidence): Change | undefined {
  checkShare(current, 'current');
  checkShare(previous, 'previous');
  const one = wilsonInterval(current.successes, current.n, confidence);
  const two = wilsonInterval(previous.successes, previous.n, confidence);
  if (!one || !two) return undefined;
  const estimate = one.estimate - two.estimate;
  const low = clamp(estimate - Math.hypot(one.estimate - one.low, two.high - two.estimate), -1, 1);
  const high = clamp(estimate + Math.hypot(one.high - one.estimate, two.estimate - two.low), -1, 1);
  return { formula: 'newcombe', confidence, estimate, low, high, containsZero: low <= 0 && high >= 0 };
}

/** Turns a score of a rating scale into the value averaged, e.g. a star into 0-100. */
export type ScoreMapping = (score: number) => number;

/**
 * The scale's scores spread evenly on 0-100, for the `mean` metric: stars 1..5 → 0, 25, 50, 75, 100;
 * faces 1..3 → 0, 50, 100; thumbs 0..1 → 0, 100. One axis for every scale, so that a service rated
 * with stars and one rated with faces sit on the same chart.
 */
export function onHundred(scale: (typeof RATING_SCALES)[number]): ScoreMapping {
  const { min, max } = SCORE_RANGE[scale];
  return (score) => ((score - min) / (max - min)) * 100;
}

/**
 * Student's t interval for a mean, from the number of votes per score (the report's `distribution`):
 *
 *     x̄ ± t(1 − α/2; n − 1) · s / √n,   s² = Σ cᵢ (xᵢ − x̄)² / (n − 1)
 *
 * (W. S. Gosset "Student" 1908, "The probable error of a mean", Biometrika 6:1-25; any textbook, e.g.
 * NIST/SEMATECH e-Handbook of Statistical Methods §1.3.5.2). The interval is cut to the smallest and
 * largest score the distribution lists, since no mean can lie outside them (the server lists every
 * score of the scale, with 0 votes where none). When every vote has the same score, s = 0 and the
 * interval has no width: that is the t interval's known weakness with few votes.
 *
 * @param distribution votes per score, keyed by the score ("1".."5"); counts are whole numbers
 * @param toScore the value averaged for a score, e.g. {@link onHundred}('stars'); `undefined` averages
 *   the scores themselves (the parameter comes before `confidence`, so pass `undefined` to skip it)
 * @returns the mean and its interval, or `undefined` with fewer than 2 votes (no spread to measure)
 * @throws TypeError when a count is not a whole number or a score (or its mapping) is not a finite
 *   number; RangeError for a negative count or an unknown confidence
 */
export function meanInterval(
  distribution: Readonly<Record<string, number>>,
  toScore: ScoreMapping | undefined,
  confidence: Confidence,
): Interval<'t'> | undefined {
  zFor(confidence);
  const groups = Object.entries(distribution).map(([key, count]) => {
    checkCount(count, `distribution["${key}"]`);
    const score = key.trim() === '' ? NaN : Number(key);
    const value = toScore ? toScore(score) : score;
    if (!Number.isFinite(value)) throw new TypeError(`distribution key "${key}" is not a score (it maps to ${value})`);
    return { value, count };
  });
  const n = groups.reduce((sum, { count }) => sum + count, 0);
  if (n < 2) return undefined;
  const mean = groups.reduce((sum, { value, count }) => sum + value * count, 0) / n;
  const variance = groups.reduce((sum, { value, count }) => sum + count * (value - mean) ** 2, 0) / (n - 1);
  const halfWidth = (tQuantile(n - 1, confidence) * Math.sqrt(variance)) / Math.sqrt(n);
  const values = groups.map(({ value }) => value);
  const [floor, ceiling] = [Math.min(...values), Math.max(...values)];
  return {
    formula: 't',
    confidence,
    estimate: mean,
    low: clamp(mean - halfWidth, floor, ceiling),
    high: clamp(mean + halfWidth, floor, ceiling),
  };
}

const quantiles = new Map<string, number>();

/**
 * The two-sided quantile of Student's t distribution: the t with P(|T| ≤ t) = confidence for `df`
 * degrees of freedom (12.706 for df 1 at 95 %, 2.228 for df 10).
 *
 * P(|T| ≤ t) has a closed form for whole df (Abramowitz & Stegun 1964, 26.7.3 and 26.7.4): with
 * θ = arctan(t / √df) and c = cos θ,
 *
 *     df odd:  (2/π) · (θ + sin θ · (c + (2/3) c³ + (2·4)/(3·5) c⁵ + … + (2·4···(df−3))/(3·5···(df−2)) c^(df−2)))
 *     df even: sin θ · (1 + (1/2) c² + (1·3)/(2·4) c⁴ + … + (1·3···(df−3))/(2·4···(df−2)) c^(df−2))
 *
 * It rises with θ on (0, π/2), so bisection on θ finds the quantile to the last bit of a double in
 * about 60 steps; all terms are positive, so nothing cancels. Its cost grows with df, hence the cache.
 *
 * @param df degrees of freedom, a whole number ≥ 1 (votes − 1 for a mean)
 * @throws TypeError when df is not a whole number; RangeError when df < 1 or confidence is unknown
 */
export function tQuantile(df: number, confidence: Confidence): number {
  checkCount(df, 'df');
  if (df < 1) throw new RangeError(`df must be at least 1, got ${df}`);
  zFor(confidence);
  const level = confidence / 100;
  const key = `${confidence}:${df}`;
  let t = quantiles.get(key);
  if (t === undefined) {
    let [below, above] = [0, Math.PI / 2];
    for (let middle = (below + above) / 2; middle > below && middle < above; middle = (below + above) / 2) {
      if (centralProbability(middle, df) < level) below = middle;
      else above = middle;
    }
    t = Math.sqrt(df) * Math.tan((below + above) / 2);
    quantiles.set(key, t);
  }
  return t;
}

/** P(|T| ≤ √df · tan θ) for Student's t with df degrees of freedom (A&S 26.7.3, 26.7.4 above). */
function centralProbability(theta: number, df: number): number {
  const cos2 = Math.cos(theta) ** 2;
  const odd = df % 2 === 1;
  // Odd: terms c, (2/3) c³, ...; each term is the last times c² · 2k/(2k+1). Even: 1, (1/2) c², ...;
  // each the last times c² · (2k−1)/(2k). Both stop at the power df − 2.
  let term = odd ? Math.cos(theta) : 1;
  let sum = 0;
  for (let power = odd ? 1 : 0, k = 1; power <= df - 2; power += 2, k++) {
    sum += term;
    term *= odd ? (cos2 * 2 * k) / (2 * k + 1) : (cos2 * (2 * k - 1)) / (2 * k);
  }
  return odd ? (2 / Math.PI) * (theta + Math.sin(theta) * sum) : Math.sin(theta) * sum;
}

/** The z of a confidence level; the level is checked here, once, for every function above. */
function zFor(confidence: Confidence): number {
  // A number, not '95' from an attribute read as text: the element parses its attributes first.
  const z = typeof confidence === 'number' && Object.hasOwn(Z, confidence) ? Z[confidence] : undefined;
  if (z === undefined) throw new RangeError(`confidence must be 90, 95 or 99, got ${String(confidence)}`);
  return z;
}

/** A count of votes: a whole, non-negative number (never a string, NaN or Infinity). */
function checkCount(value: number, name: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new TypeError(`${name} must be a whole number, got ${String(value)}`);
  if (value < 0) throw new RangeError(`${name} must not be negative, got ${value}`);
}

function checkShare(share: Share, name: string): void {
  if (typeof share !== 'object' || share === null) throw new TypeError(`${name} must be { successes, n }, got ${String(share)}`);
  checkCount(share.successes, `${name}.successes`);
  checkCount(share.n, `${name}.n`);
  if (share.successes > share.n) throw new RangeError(`${name}.successes (${share.successes}) must not exceed ${name}.n (${share.n})`);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
