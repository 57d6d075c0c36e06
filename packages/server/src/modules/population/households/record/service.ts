// Household writes by the village's own staff: register a household (optionally with the families under its
// roof), change its address, pin or housing facts, move a family into or out of a household, and delete an
// empty household registered by mistake. Each is one transaction with fresh village statistics (households
// are counted there) and one audit entry that keeps the changed fields before and after (a deleted
// household: all of them).
import { clearHouseholdForDeletion } from '../../../assistance/enrolments/life-events.ts';
import { randomUUID } from 'node:crypto';
import type { Selectable, Updateable } from 'kysely';
import { assertRegionAccess } from '../../../../access/assert-access.ts';
import type { Db } from '../../../../db/database.ts';
import type { Household } from '../../../../db/schema.ts';
import { AppError } from '../../../../http/problem.ts';
import { appendAudit } from '../../../audit/service.ts';
import type { Actor } from '../../../../access/roles.ts';
import { identifierMasks } from '../../../../platform/identifiers/identifier-masks.ts';
import { toHouseholdDetail } from './mappers.ts';
import type { RequestContext } from '../../../../platform/request-context.ts';
import { refreshVillageStats } from '../../registry/stats-refresh-queries.ts';
import { HOUSING_COLUMNS, type Housing } from '@smart-kampung/domain';
import { recomputeWelfareScores } from '../../../assistance/welfare/scores/recompute.ts';
import { deleteHouseholdScores } from '../../../assistance/welfare/scores/score-queries.ts';
import * as q from './queries.ts';
import type { CreateHouseholdBody, HouseholdFields } from './schemas.ts';
import { assertValidHousehold } from './validation.ts';

type HouseholdChanges = Updateable<Household>;

/** The columns a request names (undefined fields are left alone). */
function columnsOf(fields: HouseholdFields): HouseholdChanges {
  const changes: HouseholdChanges = {};
  const set = <K extends keyof HouseholdChanges>(column: K, value: HouseholdChanges[K] | undefined) => {
    if (value !== undefined) changes[column] = value;
  };
  set('household_no', fields.householdNo);
  set('dusun', fields.dusun);
  set('rw', fields.rw);
  set('rt', fields.rt);
  set('address', fields.address);
  set('latitude', fields.latitude);
  set('longitude', fields.longitude);
  for (const column of HOUSING_COLUMNS) set(column, fields.housing?.[column]);
  set('head_resident_id', fields.headResidentId);
  return changes;
}

function housingOf(row: HouseholdChanges): Housing {
  return Object.fromEntries(HOUSING_COLUMNS.map((column) => [column, row[column] ?? null]));
}

/** Only the columns whose value changes, before and after, for the audit entry. */
function difference(before: Selectable<Household>, changes: HouseholdChanges) {
  const changed = Object.entries(changes).filter(
    ([column, value]) => before[column as keyof Selectable<Household>] !== value,
  );
  return {
    before: Object.fromEntries(changed.map(([column]) => [column, before[column as keyof Household]])),
    after: Object.fromEntries(changed),
  };
}

async function detail(db: Db, villageCode: string, id: string) {
  const household = await q.findHousehold(db, villageCode, id);
  if (!household) throw new AppError('NOT_FOUND');
  const families = await q.householdFamilies(db, villageCode, id);
  return toHouseholdDetail(household, families, await identifierMasks(db));
}

/** A head must live under the roof: present, in one of the household's active families. */
async function assertHeadLivesHere(trx: Db, villageCode: string, headId: string, householdId: string) {
  if (await q.livesInHousehold(trx, villageCode, headId, householdId)) return;
  throw new AppError('VALIDATION_FAILED', {
    errors: [
      {
        field: 'headResidentId',
        in: 'body',
        message: 'Kepala rumah tangga harus penduduk yang tinggal di rumah tangga ini',
        message_en: 'The head of the household must be a resident living in this household',
      },
    ],
  });
}

/** A number names one household of the village. */
async function assertNumberFree(
  trx: Db,
  villageCode: string,
  householdNo: string | null | undefined,
  id: string,
) {
  if (!householdNo) return;
  const other = await q.householdNumbered(trx, villageCode, householdNo, id);
  if (!other) return;
  throw new AppError('VALIDATION_FAILED', {
    errors: [
      {
        field: 'householdNo',
        in: 'body',
        message: `Nomor rumah tangga ini sudah dipakai rumah tangga lain di desa ini (${other.household_no})`,
        message_en: `Another household of this village already has this number (${other.household_no})`,
      },
    ],
  });
}

/** Families to place under a roof: every one must be an active family of this village. */
async function requireFamilies(trx: Db, villageCode: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const found = await q.lockActiveFamilies(trx, villageCode, unique);
  if (found.length === unique.length) return found;
  throw new AppError('VALIDATION_FAILED', {
    errors: [
      {
        field: 'familyIds',
        in: 'body',
        message: 'Ada keluarga yang tidak ditemukan di desa ini atau KK-nya sudah tidak aktif',
        message_en: 'A family was not found in this village or its KK is no longer active',
      },
    ],
  });
}

