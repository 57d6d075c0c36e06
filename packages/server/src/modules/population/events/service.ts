// Life events that change who lives in the village: birth, death, move out, move in. A resident is never
// deleted; each event keeps the record before and after (see workflow.ts).
import { invalidField } from '../../../http/field-errors.ts';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../../db/database.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { AppError } from '../../../http/problem.ts';
import { checkKk, requireNoErrors } from '../registry/nik-check.ts';
import { insertResidents } from '../registry/queries.ts';
import { statusCode } from '../records/status.ts';
import {
  requireBirthDate,
  requireEventDate,
  requireFamily,
  requireOneHead,
  requirePresent,
  requireUnclaimed,
} from './guards.ts';
import { newResidentRow } from './person-row.ts';
import * as q from './queries.ts';
import type { deathBody, moveInBody, moveOutBody } from './schemas.ts';
import { runLifeEvent } from './workflow.ts';
import { endEnrolmentsForLifeEvent } from '../../assistance/enrolments/life-events.ts';

export function recordDeath(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  body: z.infer<typeof deathBody>,
) {
  return runLifeEvent(db, ctx, villageCode, 'death', async (trx, log) => {
    const before = await requirePresent(trx, villageCode, id);
    requireEventDate(body.date, [before]);
    await log.change(
      before,
      { status_code: statusCode.died, status_date: body.date },
      { date: body.date, details: { place: body.place, cause: body.cause } },
    );
    await endEnrolmentsOfLeavers(trx, ctx, villageCode, [before], {
      reason: 'died',
      date: body.date,
      event: 'population.death',
    });
    return { result: { residentId: id }, entityId: id };
  });
}

export function recordMoveOut(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  body: z.infer<typeof moveOutBody>,
) {
  return runLifeEvent(db, ctx, villageCode, 'move_out', async (trx, log) => {
    const resident = await requirePresent(trx, villageCode, id);
    const leaving =
      body.wholeFamily && resident.family_id
        ? await q.presentMembers(trx, villageCode, resident.family_id)
        : [resident];
    requireEventDate(body.date, leaving);
    if (!body.wholeFamily && resident.relationship === 1 && resident.family_id) {
      const others = (await q.presentMembers(trx, villageCode, resident.family_id)).filter(
        (m) => m.id !== id,
      );
      // A head cannot leave alone while others stay: the family would have no head. Split the KK first.
      if (others.length > 0) throw new AppError('FAMILY_HEAD_LEAVING');
    }
    for (const member of leaving) {
      await log.change(
        member,
        { status_code: statusCode.moved_out, status_date: body.date },
        {
          date: body.date,
          details: {
            destination: body.destination,
            destinationRegionCode: body.destinationRegionCode ?? null,
          },
        },
      );
    }
    if (resident.family_id) await q.deactivateFamilyIfEmpty(trx, villageCode, resident.family_id);
    await endEnrolmentsOfLeavers(trx, ctx, villageCode, leaving, {
      reason: 'moved',
      date: body.date,
      event: 'population.move_out',
    });
    return { result: { moved: leaving.length }, entityId: id, auditDetails: { moved: leaving.length } };
  });
}

/**
 * Social assistance follows people out of the village: the leavers' own enrolments end, and so do those of a
 * family card left with nobody present (in the event's transaction).
 */
async function endEnrolmentsOfLeavers(
  trx: Db,
  ctx: RequestContext,
  villageCode: string,
  leavers: readonly { id: string; family_id: string | null }[],
  exit: Parameters<typeof endEnrolmentsForLifeEvent>[4],
) {
  const families = [...new Set(leavers.flatMap((leaver) => (leaver.family_id ? [leaver.family_id] : [])))];
  const emptied = [];
  for (const family of families)
    if ((await q.presentMembers(trx, villageCode, family)).length === 0) emptied.push(family);
  await endEnrolmentsForLifeEvent(
    trx,
    ctx,
    villageCode,
    { residentIds: leavers.map((leaver) => leaver.id), familyIds: emptied },
    exit,
  );
}

export function recordMoveIn(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  body: z.infer<typeof moveInBody>,
) {
  return runLifeEvent(db, ctx, villageCode, 'move_in', async (trx, log) => {
    for (const [i, member] of body.members.entries())
      requireBirthDate(member.birthDate, `members.${i}.birthDate`);
    requireEventDate(
      body.date,
      body.members.map((m) => ({ full_name: m.fullName, birth_date: m.birthDate })),
    );
    let familyId = body.familyId ?? null;
    const existing = familyId ? await q.presentMembers(trx, villageCode, familyId) : [];
    if (familyId) await requireFamily(trx, villageCode, familyId);
    else {
      if (!body.family) throw invalidField('family', 'body', 'FAMILY_CHOICE');
      requireNoErrors(await checkKk(trx, body.family.kkNumber), 'family.');
      if (await q.activeFamilyByKk(trx, villageCode, body.family.kkNumber))
        throw new AppError('KK_ALREADY_REGISTERED', {
          errors: [
            {
              field: 'family.kkNumber',
              in: 'body',
              message: 'Nomor KK sudah terdaftar di desa ini',
              message_en: 'Family card number already registered in this village',
            },
          ],
        });
      familyId = randomUUID();
      const { kkNumber, ...address } = body.family;
      await q.insertFamily(trx, { village_code: villageCode, id: familyId, kk_number: kkNumber, ...address });
    }
    await requireUnclaimed(
      trx,
      body.members.map((m) => m.nik),
      (nik) => `members.${body.members.findIndex((m) => m.nik === nik)}.nik`,
    );
    const rows = [];
    for (const [i, member] of body.members.entries())
      rows.push(
        await newResidentRow(trx, villageCode, familyId, member.relationship, member, `members.${i}.`),
      );
    requireOneHead([...existing, ...rows.map((r) => ({ nik: r.nik, relationship: r.relationship ?? null }))]);
    await insertResidents(trx, rows);
    for (const row of rows) {
      await log.history({
        residentId: row.id,
        familyId,
        date: body.date,
        details: { origin: body.origin, originRegionCode: body.originRegionCode ?? null },
        before: null,
        after: row,
      });
    }
    return {
      result: { familyId, residentIds: rows.map((r) => r.id) },
      entityId: familyId,
      auditDetails: { members: rows.length },
    };
  });
}
