// Copies the domain's code lists into code_list_entry at start-up, so SQL (statistics, exports) can join
// labels while the lists themselves stay defined once, in packages/domain.
import { CODE_LISTS, REGSOSEK_HOUSING_VARIABLES, type CodeList } from '@smart-kampung/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** Housing variables by the column names of the household table. */
const housingColumns: Record<string, string> = {
  '301a': 'house_ownership',
  '301b': 'land_title',
  '303': 'floor_material',
  '304': 'wall_material',
  '305': 'roof_material',
  '306a': 'drinking_water_source',
  '306b': 'water_waste_distance',
  '307a': 'lighting_source',
  '307b1': 'electricity_power',
  '307b2': 'electricity_power_2',
  '307b3': 'electricity_power_3',
  '308': 'cooking_fuel',
  '309a': 'toilet_facility',
  '309b': 'toilet_type',
  '310': 'faeces_disposal',
};

export function allCodeLists(): Record<string, CodeList> {
  const lists: Record<string, CodeList> = { ...CODE_LISTS };
  for (const variable of REGSOSEK_HOUSING_VARIABLES) {
    const column = housingColumns[variable.variable];
    if (column && variable.codes) lists[column] = variable.codes;
  }
  return lists;
}

export async function syncCodeLists(db: Db) {
  const entries = Object.entries(allCodeLists()).flatMap(([list, codes]) =>
    codes.map((entry) => ({ list, code: entry.code, label_id: entry.id, label_en: entry.en })),
  );
  await db.transaction().execute(async (trx) => {
    await sql`DELETE FROM code_list_entry`.execute(trx);
    await trx.insertInto('code_list_entry').values(entries).execute();
  });
}
