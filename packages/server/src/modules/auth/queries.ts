import type { Db } from '../../db/database.ts';

const userColumns = [
  'app_user.id',
  'app_user.username',
  'app_user.display_name',
  'app_user.password_hash',
  'app_user.role',
  'app_user.agency',
  'app_user.area_code',
  'app_user.active',
  'app_user.failed_logins',
  'app_user.locked_until',
] as const;

export function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('app_user').select(userColumns).where('username', '=', username).executeTakeFirst();
}

export function findCitizenByNikDigest(db: Db, digest: string) {
  return db
    .selectFrom('citizen_login')
    .innerJoin('app_user', 'app_user.id', 'citizen_login.user_id')
    .select(userColumns)
    .where('citizen_login.nik_digest', '=', digest)
    .executeTakeFirst();
}

export async function recordFailure(db: Db, userId: string, failedLogins: number, lockedUntil: Date | null) {
  await db
    .updateTable('app_user')
    .set({ failed_logins: failedLogins, locked_until: lockedUntil, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

export async function clearFailures(db: Db, userId: string) {
  await db
    .updateTable('app_user')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}

export async function insertSession(
  db: Db,
  row: {
    token_digest: string;
    user_id: string;
    expires_at: Date;
    ip: string | null;
    user_agent: string | null;
  },
) {
  await db.insertInto('user_session').values(row).execute();
}

export function findSessionUser(db: Db, tokenDigest: string) {
  return db
    .selectFrom('user_session')
    .innerJoin('app_user', 'app_user.id', 'user_session.user_id')
    .select([
      'user_session.token_digest',
      'user_session.expires_at',
      'user_session.last_seen_at',
      'app_user.id',
      'app_user.username',
      'app_user.role',
      'app_user.agency',
      'app_user.area_code',
      'app_user.active',
    ])
    .where('user_session.token_digest', '=', tokenDigest)
    .executeTakeFirst();
}

export async function touchSession(db: Db, tokenDigest: string, now: Date) {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: now })
    .where('token_digest', '=', tokenDigest)
    .execute();
}

export async function deleteSession(db: Db, tokenDigest: string) {
  await db.deleteFrom('user_session').where('token_digest', '=', tokenDigest).execute();
}

export async function deleteExpiredSessions(db: Db, now: Date) {
  await db.deleteFrom('user_session').where('expires_at', '<', now).execute();
}

export function findProfile(db: Db, userId: string) {
  return db
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
    ])
    .where('app_user.id', '=', userId)
    .executeTakeFirst();
}

export function deploymentSecret(db: Db) {
  return db.selectFrom('deployment').select('secret').where('id', '=', 1).executeTakeFirstOrThrow();
}
