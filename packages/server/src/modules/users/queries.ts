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
      'app_user.locked_until',
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

export async function unlockUser(db: Db, id: string) {
  const result = await db
    .updateTable('app_user')
    .set({ failed_logins: 0, locked_until: null, updated_at: new Date() })
    .where('id', '=', id)
    .where('role', '!=', 'citizen')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
