// The village's officials: read by whoever reads the village, recorded by its staff (audited).
import { randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { insertOfficial, listOfficials } from './queries.ts';
import type { OfficialInput } from './schemas.ts';

export async function readOfficials(db: Db, ctx: RequestContext, villageCode: string) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  return listOfficials(db, villageCode);
}

export async function recordOfficial(db: Db, ctx: RequestContext, villageCode: string, input: OfficialInput) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await insertOfficial(trx, villageCode, id, input);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.official.create',
      entityType: 'village_official',
      entityId: id,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { position: input.position, acting: input.acting },
    });
  });
  return (await listOfficials(db, villageCode)).find((official) => official.id === id)!;
}
