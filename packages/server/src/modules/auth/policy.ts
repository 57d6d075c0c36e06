/** Sign-in policy. Five straight failures lock the account for fifteen minutes. */
export const authPolicy = {
  maxFailedLogins: 5,
  lockMinutes: 15,
  sessionHours: 12,
  /** A session unused this long ends, so a shared village-office computer does not stay signed in. */
  idleMinutes: 120,
  cookieName: 'sk_session',
} as const;
