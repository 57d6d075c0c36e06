/**
 * Sign-in policy. There is no hard lock-out any more: anyone could trigger one against someone else's account
 * (and only an existing account could be locked, which told strangers which accounts exist). Failures instead
 * make the key they were counted on wait, with delays that double up to a ceiling (see throttle.ts).
 */
export const authPolicy = {
  sessionHours: 12,
  /** A session unused this long ends, so a shared village-office computer does not stay signed in. */
  idleMinutes: 120,
  cookieName: 'sk_session',
} as const;

export type ThrottleScope = 'account' | 'address' | 'account_address';

export interface ScopeRule {
  /** Failures allowed in a window before each further failure makes the key wait. */
  freeFailures: number;
  /** The count starts over once its window (from the first failure) has passed. */
  windowMinutes: number;
  /** The wait doubles with each failure past the allowance (1, 2, 4 … minutes) up to this ceiling. */
  maxWaitMinutes: number;
}

export const throttlePolicy: Record<ThrottleScope, ScopeRule> & { usualAddressDays: number } = {
  // One account from one address: someone mistyping, or one attacker on one account. A success starts over.
  account_address: { freeFailures: 5, windowMinutes: 24 * 60, maxWaitMinutes: 15 },
  // One address against any accounts: an attacker trying many names. A village office shares one address,
  // so the allowance is wider than a person's own typos.
  address: { freeFailures: 10, windowMinutes: 60, maxWaitMinutes: 60 },
  // One account from any address: guessing spread over many addresses. Addresses the account signed in from
  // lately are exempt, so the owner at their usual desk is never shut out by it.
  account: { freeFailures: 10, windowMinutes: 60, maxWaitMinutes: 15 },
  usualAddressDays: 30,
};
