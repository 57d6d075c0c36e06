// Programs: listed and read by whoever reads an area, created and changed by whoever decides them
// (access.ts), each change audited in its transaction.
import { randomUUID } from 'node:crypto';
import { cyclesOfYear } from '@smart-kampung/domain';
import type { z } from 'zod';
import { canActOnRegion, isWithin } from '../../../access/access.ts';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { fieldError, invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import { listArea } from '../../../platform/area/in-area.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { uniqueAs } from '../unique-violation.ts';
import { assertCanManageProgram, canSeeProgram } from './access.ts';
import { endEnrolmentsOfEndedProgram } from './end-program.ts';
import { toProgram, toSummary } from './mappers.ts';
import * as q from './queries.ts';
import type {
  cyclesInput,
  exclusionsInput,
  Program,
  ProgramChange,
  programListQuery,
  quotasInput,
  RegencyProgramInput,
  VillageProgramInput,
} from './schemas.ts';

export async function listProgramsFor(db: Db, ctx: RequestContext, query: z.infer<typeof programListQuery>) {
  const area = listArea(ctx.actor, query.region);
  const rows = await q.listPrograms(db, area, {
    level: query.level,
    targetUnit: query.targetUnit,
    active: query.active === undefined ? undefined : query.active === 'true',
  });
  return rows.map((row) => toSummary(ctx.actor, row));
}

/** The program as the caller may see it (404 when not), read inside `db` (a transaction after a change). */
export async function readProgram(db: Db, ctx: RequestContext, id: string): Promise<Program> {
  const row = await q.findProgram(db, id);
  if (!row || !canSeeProgram(ctx.actor, row)) throw new AppError('NOT_FOUND');
  const [cycles, quotas, exclusiveWith] = await Promise.all([
    q.listCycles(db, id),
    q.listQuotas(db, id),
    q.listExclusivePrograms(db, id),
  ]);
  return toProgram(ctx.actor, row, { cycles, quotas, exclusiveWith });
}

function audit(db: Db, ctx: RequestContext, action: string, id: string, region: string, details: object) {
  return appendAudit(db, {
    actor: ctx.actor,
    action: `assistance.program.${action}`,
    entityType: 'assistance_program',
    entityId: id,
    regionCode: region,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    details: details as Record<string, unknown>,
  });
}

async function createProgram(
  db: Db,
  ctx: RequestContext,
  level: string,
  ownerAreaCode: string,
  input: RegencyProgramInput | VillageProgramInput,
) {
  const id = randomUUID();
  const refused = { errors: [fieldError('code', 'body', 'PROGRAM_CODE_TAKEN')] };
  return uniqueAs(
    'PROGRAM_CODE_TAKEN',
    () =>
      db.transaction().execute(async (trx) => {
        if (await q.programByCode(trx, input.code)) throw new AppError('PROGRAM_CODE_TAKEN', refused);
        await q.insertProgram(trx, { id, level, ownerAreaCode, actorId: ctx.actor.id }, input);
        await audit(trx, ctx, 'create', id, ownerAreaCode, { code: input.code, level });
        return readProgram(trx, ctx, id);
      }),
    refused,
  );
}

/** A national, province or regency program, owned by the regency and decided by Dinas Sosial. */
export function createRegencyProgram(
  db: Db,
  ctx: RequestContext,
  regencyCode: string,
  input: RegencyProgramInput,
) {
  assertRegionAccess(ctx.actor, regencyCode, 'decide_assistance');
  return createProgram(db, ctx, input.level, regencyCode, input);
}

/** A village's own program, recorded by its staff. */
export function createVillageProgram(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  input: VillageProgramInput,
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  return createProgram(db, ctx, 'village', villageCode, input);
}

/** Locks the program and checks the caller decides it. */
async function managedProgram(trx: Db, ctx: RequestContext, id: string) {
  const program = await q.lockProgram(trx, id);
  if (!program) throw new AppError('NOT_FOUND');
  assertCanManageProgram(ctx.actor, program);
  return program;
}

export function changeProgram(db: Db, ctx: RequestContext, id: string, change: ProgramChange) {
  return db.transaction().execute(async (trx) => {
    const program = await managedProgram(trx, ctx, id);
    const kind = change.benefitKind ?? program.benefit_kind;
    const amount = change.benefitAmount === undefined ? program.benefit_amount : change.benefitAmount;
    if (kind !== 'cash' && amount !== null)
      throw invalidField('benefitAmount', 'body', 'BENEFIT_AMOUNT_CASH_ONLY');
    const start = change.periodStart === undefined ? program.period_start : change.periodStart;
    const end = change.periodEnd === undefined ? program.period_end : change.periodEnd;
    if (start && end && end < start) throw invalidField('periodEnd', 'body', 'PROGRAM_PERIOD_ORDER');
    // Enrolments are of the program's unit: once someone is enrolled, the unit stays.
    if (change.targetUnit && change.targetUnit !== program.target_unit && (await q.hasEnrolments(trx, id)))
      throw invalidField('targetUnit', 'body', 'PROGRAM_UNIT_FIXED');
    await q.updateProgram(trx, id, ctx.actor.id, change);
    const ended = await endEnrolmentsOfEndedProgram(trx, ctx, program, program, {
      active: change.active ?? program.active,
      period_end: end,
    });
    await audit(trx, ctx, 'change', id, program.owner_area_code, {
      fields: Object.keys(change),
      ...(ended > 0 ? { enrolmentsEnded: ended } : {}),
    });
    return readProgram(trx, ctx, id);
  });
}

/** The cycles of a year from the program's cycle kind; those already there stay as they are. */
export function addCycles(db: Db, ctx: RequestContext, id: string, input: z.infer<typeof cyclesInput>) {
  return db.transaction().execute(async (trx) => {
    const program = await managedProgram(trx, ctx, id);
    const rounds = program.cycle === 'one_off' ? await q.countRounds(trx, id, input.year) : 0;
    const added = await q.insertCycles(trx, id, cyclesOfYear(program.cycle as never, input.year, rounds));
    await audit(trx, ctx, 'cycles', id, program.owner_area_code, { year: input.year, added });
    return readProgram(trx, ctx, id);
  });
}

/** A regency-run program's quotas per district or village (a village's own program has none). */
export function setQuotas(db: Db, ctx: RequestContext, id: string, input: z.infer<typeof quotasInput>) {
  return db.transaction().execute(async (trx) => {
    const program = await managedProgram(trx, ctx, id);
    const codes = input.quotas.map((quota) => quota.areaCode);
    const known = await q.existingRegions(trx, codes);
    codes.forEach((code, i) => {
      const inside = code !== program.owner_area_code && isWithin(code, program.owner_area_code);
      if (!known.has(code) || !inside) throw invalidField(`quotas.${i}.areaCode`, 'body', 'QUOTA_AREA');
      if (codes.indexOf(code) !== i) throw invalidField(`quotas.${i}.areaCode`, 'body', 'QUOTA_AREA_TWICE');
    });
    await q.replaceQuotas(trx, id, input.quotas);
    await audit(trx, ctx, 'quotas', id, program.owner_area_code, { areas: codes.length });
    return readProgram(trx, ctx, id);
  });
}

/** The programs this one may not be received with. Both must be programs the caller decides. */
export function setExclusions(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof exclusionsInput>,
) {
  return db.transaction().execute(async (trx) => {
    const program = await managedProgram(trx, ctx, id);
    const others = [...new Set(input.programIds.map((other) => other.toLowerCase()))];
    const found = new Map((await q.programsByIds(trx, others)).map((row) => [row.id, row]));
    others.forEach((other, i) => {
      const row = found.get(other);
      const decidable =
        row !== undefined &&
        (row.level === 'village'
          ? canActOnRegion(ctx.actor, row.owner_area_code, 'write')
          : canActOnRegion(ctx.actor, row.owner_area_code, 'decide_assistance'));
      if (other === id || !decidable) throw invalidField(`programIds.${i}`, 'body', 'EXCLUSION_PROGRAM');
    });
    await q.replaceExclusions(trx, id, others);
    await audit(trx, ctx, 'exclusions', id, program.owner_area_code, { programs: others.length });
    return readProgram(trx, ctx, id);
  });
}
