/**
 * A service's summary, read as of a moment after the caller asked: every vote committed before the
 * call is in it, on this server or any other on the same database. Callers who ask while a read is
 * already running share the next read (which starts when that one ends), so under load a service's
 * summary costs a query per read-time, not per vote, and never comes from before the caller's vote.
 */
import type { RatingSummary } from '../../../src/core/contract.js';
import type { Queryable } from '../db.js';
import { ratingSummary } from './ratings.js';

interface Reads {
  running?: Promise<RatingSummary | undefined>;
  /** The read that starts once `running` ends: for everyone who asked after `running` started. */
  next?: Promise<RatingSummary | undefined>;
}

export class SummaryReads {
  private readonly services = new Map<string, Reads>();

  constructor(private readonly db: Queryable) {}

  /** The summary of `serviceId` with every vote committed before this call; undefined: no such service. */
  read(serviceId: string): Promise<RatingSummary | undefined> {
    let reads = this.services.get(serviceId);
    if (!reads) this.services.set(serviceId, (reads = {}));
    if (reads.next) return reads.next;
    if (!reads.running) return this.start(serviceId, reads);
    const after = reads.running.then(
      () => undefined,
      () => undefined,
    );
    reads.next = after.then(() => {
      reads.next = undefined;
      return this.start(serviceId, reads);
    });
    return reads.next;
  }

  private start(serviceId: string, reads: Reads): Promise<RatingSummary | undefined> {
    const running = ratingSummary(this.db, serviceId);
    reads.running = running;
    const done = () => {
      if (reads.running !== running) return;
      reads.running = undefined;
      if (!reads.next) this.services.delete(serviceId);
    };
    running.then(done, done);
    return running;
  }
}
