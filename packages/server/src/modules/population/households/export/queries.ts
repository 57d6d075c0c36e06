// SQL of the household export: the keys of the households the list's filters match, in the list's order,
// then a page of them at a time with village, head (name and NIK), families, members and housing facts.
import type { Db } from '../../../../db/database.ts';
import {
  familyCount,
  filteredHouseholds,
  householdKeyIn,
  inListOrder,
  memberCount,
  type HouseholdFilter,
} from '../list/queries.ts';

/** Keys of the matching households in the list's order, at most `limit`. */
export function findExportKeys(db: Db, region: string, filter: HouseholdFilter, limit: number) {
  return inListOrder(filteredHouseholds(db, region, filter))
    .limit(limit)
    .execute();
}

export type HouseholdKey = Awaited<ReturnType<typeof findExportKeys>>[number];

/** The households of `keys` with everything a row of the file shows; in no particular order. */
export async function findExportRows(db: Db, keys: readonly HouseholdKey[]) {
  if (keys.length === 0) return [];
  return (
    db
      .selectFrom('household as h')
      .innerJoin('region as v', 'v.code', 'h.village_code')
      // As on the list: a recorded head who is no longer present is no head.
      .leftJoin('resident as head', (join) =>
        join
          .onRef('head.village_code', '=', 'h.village_code')
          .onRef('head.id', '=', 'h.head_resident_id')
          .on('head.status_code', '=', 1),
      )
      .selectAll('h')
      .select([
        'v.name as village_name',
        'head.full_name as head_name',
        'head.nik as head_nik',
        familyCount.as('family_count'),
        memberCount.as('member_count'),
      ])
      .where(householdKeyIn(keys))
      .execute()
  );
}

export type HouseholdExportRow = Awaited<ReturnType<typeof findExportRows>>[number];
