// SQL of the Regsosek housing import: what the rows are checked against (the village's family cards, their
// households and those households' housing facts).
import type { Db } from '../../../../../db/database.ts';
import { HOUSING_COLUMNS } from '@smart-kampung/domain';
import type { RegsosekFacts, RegsosekFamily } from './check.ts';

const HEAD = 1;

export async function loadRegsosekFacts(
  db: Db,
  villageCode: string,
  options: { lock?: boolean } = {},
): Promise<RegsosekFacts> {
  let families = db
    .selectFrom('family as f')
    .leftJoin('resident as head', (join) =>
      join
        .onRef('head.village_code', '=', 'f.village_code')
        .onRef('head.family_id', '=', 'f.id')
        .on('head.relationship', '=', HEAD)
        .on('head.status_code', '=', 1),
    )
    .select(['f.id', 'f.kk_number', 'f.household_id', 'f.active', 'head.id as head_id'])
    .where('f.village_code', '=', villageCode);
  let households = db
    .selectFrom('household')
    .select(['id', ...HOUSING_COLUMNS])
    .where('village_code', '=', villageCode);
  // Locked when applying: the cards and households the import writes must not change under it.
  if (options.lock) {
    families = families.forUpdate('f');
    households = households.forUpdate();
  }
  const [familyRows, householdRows] = await Promise.all([families.execute(), households.execute()]);
  const active = new Map<string, RegsosekFamily>();
  const replaced = new Set<string>();
  for (const f of familyRows) {
    if (!f.active) replaced.add(f.kk_number);
    else active.set(f.kk_number, { id: f.id, householdId: f.household_id, headResidentId: f.head_id });
  }
  for (const kk of active.keys()) replaced.delete(kk);
  return {
    families: active,
    replacedKk: replaced,
    households: new Map(householdRows.map(({ id, ...housing }) => [id, housing])),
  };
}
