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

/** The officials with the staff account each is linked to (the account that signs or verifies as them). */
export async function listOfficialsWithAccounts(db: Db, villageCode: string) {
  const officials = await listOfficials(db, villageCode);
  const links = await db
    .selectFrom('village_official as o')
    .innerJoin('app_user as u', 'u.id', 'o.user_id')
    .select(['o.id as officialId', 'u.id', 'u.display_name', 'u.username'])
    .where('o.village_code', '=', villageCode)
    .execute();
  const accountOf = new Map(
    links.map((link) => [
      link.officialId,
      { id: link.id, displayName: link.display_name, username: link.username },
    ]),
  );
  return officials.map((official) => ({ ...official, account: accountOf.get(official.id) ?? null }));
}

/** The village's own desk accounts, active: the accounts an official may be linked to. */
export function villageStaffAccounts(db: Db, villageCode: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'username', 'role'])
    .where('area_code', '=', villageCode)
    .where('role', 'in', ['village_head', 'village_operator'])
    .where('active', '=', true)
    .orderBy('role')
    .orderBy('display_name')
    .execute();
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
