// SQL of the villages' letter-signing keys (public halves only).
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

export function currentKeyRow(db: Db, villageCode: string) {
  return db
    .selectFrom('letter_signing_key')
    .select(['key_id', 'public_key'])
    .where('village_code', '=', villageCode)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
}

/** Adds a current key unless another desk added one a moment ago (one current key per village). */
export async function insertCurrentKey(db: Db, villageCode: string, keyId: string, publicKey: string) {
  await sql`
    INSERT INTO letter_signing_key (village_code, key_id, public_key) VALUES (${villageCode}, ${keyId}, ${publicKey})
    ON CONFLICT DO NOTHING`.execute(db);
}

export async function retireCurrentKey(db: Db, villageCode: string) {
  await db
    .updateTable('letter_signing_key')
    .set({ retired_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('retired_at', 'is', null)
    .execute();
}

export function publicKeyOf(db: Db, villageCode: string, keyId: string) {
  return db
    .selectFrom('letter_signing_key')
    .select(['public_key', 'retired_at'])
    .where('village_code', '=', villageCode)
    .where('key_id', '=', keyId)
    .executeTakeFirst();
}

/** Every village's public keys, retired ones included: what an offline verifier keeps. */
export function allPublicKeys(db: Db) {
  return db
    .selectFrom('letter_signing_key')
    .select(['village_code', 'key_id', 'public_key', 'created_at', 'retired_at'])
    .orderBy('village_code')
    .orderBy('created_at')
    .execute();
}
