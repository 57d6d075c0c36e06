// Village profile reads and edits, through the one access function: outside the user's area the village
// "does not exist" (404); inside it but without write rights the edit is 403.
import { decideAccess, type Action } from '../../access/access.ts';
import type { Actor } from '../../access/roles.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../http/problem.ts';
import { appendAudit } from '../audit/service.ts';
import { findVillageWithProfile, upsertProfile, type ProfileFields } from './queries.ts';

export function assertRegionAccess(actor: Actor, regionCode: string, action: Action) {
  const decision = decideAccess(actor, regionCode, action);
  if (decision === 'not_found') throw new AppError('NOT_FOUND');
  if (decision === 'forbidden') throw new AppError('FORBIDDEN');
}

export async function readVillageProfile(db: Db, actor: Actor, code: string) {
  assertRegionAccess(actor, code, 'read');
  const row = await findVillageWithProfile(db, code);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function updateVillageProfile(db: Db, actor: Actor, code: string, fields: ProfileFields) {
  assertRegionAccess(actor, code, 'write');
  return db.transaction().execute(async (trx) => {
    const before = await findVillageWithProfile(trx, code);
    if (!before) throw new AppError('NOT_FOUND');
    await upsertProfile(trx, code, fields, actor.id);
    await appendAudit(trx, {
      actor,
      action: 'village_profile.update',
      entityType: 'village_profile',
      entityId: code,
      regionCode: code,
      details: { changed: Object.keys(fields).filter((key) => before[key as keyof typeof before] !== fields[key as keyof ProfileFields]) },
    });
    return (await findVillageWithProfile(trx, code))!;
  });
}
