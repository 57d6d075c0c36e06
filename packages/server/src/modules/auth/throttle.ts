// Sign-in back-off instead of lock-out. Every failure counts on three keys: the account, the client address,
// and the pair of both. A key past its allowance waits (1, 2, 4 … minutes, up to a ceiling); an attempt while
// any of its keys waits is answered 429 before the password is even checked. Keys do not depend on whether the
// account exists (an unknown name is keyed by its HMAC), so unknown and known accounts answer alike.
//
// Chosen over rate-limiter-flexible: its Postgres store wants a node-postgres pool (PGlite is not one) and its
// memory store forgets on restart and is not shared by several app servers; the "usual address" exemption also
// needs the time of the last success per pair, which is one more column here.
import type { Db } from '../../db/database.ts';
import { throttlePolicy, type ThrottleScope } from './policy.ts';
import * as q from './queries.ts';

export interface SignInKeys {
  /** The user id, or `name:`/`nik:` + an HMAC of what was typed when no account has it. */
  account: string;
  /** The client address as Fastify sees it (the proxy's forwarded address behind TRUST_PROXY). */
  address: string;
}

const minute = 60_000;

function scopedKeys(keys: SignInKeys): q.ThrottleKey[] {
  return [
    { scope: 'account', key: keys.account },
    { scope: 'address', key: keys.address },
    { scope: 'account_address', key: `${keys.account} ${keys.address}` },
  ];
}

/** Seconds this attempt must wait (0: go ahead). The account-wide wait spares the account's usual addresses. */
export async function secondsToWait(db: Db, keys: SignInKeys, now: Date): Promise<number> {
  const rows = await q.throttleRows(db, scopedKeys(keys));
  const pair = rows.find((r) => r.scope === 'account_address');
  const usualSince = new Date(now.getTime() - throttlePolicy.usualAddressDays * 24 * 60 * minute);
  const usualAddress = pair?.last_success_at != null && pair.last_success_at > usualSince;
  let longest = 0;
  for (const row of rows) {
    if (!row.blocked_until || row.blocked_until <= now) continue;
    if (row.scope === 'account' && usualAddress) continue;
    longest = Math.max(longest, row.blocked_until.getTime() - now.getTime());
  }
  return Math.ceil(longest / 1000);
}

export interface FailureOutcome {
  /** Failures on the account (from any address) in its current window. */
  accountFailures: number;
  /** Keys this failure made wait, and for how long. */
  waits: { scope: ThrottleScope; seconds: number }[];
}

/** Counts a failure on all three keys; a key past its allowance starts waiting. */
export async function countFailure(db: Db, keys: SignInKeys, now: Date): Promise<FailureOutcome> {
  const outcome: FailureOutcome = { accountFailures: 0, waits: [] };
  for (const key of scopedKeys(keys)) {
    const rule = throttlePolicy[key.scope];
    const windowExpiredAt = new Date(now.getTime() - rule.windowMinutes * minute);
    const failures = await q.countThrottleFailure(db, key, now, windowExpiredAt);
    if (key.scope === 'account') outcome.accountFailures = failures;
    const over = failures - rule.freeFailures;
    if (over <= 0) continue;
    const waitMinutes = Math.min(2 ** (over - 1), rule.maxWaitMinutes);
    await q.blockThrottleKey(db, key, new Date(now.getTime() + waitMinutes * minute));
    outcome.waits.push({ scope: key.scope, seconds: waitMinutes * 60 });
  }
  return outcome;
}

/** A success starts the pair over and marks the address as one this account usually signs in from. */
export async function countSuccess(db: Db, keys: SignInKeys, now: Date): Promise<void> {
  await q.recordThrottleSuccess(db, scopedKeys(keys)[2]!, now);
}

/** Forgets keys idle for longer than any window and usual-address period (called from a timer). */
export async function purgeStaleThrottles(db: Db, now = new Date()): Promise<void> {
  const before = new Date(now.getTime() - throttlePolicy.usualAddressDays * 24 * 60 * minute);
  await q.purgeStaleThrottles(db, before, now);
}
