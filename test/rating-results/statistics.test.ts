import { expect } from '@open-wc/testing';
import {
  Z,
  meanInterval,
  newcombeInterval,
  onHundred,
  tQuantile,
  wilsonInterval,
  type Confidence,
  type Interval,
} from '../../src/rating-results/statistics.js';

/** Published figures are given to 4 decimals: a match is within half a unit of the last one, and a bit. */
const TOLERANCE = 0.0005;

function expectInterval(interval: Interval | undefined, estimate: number, low: number, high: number): void {
  expect(interval, 'an interval').to.exist;
  expect(interval!.estimate, 'estimate').to.be.closeTo(estimate, TOLERANCE);
  expect(interval!.low, 'low').to.be.closeTo(low, TOLERANCE);
  expect(interval!.high, 'high').to.be.closeTo(high, TOLERANCE);
}

describe('Z: the normal quantiles of the three confidence levels', () => {
  it('are Φ⁻¹(0.95), Φ⁻¹(0.975) and Φ⁻¹(0.995)', () => {
    expect(Z[90]).to.be.closeTo(1.6448536, 1e-7);
    expect(Z[95]).to.be.closeTo(1.959964, 1e-7);
    expect(Z[99]).to.be.closeTo(2.5758293, 1e-7);
    expect(Object.keys(Z)).to.deep.equal(['90', '95', '99']);
  });
});

describe('wilsonInterval: the share of satisfied votes with its Wilson score interval', () => {
  it('gives 12 of 30 at 95 % as 0.4000 [0.2459, 0.5768] (the acceptance of issue 20)', () => {
    const interval = wilsonInterval(12, 30, 95);
    expectInterval(interval, 0.4, 0.2459, 0.5768);
    expect(interval!.formula).to.equal('wilson');
    expect(interval!.confidence).to.equal(95);
  });

  it("matches Newcombe 1998's single-proportion examples (method 3): 81/263, 15/148, 0/20, 1/29", () => {
    // R. G. Newcombe, Statistics in Medicine 17:857-872, table II, method 3 (score, no continuity correction).
    expectInterval(wilsonInterval(81, 263, 95), 81 / 263, 0.2553, 0.3662);
    expectInterval(wilsonInterval(15, 148, 95), 15 / 148, 0.0624, 0.1605);
    expectInterval(wilsonInterval(0, 20, 95), 0, 0, 0.1611);
    expectInterval(wilsonInterval(1, 29, 95), 1 / 29, 0.0061, 0.1718);
  });

  it('has a lower bound of exactly 0 at 0 of n and an upper bound of exactly 1 at n of n', () => {
    for (const n of [1, 2, 7, 30, 1000, 123457]) {
      for (const confidence of [90, 95, 99] as const) {
        const none = wilsonInterval(0, n, confidence)!;
        expect(none.low, `0 of ${n}`).to.equal(0);
        expect(none.high).to.be.above(0);
        const all = wilsonInterval(n, n, confidence)!;
        expect(all.high, `${n} of ${n}`).to.equal(1);
        expect(all.low).to.be.below(1);
      }
    }
  });

  it('stays within [0, 1] and holds its estimate', () => {
    for (const n of [1, 3, 10, 57]) {
      for (let successes = 0; successes <= n; successes++) {
        const { estimate, low, high } = wilsonInterval(successes, n, 99)!;
        expect(low).to.be.within(0, estimate);
        expect(high).to.be.within(estimate, 1);
      }
    }
  });

  it('is narrower at 90 % than at 95 %, and at 95 % than at 99 %', () => {
    const width = (confidence: Confidence) => {
      const { low, high } = wilsonInterval(12, 30, confidence)!;
      return high - low;
    };
    expect(width(90)).to.be.below(width(95));
    expect(width(95)).to.be.below(width(99));
  });

  it('has no interval without votes', () => {
    expect(wilsonInterval(0, 0, 95)).to.equal(undefined);
  });
});

