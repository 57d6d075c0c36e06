// SQL of the letter catalogue: loading the system letter types at start-up, and a village's view of them
// (the catalogue's row with the village's own settings over it).
import type { SystemLetterType } from '@smart-kampung/domain/letters/catalogue';
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

/** Inserts or refreshes every system letter type; rows are never deleted (issued letters reference them). */
export async function upsertSystemLetterTypes(db: Db, types: readonly SystemLetterType[]) {
  if (types.length === 0) return;
  await db
    .insertInto('letter_type')
    .values(
      types.map((type) => ({
        code: type.code,
        name: type.name,
        number_code: type.numberCode,
        klasifikasi: type.klasifikasi,
        authority: type.authority,
        template: JSON.stringify(type.template),
        citizen_may_request: type.citizenMayRequest,
        service_days: type.serviceDays,
        system: true,
      })),
    )
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({
        name: sql.ref('excluded.name'),
        number_code: sql.ref('excluded.number_code'),
        klasifikasi: sql.ref('excluded.klasifikasi'),
        authority: sql.ref('excluded.authority'),
        template: sql.ref('excluded.template'),
        citizen_may_request: sql.ref('excluded.citizen_may_request'),
        service_days: sql.ref('excluded.service_days'),
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

const villageTypeColumns = [
  't.code',
  't.name',
  't.number_code',
  't.authority',
  't.citizen_may_request',
  sql<unknown>`coalesce(v.template, t.template)`.as('template'),
  sql<string>`coalesce(v.klasifikasi, t.klasifikasi)`.as('klasifikasi'),
  sql<number>`coalesce(v.service_days, t.service_days)`.as('service_days'),
  sql<boolean>`coalesce(v.enabled, true)`.as('enabled'),
  'v.number_format',
  sql<string>`coalesce(v.sequence_scope, 'village')`.as('sequence_scope'),
  sql<string>`coalesce(v.signing_position, 'kepala_desa')`.as('signing_position'),
] as const;

function villageTypes(db: Db, villageCode: string) {
  return db
    .selectFrom('letter_type as t')
    .leftJoin('village_letter_type as v', (join) =>
      join.onRef('v.letter_type_code', '=', 't.code').on('v.village_code', '=', villageCode),
    )
    .select(villageTypeColumns);
}

/** Every letter type as the village sees it, by name. */
export function listVillageLetterTypes(db: Db, villageCode: string) {
  return villageTypes(db, villageCode).orderBy('t.name').execute();
}

/** One letter type as the village sees it. */
export function findVillageLetterType(db: Db, villageCode: string, code: string) {
  return villageTypes(db, villageCode).where('t.code', '=', code).executeTakeFirst();
}

export type VillageLetterType = NonNullable<Awaited<ReturnType<typeof findVillageLetterType>>>;
