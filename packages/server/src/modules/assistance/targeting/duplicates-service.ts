// Duplicates and stale records among the open enrolments of an area, for whoever reads the area.
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { listArea } from '../../../platform/area/in-area.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { duplicateCounts, duplicatePage, type DuplicateRow } from './duplicates-queries.ts';
import type { DuplicatesQuery } from './duplicates-schemas.ts';

type Detail = 'two_families' | 'reached_twice' | 'exclusive' | 'died' | 'moved' | 'no_members';

export async function duplicateRecords(db: Db, actor: Actor, query: DuplicatesQuery) {
  const area = listArea(actor, query.region);
  const [counts, rows, masks] = await Promise.all([
    duplicateCounts(db, area, query.program),
    duplicatePage(db, area, query.kind, query.program, query),
    identifierMasks(db),
  ]);
  const item = (row: DuplicateRow) => ({
    kind: row.kind,
    villageCode: row.village_code,
    villageName: row.village_name,
    programs: row.program_codes.map((code, i) => ({ code, name: row.program_names[i] ?? code })),
    householdId: row.household_id,
    familyId: row.family_id,
    residentId: row.resident_id,
    detail: row.detail as Detail,
    enrolments: row.enrolments,
    name: row.name,
    householdNo: row.household_no,
    identifierMasked: row.identifier === null ? null : masks.civil(row.identifier),
  });
  return {
    counts,
    items: rows.map(item),
    total: counts[query.kind],
    limit: query.limit,
    offset: query.offset,
  };
}
