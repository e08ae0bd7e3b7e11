/**
 * Group commit of votes: the votes that arrive while the database is busy go in together, in one
 * statement and one commit, and each is answered only after that commit. A vote that finds the
 * database idle is written at once (a batch of one), so a quiet server adds no delay, and a busy
 * one writes as many votes per commit as arrived meanwhile (PGlite, while votes keep coming, waits
 * 2 ms for more). PGlite has one connection; on PostgreSQL two batches run at once.
 */
import type { Db } from '../db.js';
import { storeVotes, type StoredVote, type VoteToStore } from './ratings.js';

interface Waiting {
  entry: VoteToStore;
  resolve(result: StoredVote): void;
  reject(error: unknown): void;
}

export class VoteBatches {
  private waiting: Waiting[] = [];
  private running = 0;
  private scheduled = false;
  private lastBatch = 0;

  constructor(
    private readonly db: Db,
    /**
     * Batches written at once. Two keep the database busy while the other's answers go out, and
     * leave the rest of the pool to reads; more only make smaller batches, which cost PostgreSQL
     * about 40% more CPU per vote on 2 cores (0.14 against 0.10 ms, measured at 50 connections).
     */
    private readonly concurrency = Math.min(2, db.concurrency),
    private readonly maxBatch = 500,
    /**
     * With one batch at a time (PGlite's one connection, whose cost is mostly per statement; or an
     * instance set to one writer, `JAWDA_VOTE_WRITERS=1`, beside others on one PostgreSQL), how long a
     * batch waits for more votes to join it while votes keep coming (never after a quiet spell: a
     * lone vote goes at once). With two at a time the other batch keeps the database busy meanwhile.
     * Two instances on one PostgreSQL made 0.92x one instance's rate waiting 1 ms, 0.85x at 2 ms, and
     * 0.87x at none (5 rounds each, `npm run bench:api`).
     */
    private readonly gatherMs = concurrency > 1 ? 0 : db.kind === 'pg' ? 1 : 2,
  ) {}

  /** Stores `entry` (once per submissionId, whatever else is in flight) and resolves after its commit. */
  store(entry: VoteToStore): Promise<StoredVote> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Takes the next batch once the requests read in this turn of the event loop have all queued
   * their votes (PGlite runs a statement without yielding, so none could join during it).
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const take = () => {
      this.scheduled = false;
      this.next();
    };
    if (this.gatherMs > 0 && this.lastBatch > 1) setTimeout(take, this.gatherMs);
    else setImmediate(take);
  }

  private next(): void {
    while (this.running < this.concurrency && this.waiting.length) {
      const batch = this.take();
      this.lastBatch = batch.length;
      this.running++;
      void this.write(batch).finally(() => {
        this.running--;
        this.schedule();
      });
    }
  }

  /** The oldest waiting votes, one per submissionId: a copy waits for the next batch, and gets its 200 there. */
  private take(): Waiting[] {
    const batch: Waiting[] = [];
    const ids = new Set<string>();
    const later: Waiting[] = [];
    for (const waiting of this.waiting) {
      const id = waiting.entry.vote.submissionId.toLowerCase();
      if (batch.length >= this.maxBatch || ids.has(id)) later.push(waiting);
      else {
        ids.add(id);
        batch.push(waiting);
      }
    }
    this.waiting = later;
    return batch;
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      const results = await storeVotes(
        this.db,
        batch.map((waiting) => waiting.entry),
      );
      batch.forEach((waiting, index) => waiting.resolve(results[index]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // One bad vote must not fail its neighbours: each on its own, so only it is answered with the error.
      await Promise.all(
        batch.map(async (waiting) => {
          try {
            waiting.resolve((await storeVotes(this.db, [waiting.entry]))[0]!);
          } catch (own) {
            waiting.reject(own);
          }
        }),
      );
    }
  }
}
