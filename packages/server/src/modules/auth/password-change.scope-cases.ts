// Scope case of choosing one's own password: staff only (a citizen's PIN is issued at the village office).
// It runs in its own file (password-change.scopes.test.ts): a success changes the caller's password and ends
// their other sessions, which would sign the shared cast out of every case run after it on the same app.
import type { RouteCase } from '../../../test/scope-harness/route-case.ts';
import type { Harness } from '../../../test/scope-harness/harness.ts';
import { TEST_PASSWORD } from '../../../test/test-app.ts';
import { hashSecret } from './password.ts';

let testPasswordHash: Promise<string> | undefined;

/** Every staff member of the cast signs in with TEST_PASSWORD again, whatever an earlier call changed it to. */
async function restoreCastPasswords(h: Harness) {
  testPasswordHash ??= hashSecret(TEST_PASSWORD);
  await h.t.database.db
    .updateTable('app_user')
    .set({ password_hash: await testPasswordHash })
    .where(
      'id',
      'in',
      h.cast.filter((member) => member.actor.role !== 'citizen').map((member) => member.actor.id),
    )
    .execute();
}

export const passwordChangeScopeCases: RouteCase[] = [
  {
    route: 'POST /api/auth/password',
    rule: {
      kind: 'roles',
      who: 'staff, for their own account',
      allowed: (actor) => actor.role !== 'citizen',
    },
    scope: 'none',
    endsSession: true,
    consumesTarget: true, // the caller's password: restored before each call expected to succeed
    request: async (h) => {
      await restoreCastPasswords(h);
      return { body: { currentPassword: TEST_PASSWORD, newPassword: 'sandi-pilihan-sendiri' } };
    },
    ok: [200],
  },
];
