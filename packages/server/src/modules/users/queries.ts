import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { inArea } from '../../platform/area/in-area.ts';

export function listUsers(
  db: Db,
  filter: { areaCode?: string; role?: string },
  page: { limit: number; offset: number },
) {
  let query = db
    .selectFrom('app_user')
    .innerJoin('region', 'region.code', 'app_user.area_code')
    // The account-wide sign-in wait (auth/throttle.ts) is what the list shows as "locked".
    .leftJoin('login_throttle', (join) =>
      join
        .on('login_throttle.scope', '=', 'account')
        .on('login_throttle.key', '=', sql<string>`app_user.id::text`),
    )
    .select([
      'app_user.id',
      'app_user.username',
      'app_user.display_name',
      'app_user.role',
      'app_user.agency',
      'app_user.area_code',
      'region.name as area_name',
      'region.level as area_level',
      'app_user.active',
      'login_throttle.blocked_until',
    ])
    .where('app_user.role', '!=', 'citizen');
  if (filter.areaCode) query = query.where(inArea('app_user.area_code', filter.areaCode, 'any'));
  if (filter.role) query = query.where('app_user.role', '=', filter.role);
  return query.orderBy('app_user.username').limit(page.limit).offset(page.offset).execute();
}

export function insertUser(
  db: Db,
  row: {
    id: string;
    username: string;
    display_name: string;
    password_hash: string;
    role: string;
    agency: string | null;
    area_code: string;
  },
) {
  return db
    .insertInto('app_user')
    .values(row)
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** A staff account (never a citizen's), for the admin's account actions. */
export function findStaffAccount(db: Db, id: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'username', 'role', 'area_code', 'active'])
    .where('id', '=', id)
    .where('role', '!=', 'citizen')
    .forUpdate()
    .executeTakeFirst();
}

export async function setPasswordHash(db: Db, id: string, passwordHash: string) {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function setActive(db: Db, id: string, active: boolean) {
  await db.updateTable('app_user').set({ active, updated_at: new Date() }).where('id', '=', id).execute();
}
