// Who is missed and who should not be there: a program's eligibility applied to the units of an area. Reading
// needs 'read' in the area (a village program is read in its village only); changing a program's eligibility
// is the social-affairs agency's decision for regency and national programs (decide_assistance) and the
// village's own write for its programs, audited in the transaction that saves it.
import {
  checkEligibility,
  isEligibilityDefined,
  type Eligibility,
  type EligibilityUnit,
  type ProgramLevel,
  type TargetUnit,
} from '@smart-kampung/domain';
import { canActOnRegion, isWithin } from '../../../access/access.ts';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { fieldError, type RequestPart } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import { listArea } from '../../../platform/area/in-area.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { today } from '../../population/registry/nik-check.ts';
import { appendAudit } from '../../audit/service.ts';
import { pageOf } from './list-items.ts';
import { keptCountsByChildArea } from './stored/kept-counts.ts';
import {
  countsByChildArea,
  existingProgramCodes,
  programById,
  setEligibility,
  type AreaCountRow,
  type TargetingList,
} from './queries.ts';
import type { UnitsQuery } from './units.ts';

type ProgramRow = NonNullable<Awaited<ReturnType<typeof programById>>>;

/** The stored eligibility (a program saved before any was set reads as none). */
export function storedEligibilityOf(program: { eligibility: unknown }): Eligibility {
  const check = checkEligibility(program.eligibility);
  return check.ok ? check.eligibility : { maxDecile: null, conditions: [], combine: 'all' };
}

/** The action that changes a program's eligibility: the village's write for its own, the agency's decision else. */
const decidingAction = (program: { level: string }) =>
  program.level === 'village' ? 'write' : 'decide_assistance';

function summary(actor: Actor, program: Omit<ProgramRow, 'eligibility'> & { eligibility: unknown }) {
  return {
    id: program.id,
    code: program.code,
    name: program.name,
    level: program.level as ProgramLevel,
    ownerAreaCode: program.owner_area_code,
    targetUnit: program.target_unit as TargetUnit,
    active: program.active,
    eligibility: storedEligibilityOf(program),
    editable: canActOnRegion(actor, program.owner_area_code, decidingAction(program)),
  };
}

/** A village program exists only for those who read its village; the others are everyone's. */
function visible(actor: Actor, program: ProgramRow) {
  if (program.level !== 'village') return true;
  return (
    isWithin(program.owner_area_code, actor.areaCode) || isWithin(actor.areaCode, program.owner_area_code)
  );
}

async function programFor(db: Db, actor: Actor, programId: string): Promise<ProgramRow> {
  const program = await programById(db, programId);
  if (!program || !visible(actor, program)) throw new AppError('NOT_FOUND');
  return program;
}

/** The area read for a program: the one asked for after the access decision; a village program's village. */
function programArea(actor: Actor, program: ProgramRow, requested: string | undefined): string {
  const area = listArea(actor, requested);
  if (program.level !== 'village') return area;
  if (isWithin(program.owner_area_code, area)) return program.owner_area_code;
  throw new AppError('NOT_FOUND');
}

function unitOf(program: ProgramRow): EligibilityUnit {
  if (program.target_unit === 'group') throw new AppError('TARGETING_UNIT_UNSUPPORTED');
  return program.target_unit as EligibilityUnit;
}

/** Characters of a village code naming the child areas of an area of this many characters. */
const childLength = (area: string) => ({ 2: 5, 5: 8 })[area.length] ?? 13;

const countsOf = (row: Omit<AreaCountRow, 'area_code' | 'area_name'>) => ({
  units: row.units,
  households: row.households,
  eligible: row.eligible,
  enrolled: row.enrolled,
  excluded: row.excluded,
  included: row.included,
  incomplete: row.incomplete,
  unranked: row.unranked,
});

function totalsOf(rows: AreaCountRow[]) {
  const keys = [
    'units',
    'households',
    'eligible',
    'enrolled',
    'excluded',
    'included',
    'incomplete',
    'unranked',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, rows.reduce((sum, row) => sum + row[k], 0)])) as ReturnType<
    typeof countsOf
  >;
}

/** Counts under a draft (the what-if): evaluated now, so every figure is current. */
async function liveCountsFor(db: Db, actor: Actor, program: ProgramRow, query: UnitsQuery) {
  const rows = await countsByChildArea(db, query, childLength(query.area));
  return {
    program: summary(actor, program),
    eligibility: query.eligibility,
    area: query.area,
    asOf: query.asOf,
    areas: rows.map((row) => ({ code: row.area_code, name: row.area_name, current: true, ...countsOf(row) })),
    totals: totalsOf(rows),
    freshness: { current: true, pendingVillages: 0, countedAt: null },
  };
}

/**
 * Counts under the saved eligibility, from the stored counts (stored/, migration 0031): a district's or the
 * regency's read never evaluates every unit (5–130 s at regency scale); villages changed since their count
 * are served as last counted and said so, while the refresher recounts them. A village's read is counted
 * afresh when stale.
 */