describe('newcombeInterval: the change between two shares (Newcombe 1998, method 10)', () => {
  // R. G. Newcombe, "Interval estimation for the difference between independent proportions:
  // comparison of eleven methods", Statistics in Medicine 17:873-890, table II, method 10.
  it('matches the published examples (a), (b) and (d)', () => {
    expectInterval(newcombeInterval({ successes: 56, n: 70 }, { successes: 48, n: 80 }, 95), 0.2, 0.0524, 0.3339);
    expectInterval(newcombeInterval({ successes: 9, n: 10 }, { successes: 3, n: 10 }, 95), 0.6, 0.1705, 0.809);
    expectInterval(newcombeInterval({ successes: 5, n: 56 }, { successes: 0, n: 29 }, 95), 0.0893, -0.0381, 0.1926);
  });

  it('gives example (c), 6/7 vs 2/7, as 0.5714 [0.0582, 0.8062] from the formula', () => {
    // Not 0.0531 to 0.8317, the figure the brief quoted: method 10's formula with the Wilson limits of
    // 6/7 (0.4869, 0.9743) and 2/7 (0.0822, 0.6411) gives 0.5714 − √(0.3702² + 0.3554²) = 0.0582 and
    // 0.5714 + √(0.1172² + 0.2035²) = 0.8062 (checked by hand and with an independent Python script).
    expectInterval(newcombeInterval({ successes: 6, n: 7 }, { successes: 2, n: 7 }, 95), 0.5714, 0.0582, 0.8062);
  });

  it('carries its formula and says whether the interval holds 0 ("no clear change")', () => {
    const clear = newcombeInterval({ successes: 56, n: 70 }, { successes: 48, n: 80 }, 95)!;
    expect(clear.formula).to.equal('newcombe');
    expect(clear.containsZero).to.equal(false);
    const unclear = newcombeInterval({ successes: 5, n: 56 }, { successes: 0, n: 29 }, 95)!;
    expect(unclear.containsZero).to.equal(true);
    const same = newcombeInterval({ successes: 3, n: 10 }, { successes: 3, n: 10 }, 95)!;
    expect(same.estimate).to.equal(0);
    expect(same.containsZero).to.equal(true);
  });

  it('is the change from previous to current: swapping them mirrors it', () => {
    const up = newcombeInterval({ successes: 9, n: 10 }, { successes: 3, n: 10 }, 90)!;
    const down = newcombeInterval({ successes: 3, n: 10 }, { successes: 9, n: 10 }, 90)!;
    expect(down.estimate).to.be.closeTo(-up.estimate, 1e-12);
    expect(down.low).to.be.closeTo(-up.high, 1e-12);
    expect(down.high).to.be.closeTo(-up.low, 1e-12);
  });

  it('stays within [-1, 1] at the extremes and has no interval when a group has no votes', () => {
    const most = newcombeInterval({ successes: 10, n: 10 }, { successes: 0, n: 10 }, 99)!;
    expect(most.high).to.equal(1);
    expect(most.low).to.be.within(0, 1);
    expect(newcombeInterval({ successes: 0, n: 0 }, { successes: 3, n: 10 }, 95)).to.equal(undefined);
    expect(newcombeInterval({ successes: 3, n: 10 }, { successes: 0, n: 0 }, 95)).to.equal(undefined);
  });
});

describe("tQuantile: Student's t, two-sided", () => {
  it('matches the table values (df 1, 10, 30 at 95 %; df 5 at 99 %)', () => {
    expect(tQuantile(1, 95)).to.be.closeTo(12.706, TOLERANCE);
    expect(tQuantile(10, 95)).to.be.closeTo(2.228, TOLERANCE);
    expect(tQuantile(30, 95)).to.be.closeTo(2.042, TOLERANCE);
    expect(tQuantile(5, 99)).to.be.closeTo(4.032, TOLERANCE);
  });

  it('is accurate to 6 decimals, odd and even df, near and far from the normal', () => {
    // Reference values: SciPy 1.17 `scipy.stats.t.ppf(1 - α/2, df)`.
    const cases: [number, Confidence, number][] = [
      [1, 99, 63.656741162871526],
      [2, 90, 2.9199855803537242],
      [3, 90, 2.3533634348018233],
      [100, 99, 2.6258905214380173],
      [1000, 95, 1.9623390808264083],
      [100000, 95, 1.9599877075346095],
    ];
    for (const [df, confidence, t] of cases) expect(tQuantile(df, confidence), `df ${df} at ${confidence} %`).to.be.closeTo(t, 1e-6);
  });

  it('falls towards z as df grows', () => {
    for (const confidence of [90, 95, 99] as const) {
      expect(tQuantile(5, confidence)).to.be.above(tQuantile(50, confidence));
      expect(tQuantile(50, confidence)).to.be.above(Z[confidence]);
    }
  });
});

