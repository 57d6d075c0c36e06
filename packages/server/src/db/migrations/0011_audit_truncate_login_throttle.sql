-- 1. The audit trail cannot be emptied in one statement either: the row trigger of 0003 refuses UPDATE and
--    DELETE, but TRUNCATE fires no row triggers. A statement trigger refuses it with the same message.
--    audit_log stays a plain table on the Citus coordinator (it is not village-scoped), so a trigger is fine.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- 2. Sign-in back-off replaces the account lock-out: failures are counted per account, per client address and
--    per account-and-address pair, and a count past its allowance makes that key wait (growing delays), so an
--    attacker elsewhere cannot lock the owner out of their account. Not village-scoped: in Citus terms a
--    coordinator-only local table (small, written on every failed sign-in; replicating it as a reference table
--    would only add cross-node writes).
CREATE TABLE login_throttle (
  scope            text NOT NULL CHECK (scope IN ('account', 'address', 'account_address')),
  key              text NOT NULL,
  failures         integer NOT NULL DEFAULT 0,
  window_start     timestamptz,
  blocked_until    timestamptz,
  last_success_at  timestamptz,
  PRIMARY KEY (scope, key)
);
COMMENT ON TABLE login_throttle IS 'Failed sign-in counts and back-off per account, client address and pair';
COMMENT ON COLUMN login_throttle.key IS
  'account: the user id, or an HMAC of the typed name/NIK when no account has it (never the name itself); address: the client IP; account_address: both, space-separated';
COMMENT ON COLUMN login_throttle.failures IS 'Failures counted since window_start (a pair also starts over on a success)';
COMMENT ON COLUMN login_throttle.window_start IS 'First failure of the current counting window; an expired window starts over at 1';
COMMENT ON COLUMN login_throttle.blocked_until IS 'Sign-in attempts for this key wait until then (429 with Retry-After)';
COMMENT ON COLUMN login_throttle.last_success_at IS
  'Pairs only: when the account last signed in from this address; a usual address is exempt from the account-wide back-off';
CREATE INDEX login_throttle_window_idx ON login_throttle (window_start);

ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
