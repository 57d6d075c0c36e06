import type { Db } from '../../db/database.ts';

/** The installation's random secret (migration 0002, made at first start, kept across restarts). */
export async function installationSecret(db: Db): Promise<string> {
  const row = await db
    .selectFrom('deployment')
    .select('secret')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return row.secret;
}
