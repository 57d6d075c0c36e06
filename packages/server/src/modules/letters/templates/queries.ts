// SQL of a village's own letter templates (village_letter_type.template over the catalogue's).
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

/** The catalogue's template and the village's own (null when it uses the catalogue's). */
export function templatesOf(db: Db, villageCode: string, code: string) {
  return db
    .selectFrom('letter_type as t')
    .leftJoin('village_letter_type as v', (join) =>
      join.onRef('v.letter_type_code', '=', 't.code').on('v.village_code', '=', villageCode),
    )
    .select(['t.code', 't.name', 't.template as catalogue', 'v.template as own'])
    .where('t.code', '=', code)
    .executeTakeFirst();
}

/** Saves the village's template (null: back to the catalogue's), keeping its other settings. */
export async function saveVillageTemplate(
  db: Db,
  villageCode: string,
  code: string,
  template: string | null,
  userId: string,
) {
  await db
    .insertInto('village_letter_type')
    .values({ village_code: villageCode, letter_type_code: code, template, updated_by: userId })
    .onConflict((oc) =>
      oc
        .columns(['village_code', 'letter_type_code'])
        .doUpdateSet({ template, updated_by: userId, updated_at: sql`now()` }),
    )
    .execute();
}
