// How many public look-ups reach the database at once. The pool is shared with every staff route (10
// connections on PostgreSQL); without a gate a crowd of citizens at peak hour, or the look-ups a burst lets
// through before its 429s, would hold all of them, and a village operator's page would wait behind the crowd
// (bench/cek-bansos-bench.ts measured the bare route's p99 rising eightfold during a burst). Look-ups past
// `concurrent` wait their turn in memory (fastq, already the import runner's queue); past `waiting` they are
// refused at once with a catalogued 503, rather than queued for longer than a citizen waits.
import fastq from 'fastq';
import { AppError } from '../../../http/problem.ts';

/** At most this many look-ups at the database at once: under half the pool, the rest stays for staff. */
export const CONCURRENT_LOOKUPS = 4;
/** Look-ups waiting their turn, at most; a full queue is seconds of work at peak rate. */
export const WAITING_LOOKUPS = 200;

export interface LookupGate {
  /** Runs the look-up when a place is free; refuses it (CEK_BANSOS_BUSY) when the queue is full. */
  run<T>(lookup: () => Promise<T>): Promise<T>;
}

export function lookupGate(concurrent = CONCURRENT_LOOKUPS, waiting = WAITING_LOOKUPS): LookupGate {
  const queue = fastq.promise((lookup: () => Promise<unknown>) => lookup(), concurrent);
  return {
    run<T>(lookup: () => Promise<T>) {
      if (queue.running() >= concurrent && queue.length() >= waiting)
        return Promise.reject(new AppError('CEK_BANSOS_BUSY'));
      return queue.push(lookup) as Promise<T>;
    },
  };
}