async function finish(
  trx: Db,
  ctx: RequestContext,
  villageCode: string,
  action: string,
  entity: { type: 'household' | 'family'; id: string },
  details: Record<string, unknown>,
) {
  await refreshVillageStats(trx, villageCode);
  await appendAudit(trx, {
    actor: ctx.actor,
    action: `population.${action}`,
    entityType: entity.type,
    entityId: entity.id,
    regionCode: villageCode,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    details,
  });
}

export async function createHousehold(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  body: CreateHouseholdBody,
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  return db.transaction().execute(async (trx) => {
    const columns = columnsOf(body);
    assertValidHousehold(villageCode, {
      latitude: columns.latitude ?? null,
      longitude: columns.longitude ?? null,
      housing: housingOf(columns),
    });
    const familyIds = body.familyIds ?? [];
    const families = await requireFamilies(trx, villageCode, familyIds);
    const id = randomUUID();
    await assertNumberFree(trx, villageCode, columns.household_no, id);
    await q.insertHousehold(trx, { ...columns, village_code: villageCode, id });
    await q.moveFamilies(trx, villageCode, familyIds, id);
    if (columns.head_resident_id) await assertHeadLivesHere(trx, villageCode, columns.head_resident_id, id);
    await recomputeWelfareScores(trx, villageCode, { householdIds: [id] });
    await finish(
      trx,
      ctx,
      villageCode,
      'household_create',
      { type: 'household', id },
      {
        after: columns,
        families: families.map((f) => ({ id: f.id, fromHousehold: f.household_id })),
      },
    );
    return detail(trx, villageCode, id);
  });
}

export async function updateHousehold(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  body: HouseholdFields,
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  return db.transaction().execute(async (trx) => {
    const before = await q.lockHousehold(trx, villageCode, id);
    if (!before) throw new AppError('NOT_FOUND');
    const changes = columnsOf(body);
    const after = { ...before, ...changes };
    assertValidHousehold(villageCode, {
      latitude: after.latitude,
      longitude: after.longitude,
      housing: housingOf(after),
    });
    if (changes.head_resident_id && changes.head_resident_id !== before.head_resident_id)
      await assertHeadLivesHere(trx, villageCode, changes.head_resident_id, id);
    if (changes.household_no !== before.household_no)
      await assertNumberFree(trx, villageCode, changes.household_no, id);
    const diff = difference(before, changes);
    if (Object.keys(diff.after).length > 0) {
      await q.updateHousehold(trx, villageCode, id, changes);
      // The housing facts and the head feed the welfare scores: recomputed in this transaction.
      await recomputeWelfareScores(trx, villageCode, { householdIds: [id] });
      await finish(trx, ctx, villageCode, 'household_update', { type: 'household', id }, diff);
    }
    return detail(trx, villageCode, id);
  });
}

/** Every column of a household as the audit entry keeps it (timestamps as ISO strings). */
function snapshotOf(row: Selectable<Household>) {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column,
      value instanceof Date ? value.toISOString() : value,
    ]),
  );
}

/**
 * Deletes a household registered by mistake. Only an empty one: a family card that names it, even a replaced
 * one kept for history, must be moved out first (the foreign key would refuse anyway; this says why).
 */
export async function deleteHousehold(db: Db, ctx: RequestContext, villageCode: string, id: string) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  await db.transaction().execute(async (trx) => {
    // The lock keeps a family from moving in (setFamilyHousehold locks the household first) until we commit.
    const before = await q.lockHousehold(trx, villageCode, id);
    if (!before) throw new AppError('NOT_FOUND');
    const families = await q.countFamiliesIn(trx, villageCode, id);
    if (families > 0) throw new AppError('HOUSEHOLD_HAS_FAMILIES', { families });
    await deleteHouseholdScores(trx, villageCode, id);
    await clearHouseholdForDeletion(trx, villageCode, id);
    await q.deleteHousehold(trx, villageCode, id);
    await finish(
      trx,
      ctx,
      villageCode,
      'household_delete',
      { type: 'household', id },
      { before: snapshotOf(before) },
    );
  });
}

export async function setFamilyHousehold(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  familyId: string,
  householdId: string | null,
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  return db.transaction().execute(async (trx) => {
    // A replaced (inactive) KK may still be taken out of a household, but is never placed in one.
    const family = await q.lockFamily(trx, villageCode, familyId);
    if (!family || (householdId !== null && !family.active)) throw new AppError('NOT_FOUND');
    if (householdId !== null && !(await q.lockHousehold(trx, villageCode, householdId)))
      throw new AppError('NOT_FOUND');
    if (family.household_id !== householdId) {
      await q.moveFamilies(trx, villageCode, [familyId], householdId);
      // Both roofs lose or gain members and assets; the family gets its new housing.
      await recomputeWelfareScores(trx, villageCode, {
        householdIds: [family.household_id, householdId].filter((h): h is string => h !== null),
        familyIds: [familyId],
      });
      await finish(
        trx,
        ctx,
        villageCode,
        'family_household',
        { type: 'family', id: familyId },
        {
          familyId,
          before: { householdId: family.household_id },
          after: { householdId },
        },
      );
    }
    return { familyId, householdId };
  });
}

/** One household with its families, for anyone who may read its village. */
export async function householdDetail(db: Db, actor: Actor, villageCode: string, id: string) {
  assertRegionAccess(actor, villageCode, 'read');
  return detail(db, villageCode, id);
}
