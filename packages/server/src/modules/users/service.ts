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
import { findStaffAccount, insertUser, setActive, setPasswordHash } from './queries.ts';

const levelNames = {
  regency: { id: 'kabupaten', en: 'regency' },
  district: { id: 'kecamatan', en: 'district' },
  village: { id: 'desa/kelurahan', en: 'village' },
} as const;

export interface NewStaffAccount {
  username: string;
  displayName: string;
  password: string;
  role: Exclude<Role, 'citizen'>;
  agency: Agency | null;
  areaCode: string;
}

export async function createStaffAccount(db: Db, actor: Actor, input: NewStaffAccount): Promise<string> {
  // An area outside the admin's own does not exist for them (404), as everywhere else; the level check's
  // 400 is for areas they can see.
  assertRegionAccess(actor, input.areaCode, 'administer');
  const region = await findRegion(db, input.areaCode);
  if (!region || region.level !== roleAreaLevel[input.role]) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'areaCode',
          in: 'body',
          message: `Peran ini harus terikat pada wilayah tingkat ${levelNames[roleAreaLevel[input.role]].id}`,
          message_en: `This role must be bound to a ${levelNames[roleAreaLevel[input.role]].en} area`,
        },
      ],
    });
  }
  if ((input.role === 'agency_staff') !== (input.agency !== null)) {
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
  const passwordHash = await hashSecret(input.password);
  return db.transaction().execute(async (trx) => {
    const created = await insertUser(trx, {
      id: randomUUID(),
      username: input.username,
      display_name: input.displayName,
      password_hash: passwordHash,
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

type AccountAction = 'unlock' | 'password_reset' | 'deactivate' | 'reactivate';

/**
 * One admin action on a staff account in the admin's area (elsewhere, or a citizen's: 404), in one
 * transaction with its audit entry. Re-issuing the password and deactivating end the account's sessions.
 */
async function onStaffAccount(
  db: Db,
  actor: Actor,
  id: string,
  action: AccountAction,
  change: (trx: Db) => Promise<Record<string, unknown>>,
) {
  await db.transaction().execute(async (trx) => {
    const account = await findStaffAccount(trx, id);
    if (!account || !isWithin(account.area_code, actor.areaCode)) throw new AppError('NOT_FOUND');
    const details = await change(trx);
    await appendAudit(trx, {
      actor,
      action: `user.${action}`,
      entityType: 'app_user',
      entityId: id,
      regionCode: account.area_code,
      details,
    });
  });
}

/** Lifts the account's sign-in waits (the list's "locked"), once the admin has spoken with the owner. */
export function unlockAccount(db: Db, actor: Actor, id: string) {
  return onStaffAccount(db, actor, id, 'unlock', async (trx) => {
    await liftSignInWaits(trx, id);
    return {};
  });
}

/** A new password set by the admin: whoever knew the old one is signed out everywhere. */
export async function resetPassword(db: Db, actor: Actor, id: string, password: string) {
  const passwordHash = await hashSecret(password);
  return onStaffAccount(db, actor, id, 'password_reset', async (trx) => {
    await setPasswordHash(trx, id, passwordHash);
    await liftSignInWaits(trx, id);
    return { sessionsEnded: await endSessionsOf(trx, id) };
  });
}

/** Deactivating signs the account out at once; reactivating lets it sign in again. */
export function setAccountActive(db: Db, actor: Actor, id: string, active: boolean) {
  if (!active && id === actor.id) throw new AppError('CANNOT_DEACTIVATE_SELF');
  return onStaffAccount(db, actor, id, active ? 'reactivate' : 'deactivate', async (trx) => {
    await setActive(trx, id, active);
    return active ? {} : { sessionsEnded: await endSessionsOf(trx, id) };
  });
}
