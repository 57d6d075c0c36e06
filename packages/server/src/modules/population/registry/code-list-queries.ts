// Copies the domain's code lists into code_list_entry at start-up, so SQL (statistics, exports) can join
// labels while the lists themselves stay defined once, in packages/domain.
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { allCodeLists } from './code-lists.ts';

export async function syncCodeLists(db: Db) {
  const entries = Object.entries(allCodeLists()).flatMap(([list, codes]) =>
    codes.map((entry) => ({ list, code: entry.code, label_id: entry.id, label_en: entry.en })),
  );
  await db.transaction().execute(async (trx) => {
    await sql`DELETE FROM code_list_entry`.execute(trx);
    await trx.insertInto('code_list_entry').values(entries).execute();
  });
}
