import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { inArea } from '../../platform/area/in-area.ts';

/** Staff accounts with their area's name and whether sign-ins wait ("locked"); citizens never. */
function staffAccounts(db: Db) {
  return (
    db
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
        'app_user.password_change_required',
        'login_throttle.blocked_until',
      ])
      .where('app_user.role', '!=', 'citizen')
  );
}

export function listUsers(
  db: Db,
  filter: { areaCode?: string; role?: string },
  page: { limit: number; offset: number },
) {
  let query = staffAccounts(db);
  if (filter.areaCode) query = query.where(inArea('app_user.area_code', filter.areaCode, 'any'));
  if (filter.role) query = query.where('app_user.role', '=', filter.role);
  return query.orderBy('app_user.username').limit(page.limit).offset(page.offset).execute();
}

export type StaffAccountListRow = Awaited<ReturnType<typeof listUsers>>[number];

/** One staff account as the list shows it (the access check on its area is the caller's). */
export function findStaffAccountView(db: Db, id: string) {
  return staffAccounts(db).where('app_user.id', '=', id).executeTakeFirst();
}

export function insertUser(
  db: Db,
  row: {
    id: string;
    username: string;
    display_name: string;
    password_hash: string;
    password_change_required: boolean;
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
    .select(['id', 'username', 'display_name', 'role', 'agency', 'area_code', 'active'])
    .where('id', '=', id)
    .where('role', '!=', 'citizen')
    .forUpdate()
    .executeTakeFirst();
}

/** A password the admin set: the owner must replace it at the next sign-in. */
export async function setOneTimePassword(db: Db, id: string, passwordHash: string) {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, password_change_required: true, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export interface AccountChange {
  display_name: string;
  role: string;
  agency: string | null;
  area_code: string;
}

export async function updateAccount(db: Db, id: string, change: AccountChange) {
  await db
    .updateTable('app_user')
    .set({ ...change, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function setActive(db: Db, id: string, active: boolean) {
  await db.updateTable('app_user').set({ active, updated_at: new Date() }).where('id', '=', id).execute();
}
