// Read side of the registry: every call passes the one access check first, so a record outside the
// caller's area is indistinguishable from one that does not exist.
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { AppError } from '../../../http/problem.ts';
import { appendAudit } from '../../audit/service.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { toDetail, toFamilyCard, toListItem, toMember } from './mappers.ts';
import * as q from './queries.ts';
import type { ResidentListQuery } from './schemas.ts';
import { searchResidents } from './search-queries.ts';

export async function listResidents(db: Db, actor: Actor, query: ResidentListQuery) {
  const region = query.region ?? actor.areaCode;
  assertRegionAccess(actor, region, 'read');
  const { total, totalCapped, items } = await searchResidents(db, region, query);
  const masks = await identifierMasks(db);
  return {
    total,
    totalCapped,
    items: items.map((row) => toListItem(row, masks)),
    limit: query.limit,
    offset: query.offset,
  };
}

export async function residentDetail(db: Db, actor: Actor, villageCode: string, id: string) {
  assertRegionAccess(actor, villageCode, 'read');
  const row = await q.findResident(db, villageCode, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toDetail(row, await q.residentEvents(db, villageCode, id), await identifierMasks(db));
}

/** The full identifiers of one resident; audited with the reason the user gave. */
export async function revealResident(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  reason: string,
) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  return db.transaction().execute(async (trx) => {
    const row = await q.findResident(trx, villageCode, id);
    if (!row) throw new AppError('NOT_FOUND');
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'population.resident.reveal',
      entityType: 'resident',
      entityId: id,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { reason },
    });
    return {
      id: row.id,
      nik: row.nik,
      kkNumber: row.kk_number,
      fatherNik: row.father_nik,
      motherNik: row.mother_nik,
      birthCertificateNo: row.birth_certificate_no,
      passportNo: row.passport_no,
      kitasNo: row.kitas_no,
      insuranceNo: row.insurance_no,
      phone: row.phone,
    };
  });
}

export async function familyCard(db: Db, villageCode: string, id: string) {
  const family = await q.findFamily(db, villageCode, id);
  if (!family) throw new AppError('NOT_FOUND');
  const members = await q.familyMembers(db, villageCode, id);
  return { family, members };
}

/** A family card as lists and cards show it: identifiers masked. */
export async function maskedFamilyCard(db: Db, villageCode: string, id: string) {
  const { family, members } = await familyCard(db, villageCode, id);
  const masks = await identifierMasks(db);
  return toFamilyCard(
    family,
    members.map((member) => toMember(member, masks)),
    masks,
  );
}

export async function familyCardFor(db: Db, actor: Actor, villageCode: string, id: string) {
  assertRegionAccess(actor, villageCode, 'read');
  return maskedFamilyCard(db, villageCode, id);
}

export async function revealFamily(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  reason: string,
) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  return db.transaction().execute(async (trx) => {
    const { family, members } = await familyCard(trx, villageCode, id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'population.family.reveal',
      entityType: 'family',
      entityId: id,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { reason, members: members.length },
    });
    return {
      id: family.id,
      kkNumber: family.kk_number,
      members: members.map((m) => ({ id: m.id, nik: m.nik })),
    };
  });
}
