// Sign-in workflows: password (staff) and NIK + PIN (citizens), with lock-out, sessions and audit entries.
import type { Actor, Agency, Role } from '../../access/roles.ts';
import type { Db } from '../../db/database.ts';
import { invalidField } from '../../http/field-errors.ts';
import { AppError } from '../../http/problem.ts';
import { appendAudit } from '../audit/service.ts';
import { hashSecret, verifySecret } from './password.ts';
import { authPolicy } from './policy.ts';
import * as q from './queries.ts';
import { countFailure, countSuccess, secondsToWait } from './throttle.ts';
import { digestToken, newSessionToken, nikDigest, signInNameDigest } from './tokens.ts';

interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

type LoginCandidate = Awaited<ReturnType<typeof q.findUserByUsername>>;

/**
 * Unknown and known accounts take the same path: the same throttle keys, a password check (against a dummy
 * hash when there is no account), the same audit writes without the typed name, the same 401 or 429.
 */
async function completeLogin(
  db: Db,
  user: LoginCandidate,
  accountKey: string,
  secret: string,
  client: ClientInfo,
  method: string,
) {
  const now = new Date();
  const keys = { account: accountKey, address: client.ip ?? 'unknown' };
  const audit = (action: string, details: Record<string, unknown> = {}) =>
    appendAudit(db, {
      actor: user ? { id: user.id, role: user.role } : null,
      action,
      entityType: 'session',
      entityId: user?.id ?? null,
      ip: client.ip,
      userAgent: client.userAgent,
      details: { method, ...details },
    });

  const wait = await secondsToWait(db, keys, now);
  if (wait > 0) throw new AppError('AUTH_THROTTLED', { retryAfterSeconds: wait });
  const valid = await verifySecret(user?.password_hash, secret);
  if (!user || !valid || !user.active) {
    const outcome = await countFailure(db, keys, now);
    // Audited whether or not the account exists, so both answers cost the same writes (and time). An unknown
    // name is not recorded: what was typed may be someone's NIK or password.
    await audit('auth.login_failed', { failures: outcome.accountFailures });
    if (outcome.waits.length > 0) await audit('auth.login_throttled', { waits: outcome.waits });
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  await countSuccess(db, keys, now);
  const { token, digest } = newSessionToken();
  await q.insertSession(db, {
    token_digest: digest,
    user_id: user.id,
    expires_at: new Date(now.getTime() + authPolicy.sessionHours * 3_600_000),
    ip: client.ip,
    user_agent: client.userAgent?.slice(0, 300) ?? null,
  });
  await audit('auth.login');
  return { token, userId: user.id };
}

export async function loginWithPassword(db: Db, username: string, password: string, client: ClientInfo) {
  const name = username.trim().toLowerCase();
  const { secret } = await q.deploymentSecret(db);
  const user = await q.findUserByUsername(db, name);
  // Citizens sign in with NIK + PIN only, never through the staff form.
  const staff = user?.role === 'citizen' ? undefined : user;
  const accountKey = staff ? staff.id : `name:${signInNameDigest(secret, name)}`;
  return completeLogin(db, staff, accountKey, password, client, 'password');
}

export async function loginWithNikPin(db: Db, nik: string, pin: string, client: ClientInfo) {
  const { secret } = await q.deploymentSecret(db);
  const digest = nikDigest(secret, nik);
  const user = await q.findCitizenByNikDigest(db, digest);
  return completeLogin(db, user, user ? user.id : `nik:${digest}`, pin, client, 'nik_pin');
}

/**
 * Ends every open session of an account: its PIN or password was re-issued, or it was deactivated. (A sign-in
 * back-off never does this: anyone can set one off, and it must not sign the owner out.)
 */
export function endSessionsOf(db: Db, userId: string): Promise<number> {
  return q.deleteSessionsOf(db, userId);
}

/** Lifts the sign-in waits on one account, e.g. once the admin has spoken with its owner. */
export function liftSignInWaits(db: Db, userId: string): Promise<void> {
  return q.clearAccountThrottle(db, userId);
}

/**
 * A staff member replaces their password (the admin's one-time password, or their own): the current one is
 * checked first, the new one must differ, and every other session of the account ends. Citizens have a PIN,
 * issued at the village office, not a password.
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  sessionToken: string,
  passwords: { currentPassword: string; newPassword: string },
  client: ClientInfo,
) {
  if (actor.role === 'citizen') throw new AppError('FORBIDDEN');
  const account = await q.findUserByUsername(db, actor.username);
  // A wrong current password is a field error like any other, written nowhere; the route's request limit is
  // what keeps a stolen session from guessing it.
  if (!account || !(await verifySecret(account.password_hash, passwords.currentPassword)))
    throw invalidField('currentPassword', 'body', 'CURRENT_PASSWORD_WRONG');
  if (passwords.newPassword === passwords.currentPassword)
    throw invalidField('newPassword', 'body', 'PASSWORD_NOT_NEW');
  const passwordHash = await hashSecret(passwords.newPassword);
  await db.transaction().execute(async (trx) => {
    await q.setOwnPassword(trx, actor.id, passwordHash);
    const sessionsEnded = await q.deleteOtherSessionsOf(trx, actor.id, digestToken(sessionToken));
    await appendAudit(trx, {
      actor,
      action: 'auth.password_change',
      entityType: 'app_user',
      entityId: actor.id,
      ip: client.ip,
      userAgent: client.userAgent,
      details: { wasOneTime: actor.passwordChangeRequired === true, sessionsEnded },
    });
  });
}

export async function logout(db: Db, token: string, actor: Actor, client: ClientInfo) {
  await q.deleteSession(db, digestToken(token));
  await appendAudit(db, {
    actor,
    action: 'auth.logout',
    entityType: 'session',
    entityId: actor.id,
    ip: client.ip,
    userAgent: client.userAgent,
  });
}

/** The actor behind a session cookie, or null when the session is unknown, expired, idle or disabled. */
export async function actorForToken(db: Db, token: string): Promise<Actor | null> {
  const digest = digestToken(token);
  const row = await q.findSessionUser(db, digest);
  if (!row) return null;
  const now = new Date();
  const idleLimit = new Date(row.last_seen_at.getTime() + authPolicy.idleMinutes * 60_000);
  if (row.expires_at <= now || idleLimit <= now || !row.active) {
    await q.deleteSession(db, digest);
    return null;
  }
  // Write at most once a minute per session, not on every request.
  if (now.getTime() - row.last_seen_at.getTime() > 60_000) await q.touchSession(db, digest, now);
  return {
    id: row.id,
    username: row.username,
    role: row.role as Role,
    agency: row.agency as Agency | null,
    areaCode: row.area_code,
    ...(row.password_change_required ? { passwordChangeRequired: true } : {}),
  };
}

/**
 * A staff member re-enters their own password as an act (signing a letter). Failures count on the sign-in
 * back-off's keys under a key of their own (`confirm:<user id>`), so a stolen session cannot guess the password
 * faster than a sign-in form could, and wrong guesses there never make the owner's sign-in wait. A wait answers
 * 429; a wrong password is a 400 on `field`. Written outside any transaction: a failure counts even though the
 * act is refused.
 */
export async function confirmOwnPassword(
  db: Db,
  actor: Actor,
  password: string,
  client: ClientInfo,
  field = 'password',
) {
  const now = new Date();
  const keys = { account: `confirm:${actor.id}`, address: client.ip ?? 'unknown' };
  const wait = await secondsToWait(db, keys, now);
  if (wait > 0) throw new AppError('AUTH_THROTTLED', { retryAfterSeconds: wait });
  const account = actor.role === 'citizen' ? undefined : await q.findUserByUsername(db, actor.username);
  if (!account || !account.active || !(await verifySecret(account.password_hash, password))) {
    await countFailure(db, keys, now);
    throw invalidField(field, 'body', 'SIGN_PASSWORD_WRONG');
  }
  await countSuccess(db, keys, now);
}
