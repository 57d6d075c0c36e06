// A list page as the API answers it: each unit with its reasons (the threshold's and each condition's answer),
// what its verdict waits for, and its KK number or NIK masked with the installation's mask.
import type { Db } from '../../../db/database.ts';
import { identifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { listPage, listTotal, type ListRow, type TargetingList } from './queries.ts';
import type { UnitsQuery } from './units.ts';

export function listItems(rows: ListRow[], query: UnitsQuery, mask: (value: string) => string) {
  const { eligibility, unit } = query;
  const readsDecile =
    eligibility.maxDecile !== null || eligibility.conditions.some((c) => c.id === 'decile_at_most');
  return rows.map((row) => {
    const conditions = eligibility.conditions.map((c, i) => ({ id: c.id, holds: row[`c${i}`] ?? null }));
    const missing = [
      ...(readsDecile && row.decile === null ? ['decile'] : []),
      ...conditions.filter((c) => c.holds === null).map((c) => c.id),
    ];
    return {
      unitType: unit,
      unitId: row.unit_id,
      villageCode: row.village_code,
      villageName: row.village_name,
      householdId: row.household_id,
      label: row.label,
      identifierMasked: row.identifier === null ? null : mask(row.identifier),
      name: row.name,
      address: row.address,
      dusun: row.dusun,
      rt: row.rt,
      rw: row.rw,
      decile: row.decile,
      decileHolds:
        eligibility.maxDecile === null || row.decile === null ? null : row.decile <= eligibility.maxDecile,
      eligible: row.eligible,
      enrolled: row.enrolled,
      enrolmentStatus: row.enrolment_status,
      conditions,
      missing: [...new Set(missing)],
    };
  });
}

export async function pageOf(
  db: Db,
  query: UnitsQuery,
  list: TargetingList,
  paging: { limit: number; offset: number },
) {
  const [rows, masks] = await Promise.all([listPage(db, query, list, paging), identifierMasks(db)]);
  const total = rows[0]?.total ?? (paging.offset > 0 ? await listTotal(db, query, list) : 0);
  return { items: listItems(rows, query, masks.civil), total, limit: paging.limit, offset: paging.offset };
}
