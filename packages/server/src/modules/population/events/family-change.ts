// Family card changes: members split off into a new KK, or one KK merged into another. Both keep exactly
// one head in every family that still has members.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../../db/database.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { AppError } from '../../../http/problem.ts';
import { checkKk, requireNoErrors } from '../registry/nik-check.ts';
import { requireEventDate, requireFamily, requireOneHead } from './guards.ts';
import * as q from './queries.ts';
import type { mergeBody, splitBody } from './schemas.ts';
import { runLifeEvent } from './workflow.ts';
import { settleFamilyEnrolmentsOnSplit } from '../../assistance/enrolments/life-events.ts';
import { invalidField } from '../../../http/field-errors.ts';

export function recordSplit(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  body: z.infer<typeof splitBody>,
) {
  return runLifeEvent(db, ctx, villageCode, 'family_change', async (trx, log) => {
    const from = await requireFamily(trx, villageCode, body.fromFamilyId);
    requireNoErrors(await checkKk(trx, body.newKkNumber), 'newKkNumber');
    if (await q.activeFamilyByKk(trx, villageCode, body.newKkNumber))
      throw new AppError('KK_ALREADY_REGISTERED', {
        errors: [
          {
            field: 'newKkNumber',
            in: 'body',
            message: 'Nomor KK sudah terdaftar di desa ini',
            message_en: 'Family card number already registered in this village',
          },
        ],
      });
    const members = await q.presentMembers(trx, villageCode, from.id);
    const moving = members.filter((m) => body.memberIds.includes(m.id));
    if (moving.length !== body.memberIds.length || !body.memberIds.includes(body.newHeadId))
      throw invalidField('memberIds', 'body', 'SPLIT_MEMBERS');
    requireEventDate(body.date, moving);
    const staying = members.filter((m) => !body.memberIds.includes(m.id));
    if (staying.length > 0) requireOneHead(staying);
    const newId = randomUUID();
    await q.insertFamily(trx, {
      village_code: villageCode,
      id: newId,
      kk_number: body.newKkNumber,
      household_id: from.household_id,
      dusun: body.dusun ?? from.dusun,
      rw: body.rw ?? from.rw,
      rt: body.rt ?? from.rt,
      address: body.address ?? from.address,
    });
    for (const member of moving) {
      const relationship =
        member.id === body.newHeadId ? 1 : member.relationship === 1 ? 9 : member.relationship;
      await log.change(
        member,
        { family_id: newId, relationship },
        { date: body.date, details: { change: 'split', fromFamilyId: from.id } },
      );
    }
    await q.deactivateFamilyIfEmpty(trx, villageCode, from.id);
    // The family's social assistance goes with the card the village chose (asked when both keep members).
    await settleFamilyEnrolmentsOnSplit(trx, ctx, villageCode, {
      fromFamilyId: from.id,
      newFamilyId: newId,
      nobodyStays: staying.length === 0,
      choice: body.enrolmentsGoTo,
    });
    return {
      result: { familyId: newId },
      entityId: newId,
      auditDetails: { change: 'split', moved: moving.length },
    };
  });
}

export function recordMerge(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  body: z.infer<typeof mergeBody>,
) {
  return runLifeEvent(db, ctx, villageCode, 'family_change', async (trx, log) => {
    const from = await requireFamily(trx, villageCode, body.fromFamilyId);
    const into = await requireFamily(trx, villageCode, body.intoFamilyId);
    const moving = await q.presentMembers(trx, villageCode, from.id);
    requireEventDate(body.date, moving);
    const target = await q.presentMembers(trx, villageCode, into.id);
    const relationshipOf = new Map(body.relationships.map((r) => [r.residentId, r.relationship]));
    const moved = moving.map((m) => ({
      ...m,
      relationship: relationshipOf.get(m.id) ?? (m.relationship === 1 ? 9 : m.relationship),
    }));
    requireOneHead([...target, ...moved]);
    for (const [i, member] of moving.entries()) {
      await log.change(
        member,
        { family_id: into.id, relationship: moved[i]!.relationship },
        { date: body.date, details: { change: 'merge', fromFamilyId: from.id } },
      );
    }
    await q.deactivateFamilyIfEmpty(trx, villageCode, from.id);
    return {
      result: { familyId: into.id },
      entityId: into.id,
      auditDetails: { change: 'merge', moved: moved.length },
    };
  });
}
