// Staff account management by the regency admin. The role decides which level of area the account binds to.
import { randomUUID } from 'node:crypto';
import { isWithin } from '../../access/access.ts';
import { assertRegionAccess } from '../../access/assert-access.ts';
import { roleAreaLevel, type Actor, type Agency, type Role } from '../../access/roles.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../http/problem.ts';
import { appendAudit } from '../audit/service.ts';
import { hashSecret } from '../auth/password.ts';
import { endSessionsOf, liftSignInWaits } from '../auth/service.ts';
import { findRegion } from '../regions/queries.ts';
import { oneTimePassword } from './one-time-password.ts';
import {
  findStaffAccount,
  insertUser,
  setActive,
  setOneTimePassword,
  updateAccount,
  type AccountChange,
} from './queries.ts';

const levelNames = {
  regency: { id: 'kabupaten', en: 'regency' },
  district: { id: 'kecamatan', en: 'district' },
  village: { id: 'desa/kelurahan', en: 'village' },
} as const;

type StaffRole = Exclude<Role, 'citizen'>;

export interface NewStaffAccount {
  username: string;
  displayName: string;
  password: string;
  role: StaffRole;
  agency: Agency | null;
  areaCode: string;
}

/** What the admin may change on an account after creating it (the user name stays: it is how they sign in). */
export interface StaffAccountEdit {
  displayName?: string;
  role?: StaffRole;
  agency?: Agency | null;
  areaCode?: string;
}

/** A role binds to an area of its level inside the admin's own; an agency goes with agency staff only. */
async function assertAssignment(
  db: Db,
  actor: Actor,
  assignment: { role: StaffRole; agency: Agency | null; areaCode: string },
) {
  // An area outside the admin's own does not exist for them (404), as everywhere else; the level check's
  // 400 is for areas they can see.
  assertRegionAccess(actor, assignment.areaCode, 'administer');
  const level = roleAreaLevel[assignment.role];
  const region = await findRegion(db, assignment.areaCode);
  if (!region || region.level !== level) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'areaCode',
          in: 'body',
          message: `Peran ini harus terikat pada wilayah tingkat ${levelNames[level].id}`,
          message_en: `This role must be bound to a ${levelNames[level].en} area`,
        },
      ],
    });
  }
  if ((assignment.role === 'agency_staff') !== (assignment.agency !== null)) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'agency',
          in: 'body',
          message: 'Dinas wajib diisi hanya untuk staf dinas',
          message_en: 'An agency is required for agency staff only',
        },
      ],
    });
  }
}

/**
 * A new account's password was typed by the admin, so it is a one-time password like a reset's: the owner
 * chooses their own at the first sign-in.
 */
export async function createStaffAccount(db: Db, actor: Actor, input: NewStaffAccount): Promise<string> {
  await assertAssignment(db, actor, input);
  const passwordHash = await hashSecret(input.password);
  return db.transaction().execute(async (trx) => {
    const created = await insertUser(trx, {
      id: randomUUID(),
      username: input.username,
      display_name: input.displayName,
      password_hash: passwordHash,
      password_change_required: true,
      role: input.role,
      agency: input.agency,
      area_code: input.areaCode,
    });
    if (!created) throw new AppError('USERNAME_TAKEN');
    await appendAudit(trx, {
      actor,
      action: 'user.create',
      entityType: 'app_user',
      entityId: created.id,
      regionCode: input.areaCode,
      details: { role: input.role },
    });
    return created.id;
  });
}

type AccountAction = 'unlock' | 'password_reset' | 'deactivate' | 'reactivate' | 'update';
type StaffAccountRow = NonNullable<Awaited<ReturnType<typeof findStaffAccount>>>;

/**
 * One admin action on a staff account in the admin's area (elsewhere, or a citizen's: 404), in one
 * transaction with its audit entry. Re-issuing the password and deactivating end the account's sessions.
 */
