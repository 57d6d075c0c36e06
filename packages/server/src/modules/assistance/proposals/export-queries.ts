// SQL of the export to the ministry: the items of an area in a status, a page at a time, with the region names,
// the deliberation and the visit that back them.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { inArea } from '../../../platform/area/in-area.ts';
import { proposalRows } from './queries.ts';

export function exportKeys(db: Db, filter: { area: string; status: string; programId?: string | undefined }) {
  let query = db
    .selectFrom('assistance_proposal')
    .select(['id', 'village_code'])
    .where(inArea('village_code', filter.area))
    .where('status', '=', filter.status);
  if (filter.programId) query = query.where('program_id', '=', filter.programId);
  return query.orderBy('village_code').orderBy('submitted_at').orderBy('id').limit(200_001).execute();
}

export function exportPage(db: Db, keys: readonly { id: string; village_code: string }[]) {
  return proposalRows(db)
    .innerJoin('region as village', 'village.code', 'pr.village_code')
    .leftJoin('region as district', 'district.code', 'village.parent_code')
    .leftJoin('region as regency', 'regency.code', 'district.parent_code')
    .leftJoin('region as province', 'province.code', 'regency.parent_code')
    .leftJoin('assistance_deliberation as d', (j) =>
      j.onRef('d.village_code', '=', 'pr.village_code').onRef('d.id', '=', 'pr.deliberation_id'),
    )
    .leftJoin('assistance_proposal_visit as v', (j) =>
      j.onRef('v.village_code', '=', 'pr.village_code').onRef('v.proposal_id', '=', 'pr.id'),
    )
    .select([
      'village.name as village_name',
      'district.name as district_name',
      'regency.name as regency_name',
      'province.name as province_name',
      'd.held_on as deliberation_on',
      'v.visited_on',
      'v.findings as visit_findings',
    ])
    .where(
      sql<boolean>`(pr.village_code, pr.id) in (select * from unnest(${keys.map((k) => k.village_code)}::text[], ${keys.map((k) => k.id)}::uuid[]))`,
    )
    .execute();
}
export type ExportRow = Awaited<ReturnType<typeof exportPage>>[number];