describe("meanInterval: the mean score with Student's t interval", () => {
  it("matches Student's sleep data: mean 1.58, 95 % CI 0.7001 to 2.4599", () => {
    // Student (1908), Biometrika 6:1-25: extra hours of sleep, drug 2 minus drug 1, ten patients
    // (R's `sleep` data set; `t.test(extra ~ group, sleep, paired = TRUE)` reports this interval).
    const differences = { '1.2': 1, '2.4': 1, '1.3': 2, '0': 1, '1': 1, '1.8': 1, '0.8': 1, '4.6': 1, '1.4': 1 };
    const interval = meanInterval(differences, undefined, 95);
    expectInterval(interval, 1.58, 0.7001, 2.4599);
    expect(interval!.formula).to.equal('t');
  });

  it('averages stars on 0-100 with onHundred', () => {
    // 2, 3, 5, 10 and 10 votes of 1..5 stars = 0, 25, 50, 75, 100. Reference: SciPy 1.17
    // `stats.t.interval(level, 29, loc=mean, scale=stats.sem(x))`.
    const votes = { '1': 2, '2': 3, '3': 5, '4': 10, '5': 10 };
    expectInterval(meanInterval(votes, onHundred('stars'), 95), 69.1667, 57.751, 80.5823);
    expectInterval(meanInterval(votes, onHundred('stars'), 90), 69.1667, 59.6828, 78.6505);
    expectInterval(meanInterval(votes, onHundred('stars'), 99), 69.1667, 53.7816, 84.5517);
  });

  it('maps every scale on 0-100', () => {
    expect([1, 2, 3, 4, 5].map(onHundred('stars'))).to.deep.equal([0, 25, 50, 75, 100]);
    expect([1, 2, 3].map(onHundred('faces'))).to.deep.equal([0, 50, 100]);
    expect([0, 1].map(onHundred('thumbs'))).to.deep.equal([0, 100]);
  });

  it("stays within the scale's scores and has no width when every vote is the same", () => {
    const nearlyAll = meanInterval({ '1': 1, '2': 0, '3': 0, '4': 0, '5': 4 }, onHundred('stars'), 99)!;
    expect(nearlyAll.high).to.equal(100);
    expect(nearlyAll.low).to.be.at.least(0);
    const same = meanInterval({ '1': 0, '2': 0, '3': 0, '4': 6, '5': 0 }, onHundred('stars'), 95)!;
    expect([same.low, same.estimate, same.high]).to.deep.equal([75, 75, 75]);
  });

  it('has no interval with fewer than two votes', () => {
    expect(meanInterval({ '1': 0, '5': 0 }, undefined, 95)).to.equal(undefined);
    expect(meanInterval({ '1': 0, '5': 1 }, undefined, 95)).to.equal(undefined);
    expect(meanInterval({}, undefined, 95)).to.equal(undefined);
  });
});

describe('bad input: a clear error naming the argument, never NaN', () => {
  /** Calls a function the way a host page's JavaScript could: with whatever it has. */
  const loose = <F extends (...args: never[]) => unknown>(fn: F) => fn as unknown as (...args: unknown[]) => unknown;

  it('refuses negative counts and successes above n', () => {
    expect(() => wilsonInterval(-1, 10, 95)).to.throw(RangeError, /successes/);
    expect(() => wilsonInterval(1, -10, 95)).to.throw(RangeError, /\bn\b/);
    expect(() => wilsonInterval(11, 10, 95)).to.throw(RangeError, /successes \(11\) must not exceed n \(10\)/);
    expect(() => newcombeInterval({ successes: 4, n: 3 }, { successes: 1, n: 3 }, 95)).to.throw(RangeError, /current\.successes/);
    expect(() => newcombeInterval({ successes: 1, n: 3 }, { successes: 1, n: -3 }, 95)).to.throw(RangeError, /previous\.n/);
    expect(() => meanInterval({ '1': 3, '2': -1 }, undefined, 95)).to.throw(RangeError, /distribution\["2"\]/);
    expect(() => tQuantile(0, 95)).to.throw(RangeError, /df/);
  });

  it('refuses counts that are not whole numbers', () => {
    for (const bad of [1.5, NaN, Infinity, '3', null, undefined]) {
      expect(() => loose(wilsonInterval)(bad, 10, 95), String(bad)).to.throw(TypeError, /successes must be a whole number/);
      expect(() => loose(wilsonInterval)(1, bad, 95), String(bad)).to.throw(TypeError, /n must be a whole number/);
      expect(() => loose(newcombeInterval)({ successes: 1, n: bad }, { successes: 1, n: 2 }, 95)).to.throw(TypeError, /current\.n/);
      expect(() => loose(meanInterval)({ '4': bad }, undefined, 95)).to.throw(TypeError, /distribution\["4"\]/);
      expect(() => loose(tQuantile)(bad, 95)).to.throw(TypeError, /df/);
    }
    expect(() => loose(newcombeInterval)(null, { successes: 1, n: 2 }, 95)).to.throw(TypeError, /current/);
  });

  it('refuses a score that is not a number, or a mapping that gives none', () => {
    expect(() => meanInterval({ five: 3 }, undefined, 95)).to.throw(TypeError, /distribution key "five"/);
    expect(() => meanInterval({ '': 3 }, undefined, 95)).to.throw(TypeError, /distribution key ""/);
    expect(() => meanInterval({ '1': 3 }, () => NaN, 95)).to.throw(TypeError, /distribution key "1"/);
  });

  it('refuses an unknown confidence level', () => {
    for (const bad of [80, 0.95, '95', undefined, 'toString']) {
      expect(() => loose(wilsonInterval)(1, 2, bad), String(bad)).to.throw(RangeError, /confidence must be 90, 95 or 99/);
      expect(() => loose(wilsonInterval)(0, 0, bad), 'even without votes').to.throw(RangeError, /confidence/);
      expect(() => loose(newcombeInterval)({ successes: 1, n: 2 }, { successes: 1, n: 2 }, bad)).to.throw(RangeError, /confidence/);
      expect(() => loose(meanInterval)({ '1': 1 }, undefined, bad)).to.throw(RangeError, /confidence/);
      expect(() => loose(tQuantile)(3, bad)).to.throw(RangeError, /confidence/);
    }
  });
});
