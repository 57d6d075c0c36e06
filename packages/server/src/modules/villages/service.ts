// Village profile reads and edits, through the one access function (access/assert-access.ts).
import { assertRegionAccess } from '../../access/assert-access.ts';
import type { Actor } from '../../access/roles.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../http/problem.ts';
import { appendAudit } from '../audit/service.ts';
import { findVillageWithProfile, upsertProfile, type ProfileFields } from './queries.ts';

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
      details: {
        changed: Object.keys(fields).filter(
          (key) => before[key as keyof typeof before] !== fields[key as keyof ProfileFields],
        ),
      },
    });
    return (await findVillageWithProfile(trx, code))!;
  });
}