async function onStaffAccount<T = void>(
  db: Db,
  actor: Actor,
  id: string,
  action: AccountAction,
  change: (trx: Db, account: StaffAccountRow) => Promise<{ details: Record<string, unknown>; result?: T }>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const account = await findStaffAccount(trx, id);
    if (!account || !isWithin(account.area_code, actor.areaCode)) throw new AppError('NOT_FOUND');
    const { details, result } = await change(trx, account);
    await appendAudit(trx, {
      actor,
      action: `user.${action}`,
      entityType: 'app_user',
      entityId: id,
      regionCode: account.area_code,
      details,
    });
    return result as T;
  });
}

/** Lifts the account's sign-in waits (the list's "locked"), once the admin has spoken with the owner. */
export function unlockAccount(db: Db, actor: Actor, id: string) {
  return onStaffAccount(db, actor, id, 'unlock', async (trx) => {
    await liftSignInWaits(trx, id);
    return { details: {} };
  });
}

/**
 * A one-time password made here and shown to the admin once, to hand over in person: whoever knew the old
 * one is signed out everywhere, and the owner must choose a new one at the next sign-in. Neither password is
 * ever stored or audited, only its hash.
 */
export async function resetPassword(db: Db, actor: Actor, id: string): Promise<string> {
  const password = oneTimePassword();
  const passwordHash = await hashSecret(password);
  await onStaffAccount(db, actor, id, 'password_reset', async (trx) => {
    await setOneTimePassword(trx, id, passwordHash);
    await liftSignInWaits(trx, id);
    return { details: { sessionsEnded: await endSessionsOf(trx, id), changeRequired: true } };
  });
  return password;
}

/** Deactivating signs the account out at once; reactivating lets it sign in again. */
export function setAccountActive(db: Db, actor: Actor, id: string, active: boolean) {
  if (!active && id === actor.id) throw new AppError('CANNOT_DEACTIVATE_SELF');
  return onStaffAccount(db, actor, id, active ? 'reactivate' : 'deactivate', async (trx) => {
    await setActive(trx, id, active);
    return { details: active ? {} : { sessionsEnded: await endSessionsOf(trx, id) } };
  });
}

/**
 * Name, role, agency and area. A new role or area ends the account's sessions (a renaming does not); the
 * audit entry keeps each changed field before and after. The admin cannot
 * change their own role or area: a regency admin who moved themselves would lose the screen to undo it.
 */
export function updateStaffAccount(db: Db, actor: Actor, id: string, edit: StaffAccountEdit) {
  return onStaffAccount(db, actor, id, 'update', async (trx, account) => {
    const role = edit.role ?? (account.role as StaffRole);
    // Another role drops an agency it no longer takes, unless the edit names one.
    const agency = edit.agency !== undefined ? edit.agency : role === 'agency_staff' ? account.agency : null;
    const areaCode = edit.areaCode ?? account.area_code;
    const next: AccountChange = {
      display_name: edit.displayName ?? account.display_name,
      role,
      agency: agency,
      area_code: areaCode,
    };
    const changed = (Object.keys(next) as (keyof AccountChange)[]).filter(
      (key) => next[key] !== account[key],
    );
    if (id === actor.id && changed.some((key) => key !== 'display_name'))
      throw new AppError('CANNOT_CHANGE_OWN_ASSIGNMENT');
    const reassigned = changed.some((key) => key !== 'display_name');
    if (reassigned) await assertAssignment(trx, actor, { role, agency: agency as Agency | null, areaCode });
    if (changed.length > 0) await updateAccount(trx, id, next);
    const details: Record<string, unknown> = Object.fromEntries(
      changed.map((key) => [key, { from: account[key], to: next[key] }]),
    );
    // Screens open under the old role or area show what the person may no longer see: they sign in again.
    if (reassigned) details.sessionsEnded = await endSessionsOf(trx, id);
    return { details };
  });
}
