// All SQL of citizen self-service: the resident a PIN is issued to, the citizen account and its link to the
// resident (citizen_login, keyed by a keyed hash of the NIK), and the link read back at sign-in.
import type { Db } from '../../../db/database.ts';

/**
 * The resident a PIN is for, under a key-share lock. citizen_login is a Citus reference table, which can hold
 * no foreign key to resident: this read is the check, and its lock holds the resident as the foreign key's
 * check would, until the commit.
 */
export function lockResidentForPin(db: Db, villageCode: string, residentId: string) {
  return db
    .selectFrom('resident')
    .select(['id', 'nik', 'full_name', 'status_code'])
    .where('village_code', '=', villageCode)
    .where('id', '=', residentId)
    .forKeyShare()
    .executeTakeFirst();
}

export function findCitizenLogin(db: Db, nikDigest: string) {
  return db
    .selectFrom('citizen_login')
    .select('user_id')
    .where('nik_digest', '=', nikDigest)
    .executeTakeFirst();
}

export async function setCitizenPin(db: Db, userId: string, pinHash: string) {
  await db
    .updateTable('app_user')
    .set({ password_hash: pinHash, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

export async function relinkCitizen(db: Db, userId: string, villageCode: string, residentId: string) {
  await db
    .updateTable('citizen_login')
    .set({ village_code: villageCode, resident_id: residentId })
    .where('user_id', '=', userId)
    .execute();
}

export async function insertCitizen(
  db: Db,
  citizen: { userId: string; displayName: string; pinHash: string; villageCode: string },
  link: { nikDigest: string; residentId: string },
) {
  await db
    .insertInto('app_user')
    .values({
      id: citizen.userId,
      username: `warga-${citizen.userId}`,
      display_name: citizen.displayName,
      password_hash: citizen.pinHash,
      role: 'citizen',
      agency: null,
      area_code: citizen.villageCode,
    })
    .execute();
  await db
    .insertInto('citizen_login')
    .values({
      user_id: citizen.userId,
      nik_digest: link.nikDigest,
      village_code: citizen.villageCode,
      resident_id: link.residentId,
    })
    .execute();
}

/** The family card a signed-in citizen belongs to, through their link to the resident. */
export async function familyOfCitizen(db: Db, userId: string) {
  const link = await db
    .selectFrom('citizen_login')
    .select(['village_code', 'resident_id'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!link?.village_code || !link.resident_id) return null;
  const resident = await db
    .selectFrom('resident')
    .select('family_id')
    .where('village_code', '=', link.village_code)
    .where('id', '=', link.resident_id)
    .executeTakeFirst();
  return resident?.family_id ? { villageCode: link.village_code, familyId: resident.family_id } : null;
}

/** The signed-in citizen's own NIK and family card number (for their audited reveal of their own record). */
export async function ownIdentifiers(db: Db, userId: string) {
  return db
    .selectFrom('citizen_login as c')
    .innerJoin('resident as r', (join) =>
      join.onRef('r.village_code', '=', 'c.village_code').onRef('r.id', '=', 'c.resident_id'),
    )
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .select(['r.village_code', 'r.id as resident_id', 'r.nik', 'f.kk_number'])
    .where('c.user_id', '=', userId)
    .executeTakeFirst();
}
