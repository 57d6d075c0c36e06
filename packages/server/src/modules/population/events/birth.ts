// A birth as the village desk records it. Dukcapil issues the baby's NIK only after the village reports the
// birth, so a birth without a NIK is the usual case: the baby is registered under a temporary number in
// OpenSID's convention ("0" + village code + serial, docs/rules/NIK.md) and the NIK arrives later as its own
// event (assignNik). The operator sees the NIK's warnings before saving (checkBirth) and on the confirmation.
import { randomUUID } from 'node:crypto';
import {
  isTemporaryNik,
  makeIssue,
  NEWBORN_DEFAULTS,
  nextTemporaryNik,
  temporaryNikRange,
  type ValidationResult,
} from '@smart-kampung/domain';
import type { Insertable } from 'kysely';
import type { ResidentBirth } from '../../../db/schema.ts';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { checkNik, issuesToFieldErrors, requireNoErrors } from '../registry/nik-check.ts';
import { insertResidents, reassignNik } from '../registry/queries.ts';
import { requireBirthDate, requireFamily, requireOneHead, requireUnclaimed } from './guards.ts';
import { personColumns } from './person-row.ts';
import * as q from './queries.ts';
import type { BirthBody } from './schemas.ts';
import { runLifeEvent } from './workflow.ts';

const capitals = <T extends string | null | undefined>(name: T): T =>
  (typeof name === 'string' ? name.toUpperCase() : name) as T;

const birthFactsOnly = (birth: Insertable<ResidentBirth>) => ({
  birth_time: birth.birth_time,
  place_type: birth.place_type,
  birth_type: birth.birth_type,
  birth_order: birth.birth_order,
  attendant: birth.attendant,
  weight_grams: birth.weight_grams,
  length_mm: birth.length_mm,
});

type Warning = ReturnType<typeof issuesToFieldErrors>[number];

/** Everything that refuses a birth, without writing: the same checks before saving and when saving. */
async function birthChecks(trx: Db, villageCode: string, body: BirthBody) {
  requireBirthDate(body.birthDate);
  await requireFamily(trx, villageCode, body.familyId);
  const typed = body.nik ? body.nik : null;
  if (typed) await requireUnclaimed(trx, [typed]);
  const members = await q.presentMembers(trx, villageCode, body.familyId);
  requireOneHead([...members, { nik: typed ?? 'new', relationship: body.relationship }]);
  // Without a NIK the record is flagged "awaiting NIK"; with one, the NIK's own warnings (birth date, sex).
  const nikResult: ValidationResult = typed
    ? await checkNik(trx, typed, body.birthDate, body.sex, 'refuse')
    : { errors: [], warnings: [makeIssue('NIK_TEMPORARY', { field: 'nik' })] };
  requireNoErrors(nikResult);
  return { typed, warnings: issuesToFieldErrors(nikResult.warnings) };
}

/** The warnings a birth would be saved with (a 400 or 409 if it would be refused), nothing written. */
export async function checkBirth(db: Db, ctx: RequestContext, villageCode: string, body: BirthBody) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  const { typed, warnings } = await db.transaction().execute((trx) => birthChecks(trx, villageCode, body));
  return { temporaryNik: typed === null, warnings: warnings.map(withoutIn) };
}

async function issueTemporaryNik(trx: Db, villageCode: string): Promise<string> {
  await q.lockTemporaryNiks(trx, villageCode);
  const highest = await q.highestTemporaryNik(trx, villageCode, temporaryNikRange(villageCode));
  const next = nextTemporaryNik(villageCode, highest === null ? [] : [highest]);
  if (next === null) throw new AppError('TEMPORARY_NIK_EXHAUSTED');
  return next;
}

const withoutIn = ({ field, code, message, message_en }: Warning) => ({ field, code, message, message_en });

export function recordBirth(db: Db, ctx: RequestContext, villageCode: string, body: BirthBody) {
  return runLifeEvent(db, ctx, villageCode, 'birth', async (trx, log) => {
    const { typed, warnings } = await birthChecks(trx, villageCode, body);
    const nik = typed ?? (await issueTemporaryNik(trx, villageCode));
    const row = {
      ...personColumns({ ...body, nik }),
      occupation: body.occupation ?? NEWBORN_DEFAULTS.occupation,
      education_kk: body.educationKk ?? NEWBORN_DEFAULTS.educationKk,
      education_current: body.educationCurrent ?? NEWBORN_DEFAULTS.educationCurrent,
      marital_status: body.maritalStatus ?? NEWBORN_DEFAULTS.maritalStatus,
      village_code: villageCode,
      id: randomUUID(),
      family_id: body.familyId,
      relationship: body.relationship,
      nik,
      // Stored in capitals, as on the family card and in every record that came from Dukcapil or OpenSID.
      full_name: capitals(body.fullName),
      father_name: capitals(body.fatherName),
      mother_name: capitals(body.motherName),
      sex: body.sex,
      birth_date: body.birthDate,
      citizenship: 1,
      verification_flags: warnings.map((w) => w.code),
    };
    await insertResidents(trx, [row]);
    const facts = body.birth;
    const birth = {
      village_code: villageCode,
      resident_id: row.id,
      birth_time: facts.birthTime ?? null,
      place_type: facts.placeType ?? null,
      birth_type: facts.birthType ?? null,
      birth_order: facts.birthOrder ?? null,
      attendant: facts.attendant ?? null,
      weight_grams: facts.weightGrams ?? null,
      // Entered in centimetres with one decimal, kept as whole millimetres (no floating point stored).
      length_mm: facts.lengthCm == null ? null : Math.round(facts.lengthCm * 10),
      temporary_nik: typed === null ? nik : null,
    };
    await q.insertBirth(trx, birth);
    await log.history({
      residentId: row.id,
      familyId: body.familyId,
      date: body.birthDate,
      // Event details reach the resident page as they are: the facts only, never a number.
      details: { birth: birthFactsOnly(birth), temporaryNik: typed === null },
      before: null,
      after: row,
    });
    return {
      result: {
        residentId: row.id,
        temporaryNik: typed === null,
        nikMasked: (await identifierMasks(trx)).civil(nik),
        warnings: warnings.map(withoutIn),
      },
      entityId: row.id,
      auditDetails: { temporaryNik: typed === null },
    };
  });
}

/**
 * The NIK Dukcapil issued replaces a resident's temporary number: its own event, audited, dated. The claim
 * moves to the NIK, the temporary number stays with the birth (never issued again), and "awaiting NIK" gives
 * way to whatever the NIK's own checks say.
 */
export function assignNik(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  id: string,
  body: { nik: string; date?: string | undefined },
) {
  return runLifeEvent(db, ctx, villageCode, 'nik_assigned', async (trx, log) => {
    const before = await q.lockResident(trx, villageCode, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (!isTemporaryNik(before.nik)) throw new AppError('NIK_NOT_TEMPORARY');
    const result = await checkNik(trx, body.nik, before.birth_date, before.sex, 'refuse');
    const nikFlags = requireNoErrors(result);
    await requireUnclaimed(trx, [body.nik]);
    await reassignNik(trx, before.nik, body.nik);
    await q.keepReplacedTemporaryNik(trx, villageCode, id, before.nik);
    const otherFlags = before.verification_flags.filter((flag) => !flag.startsWith('NIK_'));
    await log.change(
      before,
      { nik: body.nik, verification_flags: [...otherFlags, ...nikFlags] },
      body.date ? { date: body.date } : {},
    );
    return {
      result: { residentId: id, warnings: issuesToFieldErrors(result.warnings).map(withoutIn) },
      entityId: id,
    };
  });
}
