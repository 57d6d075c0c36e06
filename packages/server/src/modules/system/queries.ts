import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.ts';

export function readDeployment(db: Db) {
  return db.selectFrom('deployment').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
}

/** First start creates the settings row with a fresh secret; later starts keep it (the regency may change). */
export async function ensureDeployment(db: Db, regencyCode: string) {
  await db
    .insertInto('deployment')
    .values({ id: 1, regency_code: regencyCode, secret: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('id').doUpdateSet({ regency_code: regencyCode }))
    .execute();
}

export async function markDemoData(db: Db, demo: boolean) {
  await db.updateTable('deployment').set({ demo_data: demo }).where('id', '=', 1).execute();
}
