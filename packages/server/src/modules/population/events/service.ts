// Life events of the registry: birth, death, move out, move in, family split and merge, correction, void
// and verification. A resident is never deleted; each event keeps the record before and after.
import { randomUUID } from 'node:crypto';
import { validateFamily } from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { checkKk, checkNik, issuesToFieldErrors, requireNoErrors } from '../nik-check.ts';
import { findClaimedNiks, insertResidents, reassignNik } from '../registry-writes.ts';
import type { RequestContext } from '../records/service.ts';
import { statusCode } from '../records/status.ts';
import { personColumns, newResidentRow } from './person-row.ts';
import * as q from './queries.ts';
import type { z } from 'zod';
import type {
  birthBody,
  correctionBody,
  deathBody,
  mergeBody,
  moveInBody,
  moveOutBody,
  splitBody,
} from './schemas.ts';
import { runLifeEvent } from './workflow.ts';

async function requireUnclaimed(db: Db, niks: string[]) {
  const claimed = await findClaimedNiks(db, niks);
  // Which village holds the NIK is not revealed: only that it is registered.
  if (claimed.length > 0) throw new AppError('NIK_ALREADY_REGISTERED', { niks: claimed.length });
}

async function requirePresent(db: Db, villageCode: string, id: string) {
  const resident = await q.lockResident(db, villageCode, id);
  if (!resident) throw new AppError('NOT_FOUND');
  if (resident.status_code !== statusCode.present) throw new AppError('RESIDENT_NOT_PRESENT');
  return resident;
}

async function requireFamily(db: Db, villageCode: string, id: string) {
  const family = await q.lockFamily(db, villageCode, id);
  if (!family || !family.active) throw new AppError('NOT_FOUND');
  return family;
}

function requireOneHead(members: { nik: string; relationship: number | null }[]) {
  const result = validateFamily({
    members: members.map((m) => ({ nik: m.nik, relationshipCode: m.relationship ?? 0 })),
  });
  if (result.errors.length > 0)
    throw new AppError('VALIDATION_FAILED', { errors: issuesToFieldErrors(result.errors) });
}

export function recordBirth(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  body: z.infer<typeof birthBody>,
) {
  return runLifeEvent(db, ctx, villageCode, 'birth', async (trx, log) => {
    await requireFamily(trx, villageCode, body.familyId);
    await requireUnclaimed(trx, [body.nik]);
    const row = await newResidentRow(trx, villageCode, body.familyId, body.relationship, body);
    const members = await q.presentMembers(trx, villageCode, body.familyId);
    requireOneHead([...members, { nik: row.nik, relationship: row.relationship ?? null }]);
    await insertResidents(trx, [row]);
    await log.history({
      residentId: row.id,
      familyId: body.familyId,
      date: body.birthDate,
      before: null,
      after: row,
    });
    return { result: { residentId: row.id }, entityId: row.id };
  });
}

