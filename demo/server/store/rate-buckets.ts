/**
 * The rate limit shared by every server on one PostgreSQL: the same token buckets as one process
 * keeps in memory (http/rate-limit.ts), one row per budget and client in an UNLOGGED table (counts
 * that need no crash safety, written without the WAL), taken in one round trip on the database's
 * clock. A client spread over several servers behind a proxy gets the limit once, not once per server.
 */
import type { Queryable } from '../db.js';
import type { Budget, RateLimiter } from '../http/rate-limit.js';
import type { RateBudget } from '../settings.js';

/**
 * Refills the bucket for the time since its last request, then takes a token if there is one.
 * `allowed` says whether it did; `tokens` is what is left (for the wait when it did not).
 */
const TAKE = `
  INSERT INTO rate_buckets AS b (budget, client, tokens, updated, allowed) VALUES ($1, $2, $3::float8 - 1, now(), true)
  ON CONFLICT (budget, client) DO UPDATE SET
    allowed = least($3, b.tokens + extract(epoch FROM now() - b.updated) * 1000 * $4) >= 1,
    tokens = least($3, b.tokens + extract(epoch FROM now() - b.updated) * 1000 * $4)
             - CASE WHEN least($3, b.tokens + extract(epoch FROM now() - b.updated) * 1000 * $4) >= 1 THEN 1 ELSE 0 END,
    updated = now()
  RETURNING allowed, tokens`;

export function databaseRateLimiter(db: Queryable, budgets: Record<Budget, RateBudget>): RateLimiter & { stop(): void } {
  // A bucket left alone for a whole window is full again: its row says nothing, so it goes.
  const longest = Math.max(budgets.writes.windowMs, budgets.reads.windowMs);
  const sweep = setInterval(
    () =>
      void db.query(`DELETE FROM rate_buckets WHERE updated < now() - make_interval(secs => $1)`, [longest / 1000]).catch(() => undefined),
    longest,
  );
  sweep.unref();
  return {
    async take(budget, client) {
      const { limit, windowMs } = budgets[budget];
      if (limit <= 0) return 0;
      const perMs = limit / windowMs;
      const [row] = await db.query<{ allowed: boolean; tokens: number }>(TAKE, [budget, client, limit, perMs], {
        name: 'jawda-rate-take',
      });
      if (row!.allowed) return 0;
      return Math.max(1, Math.ceil((1 - row!.tokens) / perMs / 1000));
    },
    stop: () => clearInterval(sweep),
  };
}
