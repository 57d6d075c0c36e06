// The village's officials: read by whoever reads the village, recorded by its staff (audited).
import { randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import {
  endOfficialTerm,
  insertOfficial,
  isoDay,
  listOfficialsWithAccounts,
  lockOfficial,
  updateOfficial,
  villageStaffAccounts,
} from './queries.ts';
import type { OfficialInput } from './schemas.ts';

export async function readOfficials(db: Db, ctx: RequestContext, villageCode: string) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  return listOfficialsWithAccounts(db, villageCode);
}

/** Who an official may be linked to: the village's own desk. Asked by those who link (write), as it names
 * the staff's usernames. */
export async function readStaffAccounts(db: Db, ctx: RequestContext, villageCode: string) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  return (await villageStaffAccounts(db, villageCode)).map((row) => ({
    id: row.id,
    displayName: row.display_name,
    username: row.username,
    role: row.role as 'village_head' | 'village_operator',
  }));
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
  return readOfficial(db, villageCode, id);
}

async function readOfficial(db: Db, villageCode: string, id: string) {
  return (await listOfficialsWithAccounts(db, villageCode)).find((official) => official.id === id)!;
}

/** Corrects an official's record (a typo in the name, the NIAP, the dates). Letters already issued keep the
 * name and post they printed (copied in at issue). */
export async function editOfficial(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  input: OfficialInput,
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  await db.transaction().execute(async (trx) => {
    if (!(await lockOfficial(trx, villageCode, id))) throw new AppError('NOT_FOUND');
    await updateOfficial(trx, villageCode, id, input);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.official.update',
      entityType: 'village_official',
      entityId: id,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { position: input.position, acting: input.acting, termEnd: input.termEnd },
    });
  });
  return readOfficial(db, villageCode, id);
}

/** Ends an official's term (a Plt. replaced, a head whose period is over): they sign nothing after it. */
export async function endOfficial(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  termEnd: string,
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  await db.transaction().execute(async (trx) => {
    const official = await lockOfficial(trx, villageCode, id);
    if (!official) throw new AppError('NOT_FOUND');
    if (termEnd < isoDay(official.term_start)!)
      throw invalidField('termEnd', 'body', 'TERM_END_BEFORE_START');
    await endOfficialTerm(trx, villageCode, id, termEnd);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.official.end',
      entityType: 'village_official',
      entityId: id,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { termEnd },
    });
  });
  return readOfficial(db, villageCode, id);
}
