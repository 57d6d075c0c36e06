// Look-ups are counted for statistics, never logged with what was asked: per village, day, way in and
// whether anything was found. Counted in memory and written every half minute (and at shutdown), so a burst
// of look-ups never queues on one counter row.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { LookupMode } from '../lookup/service.ts';

const FLUSH_EVERY_MS = 30_000;

export interface LookupCounter {
  count(village: string, mode: LookupMode, found: boolean): void;
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export function lookupCounter(db: Db): LookupCounter {
  let pending = new Map<string, number>();
  const flush = async () => {
    if (pending.size === 0) return;
    const batch = pending;
    pending = new Map();
    const rows = [...batch].map(([key, lookups]) => {
      const [village_code, day, mode, outcome] = key.split('|');
      return { village_code: village_code!, day: day!, mode: mode!, outcome: outcome!, lookups };
    });
    await db
      .insertInto('public_lookup_stat')
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(['village_code', 'day', 'mode', 'outcome'])
          .doUpdateSet({ lookups: sql`public_lookup_stat.lookups + excluded.lookups` }),
      )
      .execute();
  };
  const timer = setInterval(() => void flush().catch(() => undefined), FLUSH_EVERY_MS);
  timer.unref();
  return {
    count(village, mode, found) {
      const day = new Date().toISOString().slice(0, 10);
      const key = `${village}|${day}|${mode}|${found ? 'found' : 'none'}`;
      pending.set(key, (pending.get(key) ?? 0) + 1);
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
