// The poverty map: who may read which area is the shared rule (agencies the regency, district staff their
// district, village staff their village; outside, 404), then every village's counts per metric family, and a
// village's households as points and as the by-name list with masked identifiers.
import { isEligibilityDefined, type EligibilityUnit } from '@smart-kampung/domain';
import { isWithin } from '../../../access/access.ts';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import { listArea } from '../../../platform/area/in-area.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { findRegion } from '../../population/export/queries.ts';
import { today } from '../../population/registry/nik-check.ts';
import { storedEligibilityOf } from '../targeting/service.ts';
import type { UnitsQuery } from '../targeting/units.ts';
import { areaVillages, latestDoneRun, mapPrograms, programByCode } from './figures-queries.ts';
import { householdListPage, householdPoints, type MapHouseholdFilter } from './household-queries.ts';
import { METRIC_CATALOGUE, type FamilyContext, type MetricFamily } from './metrics.ts';
import type { FiguresResponse, ListQuery, PointsQuery } from './schemas.ts';

type Figure = FiguresResponse['villages'][number]['figures'][number];

/** Every village of the area with its counts for every metric of `catalogue`, aligned with `metrics`. */
export async function mapFigures(
  db: Db,
  actor: Actor,
  region: string | undefined,
  catalogue: readonly MetricFamily[] = METRIC_CATALOGUE,
): Promise<FiguresResponse> {
  const area = listArea(actor, region);
  if (!(await findRegion(db, area))) throw new AppError('REGION_NOT_FOUND');
  const [villages, rows, run] = await Promise.all([
    areaVillages(db, area),
    mapPrograms(db, area),
    latestDoneRun(db),
  ]);
  const programs = rows.map((p) => ({ id: p.id, code: p.code, name: p.name, targetUnit: p.target_unit }));
  const context: FamilyContext = {
    db,
    area,
    programs,
    households: new Map(villages.map((v) => [v.code, v.households])),
  };
  const metrics = catalogue.flatMap((family) => family.metrics(programs));
  const counts = new Map<string, Figure>(
    (await Promise.all(catalogue.map((family) => family.counts(context)))).flat().map((c) => [
      `${c.villageCode}|${c.metricId}`,
      {
        numerator: c.numerator,
        denominator: c.denominator,
        ...(c.current === false
          ? { current: false as const, countedAt: c.countedAt?.toISOString() ?? null }
          : {}),
      },
    ]),
  );
  return {
    region: area,
    ranking: run
      ? { runId: run.id, modelId: run.model_id, finishedAt: run.finished_at?.toISOString() ?? null }
      : null,
    metrics,
    villages: villages.map((v) => ({
      code: v.code,
      name: v.name,
      kind: v.kind as 'desa' | 'kelurahan',
      districtCode: v.district_code,
      districtName: v.district_name,
      households: v.households,
      figures: metrics.map((m) => counts.get(`${v.code}|${m.id}`) ?? { numerator: 0, denominator: 0 }),
    })),
  };
}

/**
 * The program whose exclusion list the "eligible but not receiving" filter reads, as the targeting lists read
 * it in this village (its saved eligibility, today). A village program of another village does not exist here.
 */
async function exclusionOf(db: Db, village: string, code: string): Promise<UnitsQuery> {
  const program = await programByCode(db, code);
  const field = 'eligibleNotReceiving';
  if (!program || (program.level === 'village' && !isWithin(village, program.owner_area_code)))
    throw invalidField(field, 'querystring', 'ELIGIBILITY_PROGRAM_UNKNOWN');
  if (program.target_unit === 'group') throw invalidField(field, 'querystring', 'MAP_PROGRAM_GROUP');
  const eligibility = storedEligibilityOf(program);
  if (!isEligibilityDefined(eligibility))
    throw invalidField(field, 'querystring', 'MAP_PROGRAM_NO_ELIGIBILITY');
  const unit = program.target_unit as EligibilityUnit;
  return { programId: program.id, unit, eligibility, area: village, asOf: today() };
}

async function filterOf(db: Db, village: string, query: PointsQuery): Promise<MapHouseholdFilter> {
  return {
    program: query.program,
    decileMin: query.decileMin,
    decileMax: query.decileMax,
    excludedFrom:
      query.eligibleNotReceiving === undefined
        ? undefined
        : await exclusionOf(db, village, query.eligibleNotReceiving),
  };
}

/** A village's pinned households as points: no names, no identifiers, only where, how poor and what reaches it. */
export async function mapPoints(db: Db, actor: Actor, village: string, query: PointsQuery) {
  assertRegionAccess(actor, village, 'read');
  const [run, filter] = await Promise.all([latestDoneRun(db), filterOf(db, village, query)]);
  const rows = await householdPoints(db, village, run?.id ?? null, filter);
  return {
    villageCode: village,
    points: rows.map((row) => ({
      id: row.id,
      decile: row.decile,
      programs: row.programs,
      incomplete: row.incomplete,
      latitude: row.latitude!,
      longitude: row.longitude!,
      householdNo: row.household_no,
    })),
  };
}

/** The by-name list beside the map: the same households (pinned or not), the head's NIK and KK masked. */
export async function mapHouseholdList(db: Db, actor: Actor, village: string, query: ListQuery) {
  assertRegionAccess(actor, village, 'read');
  const [run, filter] = await Promise.all([latestDoneRun(db), filterOf(db, village, query)]);
  const [page, masks] = await Promise.all([
    householdListPage(db, village, run?.id ?? null, filter, query),
    identifierMasks(db),
  ]);
  return {
    villageCode: village,
    total: page.total,
    limit: query.limit,
    offset: query.offset,
    items: page.rows.map((row) => ({
      id: row.id,
      decile: row.decile,
      programs: row.programs,
      incomplete: row.incomplete,
      householdNo: row.household_no,
      headName: row.head_name,
      headNik: row.head_nik === null ? null : masks.civil(row.head_nik),
      headKkNumber: row.head_kk_number === null ? null : masks.civil(row.head_kk_number),
      dusun: row.dusun,
      rw: row.rw,
      rt: row.rt,
      address: row.address,
      hasLocation: row.has_location,
    })),
  };
}
