// SQL of the poverty map's per-village figures: one set-based statement per metric family, each grouped by
// village over the whole area at once (a regency is about 480,000 households), never a statement per village.
import { sql, type QueryCreator, type SqlBool } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { DB } from '../../../db/schema.generated.ts';
import { inArea } from '../../../platform/area/in-area.ts';
import { latestRun } from '../targeting/units.ts';

/** Programs target desil 1–4 (DTSEN; the health-insurance subsidy reaches 5, a program's own rule). */
export const TARGET_DECILE_MAX = 4;

/** An enrolment still running: the partial unique indexes of migration 0021 call the same rows "open". */
export const OPEN_ENROLMENT = sql<boolean>`e.status <> 'exited'`;

/**
 * The ranking run that gives every household its current decile: the latest one that finished (in the order
 * of targeting's `latestRun`, the same run inside a statement). A run is regency-wide, so there is one for every
 * area.
 */
export function latestDoneRun(db: Db) {
  return db
    .selectFrom('welfare_ranking_run')
    .select(['id', 'model_id', 'finished_at'])
    .where('status', '=', 'done')
    .orderBy(sql`finished_at DESC NULLS LAST`)
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** Every village of the area with its district and its households (population_stat, as every view counts them). */
export function areaVillages(db: Db, area: string) {
  return db
    .selectFrom('region as v')
    .innerJoin('region as d', 'd.code', 'v.parent_code')
    .leftJoin('population_stat as s', (join) =>
      join
        .onRef('s.village_code', '=', 'v.code')
        .on('s.dimension', '=', 'totals')
        .on('s.key', '=', 'households'),
    )
    .select([
      'v.code',
      'v.name',
      'v.kind',
      'd.code as district_code',
      'd.name as district_name',
      sql<number>`coalesce(s.total, 0)::int`.as('households'),
    ])
    .where('v.level', '=', 'village')
    .where(inArea('v.code', area))
    .orderBy('v.code')
    .execute();
}

/**
 * The programs the map offers for an area: every active program run above the villages, and the village
 * programs of the area's own villages. Group programs reach no household, so they have no rate per household.
 */
export function mapPrograms(db: Db, area: string) {
  return db
    .selectFrom('assistance_program')
    .select(['id', 'code', 'name', 'target_unit'])
    .where('active', '=', true)
    .where('target_unit', '<>', 'group')
    .where((eb) => eb.or([eb('level', '<>', 'village'), inArea('owner_area_code', area, 'any')]))
    .orderBy('code')
    .execute();
}

/** A program by its code, with what the "eligible but not receiving" filter needs of it. */
export function programByCode(db: Db, code: string) {
  return db
    .selectFrom('assistance_program')
    .select(['id', 'level', 'owner_area_code', 'target_unit', 'eligibility'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The active score model, read inside the statement that counts with it. */
export const ACTIVE_SCORE_MODEL = sql<
  string | null
>`(SELECT id FROM welfare_model WHERE kind = 'score' AND active)`;

/**
 * The welfare family, per village of the area: households ranked in the latest done run and those in desil 1–4
 * (as the run ranked them), and households with a complete score under the active score model (the rest of the
 * village's households have incomplete data: no score, or one that lacks facts); with the run and the model,
 * read in the same statement. A grouped scan of each table, never a join of the regency's households to them
 * (scores cannot outlive their household: a foreign key). The stored figures (stored/queries.ts) wrap it.
 */
export function welfareCountsQuery(db: QueryCreator<DB>, area: string) {
  return db
    .selectFrom('region as v')
    .leftJoin(
      (qb) =>
        qb
          .selectFrom('household_decile')
          .select([
            'village_code',
            sql<number>`count(*)::int`.as('ranked'),
            sql<number>`(count(*) FILTER (WHERE decile <= ${TARGET_DECILE_MAX}))::int`.as('target_deciles'),
          ])
          .where(sql<SqlBool>`run_id = ${latestRun}`)
          .where(inArea('village_code', area))
          .groupBy('village_code')
          .as('d'),
      (join) => join.onRef('d.village_code', '=', 'v.code'),
    )
    .leftJoin(
      (qb) =>
        qb
          .selectFrom('household_welfare_score')
          .select(['village_code', sql<number>`(count(*) FILTER (WHERE complete))::int`.as('complete')])
          .where(sql<SqlBool>`model_id = ${ACTIVE_SCORE_MODEL}`)
          .where(inArea('village_code', area))
          .groupBy('village_code')
          .as('s'),
      (join) => join.onRef('s.village_code', '=', 'v.code'),
    )
    .select([
      'v.code as village_code',
      sql<number>`coalesce(d.ranked, 0)`.as('ranked'),
      sql<number>`coalesce(d.target_deciles, 0)`.as('target_deciles'),
      sql<number>`coalesce(s.complete, 0)`.as('complete'),
      sql<string | null>`${latestRun}`.as('run_id'),
      ACTIVE_SCORE_MODEL.as('score_model_id'),
    ])
    .where('v.level', '=', 'village')
    .where(inArea('v.code', area));
}

/** The welfare family counted afresh for every village of the area (the full evaluation the stored rows keep). */
export function welfareCounts(db: Db, area: string) {
  return welfareCountsQuery(db, area).execute();
}

/**
 * The household an open enrolment reaches, whatever its unit: the household itself, the family's household,
 * or the household of the member's family. Null when the unit lives in no household (a family not yet placed).
 */
export const REACHED_HOUSEHOLD = sql<string>`coalesce(e.household_id, ef.household_id, rf.household_id)`;

/** The enrolments of the area joined to what their unit is part of (the joins REACHED_HOUSEHOLD reads). */
export function enrolmentsWithHousehold(db: QueryCreator<DB>, area: string) {
  return db
    .selectFrom('assistance_enrolment as e')
    .leftJoin('family as ef', (join) =>
      join.onRef('ef.village_code', '=', 'e.village_code').onRef('ef.id', '=', 'e.family_id'),
    )
    .leftJoin('resident as r', (join) =>
      join.onRef('r.village_code', '=', 'e.village_code').onRef('r.id', '=', 'e.resident_id'),
    )
    .leftJoin('family as rf', (join) =>
      join.onRef('rf.village_code', '=', 'r.village_code').onRef('rf.id', '=', 'r.family_id'),
    )
    .where(inArea('e.village_code', area))
    .where(OPEN_ENROLMENT);
}

/**
 * The recipients family, per village and program: households reached by an open enrolment of the program.
 * A household with three PIP pupils, or two families in PKH, is one household reached (see docs/rules). Every
 * program with an open enrolment in the area; the stored figures (stored/queries.ts) wrap it.
 */
export function recipientCountsQuery(db: QueryCreator<DB>, area: string) {
  return enrolmentsWithHousehold(db, area)
    .select([
      'e.village_code',
      'e.program_id',
      sql<number>`count(DISTINCT ${REACHED_HOUSEHOLD})::int`.as('households'),
    ])
    .groupBy(['e.village_code', 'e.program_id']);
}

/** The recipients family counted afresh for the programs given (the full evaluation the stored rows keep). */
export function recipientCounts(db: Db, area: string, programIds: readonly string[]) {
  if (programIds.length === 0) return Promise.resolve([]);
  return recipientCountsQuery(db, area)
    .where('e.program_id', '=', sql<string>`ANY(${[...programIds]}::uuid[])`)
    .execute();
}
