// SQL of the village officials (perangkat desa).
import type { Official, OfficialPosition } from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import type { OfficialInput } from './schemas.ts';

const columns = [
  'id',
  'position',
  'position_title',
  'full_name',
  'nip',
  'niap',
  'term_start',
  'term_end',
  'acting',
  'active',
] as const;

/** Dates as YYYY-MM-DD whatever the driver returns (PGlite and node-postgres differ). */
export const isoDay = (value: Date | string | null) =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

export async function listOfficials(db: Db, villageCode: string): Promise<Official[]> {
  const rows = await db
    .selectFrom('village_official')
    .select(columns)
    .where('village_code', '=', villageCode)
    .orderBy('active', 'desc')
    .orderBy('position')
    .orderBy('term_start', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    position: row.position as OfficialPosition,
    positionTitle: row.position_title,
    fullName: row.full_name,
    nip: row.nip,
    niap: row.niap,
    termStart: isoDay(row.term_start)!,
    termEnd: isoDay(row.term_end),
    acting: row.acting as Official['acting'],
    active: row.active,
  }));
}

const officialValues = (input: OfficialInput) => ({
  position: input.position,
  position_title: input.positionTitle,
  full_name: input.fullName,
  nip: input.nip,
  niap: input.niap,
  term_start: input.termStart,
  term_end: input.termEnd,
  acting: input.acting,
});

/** The official's term, locked: an edit or an end of term reads and writes it in one transaction. */
export function lockOfficial(db: Db, villageCode: string, id: string) {
  return db
    .selectFrom('village_official')
    .select(['id', 'term_start', 'term_end'])
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateOfficial(db: Db, villageCode: string, id: string, input: OfficialInput) {
  await db
    .updateTable('village_official')
    .set({ ...officialValues(input), updated_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .execute();
}

/** Ends the term on `termEnd` (the last day the official signs); the row stays, as issued letters cite it. */
export async function endOfficialTerm(db: Db, villageCode: string, id: string, termEnd: string) {
  await db
    .updateTable('village_official')
    .set({ term_end: termEnd, updated_at: new Date() })
    .where('village_code', '=', villageCode)
    .where('id', '=', id)
    .execute();
}

export async function insertOfficial(db: Db, villageCode: string, id: string, input: OfficialInput) {
  await db
    .insertInto('village_official')
    .values({ village_code: villageCode, id, ...officialValues(input) })
    .execute();
}
