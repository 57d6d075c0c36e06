import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';

/** Sums the per-village figures over any region: 217 villages × a few dozen keys, never the resident table. */
export function sumStats(db: Db, region: string) {
  return db
    .selectFrom('population_stat')
    .select((eb) => [
      'dimension',
      'key',
      eb.fn.sum<number>('male').as('male'),
      eb.fn.sum<number>('female').as('female'),
      eb.fn.sum<number>('total').as('total'),
    ])
    .where(inArea('village_code', region))
    .groupBy(['dimension', 'key'])
    .execute();
}
