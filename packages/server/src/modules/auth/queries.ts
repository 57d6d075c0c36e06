import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ThrottleScope } from './policy.ts';
import { preparedStatement } from '../../db/prepared-statements.ts';

const userColumns = [
  'app_user.id',
  'app_user.username',
  'app_user.display_name',
  'app_user.password_hash',
  'app_user.role',
  'app_user.agency',
  'app_user.area_code',
  'app_user.active',
  'app_user.password_change_required',
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
  return (
    db
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
        'app_user.password_change_required',
      ])
      .where('user_session.token_digest', '=', tokenDigest)
      // Every signed-in request runs it first.
      .modifyEnd(preparedStatement)
      .executeTakeFirst()
  );
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

/** The owner's own new password: the one-time one the admin set no longer applies. */
export async function setOwnPassword(db: Db, userId: string, passwordHash: string) {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, password_change_required: false, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

/** Every session of the account but the one in use. */
export async function deleteOtherSessionsOf(db: Db, userId: string, keepDigest: string) {
  const result = await db
    .deleteFrom('user_session')
    .where('user_id', '=', userId)
    .where('token_digest', '!=', keepDigest)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteSessionsOf(db: Db, userId: string) {
  const result = await db.deleteFrom('user_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
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
      'app_user.password_change_required',
    ])
    .where('app_user.id', '=', userId)
    .executeTakeFirst();
}

export function deploymentSecret(db: Db) {
  return db.selectFrom('deployment').select('secret').where('id', '=', 1).executeTakeFirstOrThrow();
}

export interface ThrottleKey {
  scope: ThrottleScope;
  key: string;
}

export function throttleRows(db: Db, keys: readonly ThrottleKey[]) {
  return db
    .selectFrom('login_throttle')
    .selectAll()
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('scope', '=', k.scope), eb('key', '=', k.key)]))))
    .execute();
}

/**
 * Counts one failure on a key in a single statement (concurrent failures each count), starting a new window
 * when the current one began at or before `windowExpiredAt`. Returns the count in the window.
 */
export async function countThrottleFailure(db: Db, k: ThrottleKey, now: Date, windowExpiredAt: Date) {
  const expired = sql<boolean>`(login_throttle.window_start IS NULL OR login_throttle.window_start <= ${windowExpiredAt}::timestamptz)`;
  const row = await db
    .insertInto('login_throttle')
    .values({ scope: k.scope, key: k.key, failures: 1, window_start: now })
    .onConflict((oc) =>
      oc.columns(['scope', 'key']).doUpdateSet({
        failures: sql`CASE WHEN ${expired} THEN 1 ELSE login_throttle.failures + 1 END`,
        window_start: sql`CASE WHEN ${expired} THEN ${now}::timestamptz ELSE login_throttle.window_start END`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

/** Makes a key wait until `until`, never shortening a wait already running. */
export async function blockThrottleKey(db: Db, k: ThrottleKey, until: Date) {
  await db
    .updateTable('login_throttle')
    .set({ blocked_until: sql`greatest(blocked_until, ${until}::timestamptz)` })
    .where('scope', '=', k.scope)
    .where('key', '=', k.key)
    .execute();
}

/** A success from this account and address: the pair starts over and the address counts as usual. */
export async function recordThrottleSuccess(db: Db, k: ThrottleKey, now: Date) {
  await db
    .insertInto('login_throttle')
    .values({ scope: k.scope, key: k.key, failures: 0, last_success_at: now })
    .onConflict((oc) =>
      oc
        .columns(['scope', 'key'])
        .doUpdateSet({ failures: 0, window_start: null, blocked_until: null, last_success_at: now }),
    )
    .execute();
}

/** Lifts every wait on one account (its own count and its pairs); the addresses' own counts stay. */
export async function clearAccountThrottle(db: Db, accountKey: string) {
  await db
    .deleteFrom('login_throttle')
    .where((eb) =>
      eb.or([
        eb.and([eb('scope', '=', 'account'), eb('key', '=', accountKey)]),
        eb.and([eb('scope', '=', 'account_address'), eb('key', 'like', `${accountKey} %`)]),
      ]),
    )
    .execute();
}

/** Forgets keys with nothing left to remember: no window, wait or usual address newer than `before`. */
export async function purgeStaleThrottles(db: Db, before: Date, now: Date) {
  await db
    .deleteFrom('login_throttle')
    .where((eb) =>
      eb.and([
        eb.or([eb('window_start', 'is', null), eb('window_start', '<', before)]),
        eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', now)]),
        eb.or([eb('last_success_at', 'is', null), eb('last_success_at', '<', before)]),
      ]),
    )
    .execute();
}
