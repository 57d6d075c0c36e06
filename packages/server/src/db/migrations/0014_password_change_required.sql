-- A password the regency admin set (a reset, handed over in person) is known to two people. The account must
-- choose its own at the next sign-in: until it does, its session reaches only the change-password route, sign-out
-- and who-am-I (http/route-access.ts).
ALTER TABLE app_user ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN app_user.password_change_required IS
  'The password was set by an administrator (a one-time password): the owner must replace it before using the app';