async function keptCountsFor(db: Db, actor: Actor, program: ProgramRow, query: UnitsQuery) {
  const kept = await keptCountsByChildArea(
    db,
    { query, storedEligibility: program.eligibility },
    childLength(query.area),
  );
  const rows = kept.areas.map((a) => ({ ...a, area_code: a.code, area_name: a.name }));
  return {
    program: summary(actor, program),
    eligibility: query.eligibility,
    area: query.area,
    asOf: query.asOf,
    areas: kept.areas.map((a) => ({ code: a.code, name: a.name, current: a.current, ...countsOf(a) })),
    totals: totalsOf(rows),
    freshness: {
      current: kept.pending === 0,
      pendingVillages: kept.pending,
      countedAt: kept.countedAt?.toISOString() ?? null,
    },
  };
}

function savedQuery(actor: Actor, program: ProgramRow, region: string | undefined): UnitsQuery {
  const area = programArea(actor, program, region);
  const eligibility = storedEligibilityOf(program);
  const unit = unitOf(program);
  if (!isEligibilityDefined(eligibility)) throw new AppError('ELIGIBILITY_NOT_SET');
  return { programId: program.id, unit, eligibility, area, asOf: today() };
}

export async function targetingCounts(db: Db, actor: Actor, programId: string, region: string | undefined) {
  const program = await programFor(db, actor, programId);
  return keptCountsFor(db, actor, program, savedQuery(actor, program, region));
}

export async function targetingList(
  db: Db,
  actor: Actor,
  programId: string,
  list: TargetingList,
  query: { region?: string; limit: number; offset: number },
) {
  const program = await programFor(db, actor, programId);
  const units = savedQuery(actor, program, query.region);
  return pageOf(db, units, list, query);
}

/** The domain's field errors and the programs a condition names, as one 400 (nothing is saved or run). */
async function checkedDraft(db: Db, program: ProgramRow, draft: unknown, prefix: string, part: RequestPart) {
  const check = checkEligibility(draft);
  if (!check.ok)
    throw new AppError('VALIDATION_FAILED', {
      errors: check.errors.map((e) => ({
        field: [prefix, e.field].filter(Boolean).join('.'),
        in: part,
        message: e.message.id,
        message_en: e.message.en,
      })),
    });
  const { eligibility } = check;
  const at = (i: number) => [prefix, `conditions.${i}.params.program`].filter(Boolean).join('.');
  if (!isEligibilityDefined(eligibility))
    throw new AppError('VALIDATION_FAILED', {
      errors: [fieldError(prefix || 'conditions', part, 'ELIGIBILITY_EMPTY')],
    });
  const named = eligibility.conditions.flatMap((c, i) =>
    c.params?.program ? [{ i, code: c.params.program }] : [],
  );
  const known = await existingProgramCodes(
    db,
    named.map((n) => n.code),
  );
  const errors = named.flatMap(({ i, code }) =>
    code === program.code
      ? [fieldError(at(i), part, 'ELIGIBILITY_PROGRAM_ITSELF')]
      : known.has(code)
        ? []
        : [fieldError(at(i), part, 'ELIGIBILITY_PROGRAM_UNKNOWN')],
  );
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
  return eligibility;
}

/** Counts and the first page of each list under a draft eligibility; nothing is saved. */
export async function whatIf(
  db: Db,
  actor: Actor,
  programId: string,
  region: string | undefined,
  draft: unknown,
) {
  const program = await programFor(db, actor, programId);
  const area = programArea(actor, program, region);
  const unit = unitOf(program);
  const eligibility = await checkedDraft(db, program, draft, 'eligibility', 'body');
  const query: UnitsQuery = { programId: program.id, unit, eligibility, area, asOf: today() };
  const paging = { limit: 25, offset: 0 };
  const [counts, excluded, included, incomplete] = await Promise.all([
    liveCountsFor(db, actor, program, query),
    pageOf(db, query, 'excluded', paging),
    pageOf(db, query, 'included', paging),
    pageOf(db, query, 'incomplete', paging),
  ]);
  return { ...counts, lists: { excluded, included, incomplete } };
}

export async function saveEligibility(
  db: Db,
  actor: Actor,
  context: RequestContext,
  programId: string,
  draft: unknown,
) {
  const program = await programFor(db, actor, programId);
  assertRegionAccess(actor, program.owner_area_code, decidingAction(program));
  const eligibility = await checkedDraft(db, program, draft, '', 'body');
  return db.transaction().execute(async (trx) => {
    await setEligibility(trx, program.id, eligibility, actor.id);
    await appendAudit(trx, {
      actor,
      action: 'assistance.eligibility.update',
      entityType: 'assistance_program',
      entityId: program.id,
      regionCode: program.owner_area_code,
      ip: context.ip,
      userAgent: context.userAgent,
      details: { code: program.code, before: storedEligibilityOf(program), after: eligibility },
    });
    return { program: summary(actor, { ...program, eligibility }) };
  });
}
