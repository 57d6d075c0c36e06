// Sign-in workflows: password (staff) and NIK + PIN (citizens), with lock-out, sessions and audit entries.
import type { Actor, Agency, Role } from '../../access/roles.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../http/problem.ts';
import { appendAudit } from '../audit/service.ts';
import { verifySecret } from './password.ts';
import { authPolicy } from './policy.ts';
import * as q from './queries.ts';
import { digestToken, newSessionToken, nikDigest } from './tokens.ts';

interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

type LoginCandidate = Awaited<ReturnType<typeof q.findUserByUsername>>;

async function completeLogin(
  db: Db,
  user: LoginCandidate,
  secret: string,
  client: ClientInfo,
  method: string,
) {
  const now = new Date();
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

  if (user?.locked_until && user.locked_until > now) {
    await audit('auth.login_refused_locked');
    const retryAfterSeconds = Math.ceil((user.locked_until.getTime() - now.getTime()) / 1000);
    throw new AppError('AUTH_LOCKED', { retryAfterSeconds });
  }
  const valid = await verifySecret(user?.password_hash, secret);
  if (!user || !valid || !user.active) {
    if (user) {
      const failures = user.failed_logins + 1;
      const lock = failures >= authPolicy.maxFailedLogins;
      const lockedUntil = lock ? new Date(now.getTime() + authPolicy.lockMinutes * 60_000) : null;
      await q.recordFailure(db, user.id, lock ? 0 : failures, lockedUntil);
      await audit(lock ? 'auth.account_locked' : 'auth.login_failed', { failures });
      if (lock) throw new AppError('AUTH_LOCKED', { retryAfterSeconds: authPolicy.lockMinutes * 60 });
    }
    // Unknown users are not audited by name: the attempted username may be someone's NIK or password.
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  await q.clearFailures(db, user.id);
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
  const user = await q.findUserByUsername(db, username.trim().toLowerCase());
  // Citizens sign in with NIK + PIN only, never through the staff form.
  const staff = user?.role === 'citizen' ? undefined : user;
  return completeLogin(db, staff, password, client, 'password');
}

export async function loginWithNikPin(db: Db, nik: string, pin: string, client: ClientInfo) {
  const { secret } = await q.deploymentSecret(db);
  const user = await q.findCitizenByNikDigest(db, nikDigest(secret, nik));
  return completeLogin(db, user, pin, client, 'nik_pin');
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
  };
}
