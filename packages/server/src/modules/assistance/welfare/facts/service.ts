// One resident's Regsosek section IV answers and one family's section V answers: read by whoever may read
// the area, written by the village's own staff. A write replaces the section, is checked whole against the
// form's rules (every problem by field, in Indonesian and English), and is one transaction with its audit
// entry (the fields that changed, before and after). saveMemberWelfare and saveFamilyWelfare are the only
// writes of these facts from a page: the household's welfare score is recomputed in them.
import {
  ageInYears,
  familyWelfareProblems,
  memberWelfareProblems,
  type FamilyWelfare,
  type MemberPerson,
  type MemberWelfare,
  type WelfareFieldProblem,
} from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../../access/assert-access.ts';
import type { Actor } from '../../../../access/roles.ts';
import type { Db } from '../../../../db/database.ts';
import { AppError } from '../../../../http/problem.ts';
import type { RequestContext } from '../../../../platform/request-context.ts';
import { appendAudit } from '../../../audit/service.ts';
import { recomputeWelfareScores } from '../scores/recompute.ts';
import * as q from './queries.ts';
import { familyColumnsOf, familyWelfareOf, memberColumnsOf, memberWelfareOf } from './rows.ts';
import type { FamilyWelfareBody, MemberWelfareBody } from './schemas.ts';

const today = () => new Date().toISOString().slice(0, 10);

function personOf(resident: {
  sex: number;
  birth_date: string;
  marital_status: number | null;
}): MemberPerson {
  return {
    sex: resident.sex,
    age: ageInYears(resident.birth_date, today()),
    maritalStatus: resident.marital_status,
  };
}

function refuse(problems: readonly WelfareFieldProblem<string>[]) {
  if (problems.length === 0) return;
  throw new AppError('VALIDATION_FAILED', {
    errors: problems.map((p) => ({
      field: `facts.${p.field}`,
      in: 'body' as const,
      message: p.message.id,
      message_en: p.message.en,
    })),
  });
}

/** The answers actually sent: a key present with `undefined` (a JSON body never has one) is not an answer. */
function withoutUndefined<T extends object>(answers: T): Partial<T> {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The fields whose answer changes, before and after. */
function changed<T extends object>(before: T, after: T) {
  const fields = (Object.keys(after) as (keyof T)[]).filter((field) => before[field] !== after[field]);
  return {
    before: Object.fromEntries(fields.map((field) => [field, before[field]])),
    after: Object.fromEntries(fields.map((field) => [field, after[field]])),
  };
}

const recorded = (row: { source: string; updated_at: Date } | undefined) => ({
  source: (row?.source ?? null) as 'file' | 'desk' | 'visit' | null,
  updatedAt: row ? new Date(row.updated_at).toISOString() : null,
});

async function memberPage(db: Db, villageCode: string, residentId: string) {
  const resident = await q.findResidentPerson(db, villageCode, residentId);
  if (!resident) throw new AppError('NOT_FOUND');
  const row = await q.findResidentWelfare(db, villageCode, residentId);
  return {
    residentId,
    familyId: resident.family_id,
    person: personOf(resident),
    facts: memberWelfareOf(row, resident.pregnant),
    ...recorded(row),
  };
}

export function memberWelfare(db: Db, actor: Actor, villageCode: string, residentId: string) {
  assertRegionAccess(actor, villageCode, 'read');
  return memberPage(db, villageCode, residentId);
}

export async function saveMemberWelfare(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  residentId: string,
  body: MemberWelfareBody,
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  return db.transaction().execute(async (trx) => {
    const resident = await q.findResidentPerson(trx, villageCode, residentId, true);
    if (!resident) throw new AppError('NOT_FOUND');
    const facts = body.facts as Partial<MemberWelfare>;
    refuse(memberWelfareProblems(facts, personOf(resident)));
    const before = memberWelfareOf(
      await q.findResidentWelfare(trx, villageCode, residentId),
      resident.pregnant,
    );
    const after = { ...memberWelfareOf(undefined, null), ...facts } as MemberWelfare;
    await q.upsertResidentWelfare(trx, {
      village_code: villageCode,
      resident_id: residentId,
      ...memberColumnsOf(after),
      source: body.source,
      updated_at: new Date(),
      updated_by: ctx.actor.id,
    });
    if (after.pregnant !== resident.pregnant)
      await q.setResidentPregnant(trx, villageCode, residentId, after.pregnant);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'assistance.member_welfare_update',
      entityType: 'resident',
      entityId: residentId,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { source: body.source, ...changed(before, after) },
    });
    // The household's and the family's welfare scores follow their facts, in this transaction.
    if (resident.family_id)
      await recomputeWelfareScores(trx, villageCode, { familyIds: [resident.family_id] });
    return memberPage(trx, villageCode, residentId);
  });
}

async function familyPage(db: Db, villageCode: string, familyId: string) {
  const family = await q.findFamily(db, villageCode, familyId);
  if (!family) throw new AppError('NOT_FOUND');
  const row = await q.findFamilyWelfare(db, villageCode, familyId);
  return { familyId, householdId: family.household_id, facts: familyWelfareOf(row), ...recorded(row) };
}

export function familyWelfare(db: Db, actor: Actor, villageCode: string, familyId: string) {
  assertRegionAccess(actor, villageCode, 'read');
  return familyPage(db, villageCode, familyId);
}

export async function saveFamilyWelfare(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  familyId: string,
  body: FamilyWelfareBody,
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  return db.transaction().execute(async (trx) => {
    await writeFamilyWelfare(trx, ctx, villageCode, familyId, body);
    return familyPage(trx, villageCode, familyId);
  });
}

/**
 * Writes a family's section V inside the caller's transaction, with its audit entry and the scores that
 * follow: the family page's save, and a verification visit of an usul/sanggah (whose caller decides access).
 * `replace` (the page, which always sends the whole section) blanks what is not sent; `merge` (a visit,
 * whose API caller may send only the answers the visitor checked) keeps every answer not sent, and an
 * answer sent as null is cleared.
 */
export async function writeFamilyWelfare(
  trx: Db,
  ctx: RequestContext,
  villageCode: string,
  familyId: string,
  body: FamilyWelfareBody,
  mode: 'replace' | 'merge' = 'replace',
) {
  const family = await q.findFamily(trx, villageCode, familyId, true);
  if (!family) throw new AppError('NOT_FOUND');
  const facts = body.facts as Partial<FamilyWelfare>;
  refuse(familyWelfareProblems(facts));
  const before = familyWelfareOf(await q.findFamilyWelfare(trx, villageCode, familyId));
  const base = mode === 'merge' ? before : familyWelfareOf(undefined);
  const after = { ...base, ...withoutUndefined(facts) } as FamilyWelfare;
  await q.upsertFamilyWelfare(trx, {
    village_code: villageCode,
    family_id: familyId,
    ...familyColumnsOf(after),
    source: body.source,
    updated_at: new Date(),
    updated_by: ctx.actor.id,
  });
  await appendAudit(trx, {
    actor: ctx.actor,
    action: 'assistance.family_welfare_update',
    entityType: 'family',
    entityId: familyId,
    regionCode: villageCode,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    details: { source: body.source, ...changed(before, after) },
  });
  // The family's and its household's welfare scores follow their facts, in this transaction.
  await recomputeWelfareScores(trx, villageCode, { familyIds: [familyId] });
}
