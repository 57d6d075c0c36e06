import { createHash, createHmac, randomBytes } from 'node:crypto';

/** The cookie carries the token; the database stores only its digest, so a leaked table opens no session. */
export function newSessionToken(): { token: string; digest: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, digest: digestToken(token) };
}

export function digestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Keyed digest of a NIK: lets citizens sign in by NIK without the login table holding any NIK. */
export function nikDigest(secret: string, nik: string): string {
  return createHmac('sha256', secret).update(nik).digest('hex');
}

/** Keyed digest of a typed sign-in name, so throttling an unknown name stores neither it nor a plain hash. */
export function signInNameDigest(secret: string, name: string): string {
  return createHmac('sha256', secret).update(`sign-in-name:${name}`).digest('hex');
}