export function recordDeath(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  body: z.infer<typeof deathBody>,
) {
  return runLifeEvent(db, ctx, villageCode, 'death', async (trx, log) => {
    const before = await requirePresent(trx, villageCode, id);
    const after = { ...before, status_code: statusCode.died, status_date: body.date, updated_at: new Date() };
    await trx
      .updateTable('resident')
      .set({ status_code: after.status_code, status_date: body.date, updated_at: after.updated_at })
      .where('village_code', '=', villageCode)
      .where('id', '=', id)
      .execute();
    await log.history({
      residentId: id,
      familyId: before.family_id,
      date: body.date,
      details: { place: body.place, cause: body.cause },
      before,
      after,
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
    if (!body.wholeFamily && resident.relationship === 1 && resident.family_id) {
      const others = (await q.presentMembers(trx, villageCode, resident.family_id)).filter(
        (m) => m.id !== id,
      );
      // A head cannot leave alone while others stay: the family would have no head. Split the KK first.
      if (others.length > 0) throw new AppError('FAMILY_HEAD_LEAVING');
    }
    for (const member of leaving) {
      await trx
        .updateTable('resident')
        .set({ status_code: statusCode.moved_out, status_date: body.date, updated_at: new Date() })
        .where('village_code', '=', villageCode)
        .where('id', '=', member.id)
        .execute();
      await log.history({
        residentId: member.id,
        familyId: member.family_id,
        date: body.date,
        details: { destination: body.destination, destinationRegionCode: body.destinationRegionCode ?? null },
        before: member,
        after: { ...member, status_code: statusCode.moved_out, status_date: body.date },
      });
    }
    if (resident.family_id) await q.deactivateFamilyIfEmpty(trx, villageCode, resident.family_id);
    return { result: { moved: leaving.length }, entityId: id, auditDetails: { moved: leaving.length } };
  });
}

export function recordMoveIn(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  body: z.infer<typeof moveInBody>,
) {
  return runLifeEvent(db, ctx, villageCode, 'move_in', async (trx, log) => {
    let familyId = body.familyId ?? null;
    const existing = familyId ? await q.presentMembers(trx, villageCode, familyId) : [];
    if (familyId) await requireFamily(trx, villageCode, familyId);
    else {
      if (!body.family)
        throw new AppError('VALIDATION_FAILED', {
          errors: [{ field: 'family', in: 'body', message: 'Pilih KK tujuan atau isi data KK baru' }],
        });
      requireNoErrors(await checkKk(trx, body.family.kkNumber), 'family.');
      if (await q.activeFamilyByKk(trx, villageCode, body.family.kkNumber))
        throw new AppError('KK_ALREADY_REGISTERED');
      familyId = randomUUID();
      const { kkNumber, ...address } = body.family;
      await trx
        .insertInto('family')
        .values({ village_code: villageCode, id: familyId, kk_number: kkNumber, ...address })
        .execute();
    }
    await requireUnclaimed(
      trx,
      body.members.map((m) => m.nik),
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
      throw new AppError('KK_ALREADY_REGISTERED');
    const members = await q.presentMembers(trx, villageCode, from.id);
    const moving = members.filter((m) => body.memberIds.includes(m.id));
    if (moving.length !== body.memberIds.length || !body.memberIds.includes(body.newHeadId))
      throw new AppError('VALIDATION_FAILED', {
        errors: [
          {
            field: 'memberIds',
            in: 'body',
            message: 'Anggota yang dipilih harus anggota KK asal dan termasuk kepala KK baru',
          },
        ],
      });
    const staying = members.filter((m) => !body.memberIds.includes(m.id));
    if (staying.length > 0) requireOneHead(staying);
    const newId = randomUUID();
    await trx
      .insertInto('family')
      .values({
        village_code: villageCode,
        id: newId,
        kk_number: body.newKkNumber,
        household_id: from.household_id,
        dusun: body.dusun ?? from.dusun,
        rw: body.rw ?? from.rw,
        rt: body.rt ?? from.rt,
        address: body.address ?? from.address,
      })
      .execute();
    for (const member of moving) {
      const relationship =
        member.id === body.newHeadId ? 1 : member.relationship === 1 ? 9 : member.relationship;
      await trx
        .updateTable('resident')
        .set({ family_id: newId, relationship, updated_at: new Date() })
        .where('village_code', '=', villageCode)
        .where('id', '=', member.id)
        .execute();
      await log.history({
        residentId: member.id,
        familyId: newId,
        date: body.date,
        details: { change: 'split', fromFamilyId: from.id },
        before: member,
        after: { ...member, family_id: newId, relationship },
      });
    }
    await q.deactivateFamilyIfEmpty(trx, villageCode, from.id);
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
    const target = await q.presentMembers(trx, villageCode, into.id);
    const relationshipOf = new Map(body.relationships.map((r) => [r.residentId, r.relationship]));
    const moved = moving.map((m) => ({
      ...m,
      relationship: relationshipOf.get(m.id) ?? (m.relationship === 1 ? 9 : m.relationship),
    }));
    requireOneHead([...target, ...moved]);
    for (const member of moved) {
      await trx
        .updateTable('resident')
        .set({ family_id: into.id, relationship: member.relationship, updated_at: new Date() })
        .where('village_code', '=', villageCode)
        .where('id', '=', member.id)
        .execute();
      await log.history({
        residentId: member.id,
        familyId: into.id,
        date: body.date,
        details: { change: 'merge', fromFamilyId: from.id },
        before: moving.find((m) => m.id === member.id),
        after: member,
      });
    }
    await q.deactivateFamilyIfEmpty(trx, villageCode, from.id);
    return {
      result: { familyId: into.id },
      entityId: into.id,
      auditDetails: { change: 'merge', moved: moved.length },
    };
  });
}

export function correctResident(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  body: z.infer<typeof correctionBody>,
) {
  return runLifeEvent(db, ctx, villageCode, 'correction', async (trx, log) => {
    const before = await q.lockResident(trx, villageCode, id);
    if (!before) throw new AppError('NOT_FOUND');
    const changes = {
      ...personColumns(body.changes),
      ...(body.changes.relationship ? { relationship: body.changes.relationship } : {}),
    };
    const next = { ...before, ...changes };
    const flags = requireNoErrors(await checkNik(trx, next.nik, next.birth_date, next.sex));
    if (next.nik !== before.nik) {
      await requireUnclaimed(trx, [next.nik]);
      await reassignNik(trx, before.nik, next.nik);
    }
    if (changes.relationship !== undefined && before.family_id) {
      const members = await q.presentMembers(trx, villageCode, before.family_id);
      requireOneHead(
        members.map((m) => (m.id === id ? { ...m, relationship: changes.relationship ?? null } : m)),
      );
    }
    const after = { ...next, verification_flags: flags, updated_at: new Date() };
    await trx
      .updateTable('resident')
      .set({ ...changes, verification_flags: flags, updated_at: after.updated_at })
      .where('village_code', '=', villageCode)
      .where('id', '=', id)
      .execute();
    await log.history({
      residentId: id,
      familyId: before.family_id,
      date: new Date().toISOString().slice(0, 10),
      details: { reason: body.reason, fields: Object.keys(changes) },
      before,
      after,
    });
    return { result: { residentId: id }, entityId: id, auditDetails: { fields: Object.keys(changes) } };
  });
}

export function voidResident(db: Db, ctx: RequestContext, villageCode: string, id: string, reason: string) {
  return runLifeEvent(db, ctx, villageCode, 'void', async (trx, log) => {
    const before = await q.lockResident(trx, villageCode, id);
    if (!before) throw new AppError('NOT_FOUND');
    const after = { ...before, status_code: statusCode.voided, voided_reason: reason };
    await trx
      .updateTable('resident')
      .set({ status_code: statusCode.voided, voided_reason: reason, updated_at: new Date() })
      .where('village_code', '=', villageCode)
      .where('id', '=', id)
      .execute();
    await log.history({
      residentId: id,
      familyId: before.family_id,
      date: new Date().toISOString().slice(0, 10),
      details: { reason },
      before,
      after,
    });
    return { result: { residentId: id }, entityId: id };
  });
}

export function clearFlags(db: Db, ctx: RequestContext, villageCode: string, id: string, reason: string) {
  return runLifeEvent(db, ctx, villageCode, 'flags_cleared', async (trx, log) => {
    const before = await q.lockResident(trx, villageCode, id);
    if (!before) throw new AppError('NOT_FOUND');
    await trx
      .updateTable('resident')
      .set({ verification_flags: [], updated_at: new Date() })
      .where('village_code', '=', villageCode)
      .where('id', '=', id)
      .execute();
    await log.history({
      residentId: id,
      familyId: before.family_id,
      date: new Date().toISOString().slice(0, 10),
      details: { reason, cleared: before.verification_flags },
      before: { verification_flags: before.verification_flags },
      after: { verification_flags: [] },
    });
    return { result: { residentId: id }, entityId: id, auditDetails: { cleared: before.verification_flags } };
  });
}
