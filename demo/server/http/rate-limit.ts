/**
 * Per-client rate limit, with two budgets: writes (POSTs: votes, forms, admin writes) and reads (all
 * other API requests). One process alone keeps a token bucket per client and budget in memory,
 * refilled continuously, so a burst up to the limit passes and Retry-After says exactly when the
 * next request will. Several processes on one PostgreSQL share their counts in it instead
 * (store/rate-windows.ts), so a client spread over them gets the limit once.
 */
import type { MiddlewareHandler } from 'hono';
import type { RateBudget } from '../settings.js';
import type { AppEnv } from './app-env.js';
import { problem } from './problems.js';

interface Bucket {
  tokens: number;
  updated: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly budget: RateBudget,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = budget.limit / budget.windowMs;
  }

  /** Takes one token for `key`: 0 when allowed, else the whole seconds to wait. */
  take(key: string): number {
    if (this.budget.limit <= 0) return 0;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.budget.limit, updated: now };
    bucket.tokens = Math.min(this.budget.limit, bucket.tokens + (now - bucket.updated) * this.perMs);
    bucket.updated = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 50_000) this.forgetFull(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** A full bucket carries no information: dropping it keeps memory bounded under many clients. */
  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updated) * this.perMs >= this.budget.limit) this.buckets.delete(key);
    }
  }
}

export type Budget = 'writes' | 'reads';

/** Takes one request of `client` from a budget: 0 when allowed, else the whole seconds to wait. */
export interface RateLimiter {
  take(budget: Budget, client: string): number | Promise<number>;
}

/** The limit of one process, in memory. */
export function memoryRateLimiter(budgets: Record<Budget, RateBudget>): RateLimiter {
  const buckets = { writes: new TokenBuckets(budgets.writes), reads: new TokenBuckets(budgets.reads) };
  return { take: (budget, client) => buckets[budget].take(client) };
}

/** The 429 body, with the wait that goes in Retry-After. */
export const rateLimited = (wait: number) => ({
  error: 'rate-limited',
  issues: [{ path: '', code: 'rate_limited', message: `Too many requests; try again in ${wait} s` }],
});

export function rateLimit(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next(); // preflights are the browser's, not the client's, doing
    const wait = await limiter.take(c.req.method === 'POST' ? 'writes' : 'reads', c.get('client'));
    if (wait === 0) return next();
    c.header('Retry-After', String(wait));
    return problem(c, 429, 'rate-limited', rateLimited(wait).issues);
  };
}
