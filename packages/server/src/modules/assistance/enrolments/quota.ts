// A program's quota per district or village: a unit starts receiving only while the areas over its village
// have room. The quota rows are locked first, so two activations in one area queue and the second counts the
// first.
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { countReceiving, lockQuotasOver } from './queries.ts';

export async function requireQuota(trx: Db, programId: string, village: string) {
  for (const quota of await lockQuotasOver(trx, programId, village)) {
    const receiving = await countReceiving(trx, programId, quota.area_code);
    if (receiving >= quota.quota)
      throw new AppError('ENROLMENT_QUOTA_FULL', { areaCode: quota.area_code, quota: quota.quota });
  }
}
