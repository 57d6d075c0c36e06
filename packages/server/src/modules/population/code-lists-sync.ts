// Copies the domain's code lists into code_list_entry at start-up, so SQL (statistics, exports) can join
// labels while the lists themselves stay defined once, in packages/domain.
import { CODE_LISTS, REGSOSEK_HOUSING_VARIABLES, type CodeList } from '@smart-kampung/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { COLUMN_OF_VARIABLE } from './households/regsosek-variables.ts';

export function allCodeLists(): Record<string, CodeList> {
  const lists: Record<string, CodeList> = { ...CODE_LISTS };
  for (const variable of REGSOSEK_HOUSING_VARIABLES) {
    const column = COLUMN_OF_VARIABLE[variable.variable];
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
