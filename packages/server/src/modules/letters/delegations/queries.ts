// SQL of the delegations of signing authority (reference table: set once for the regency).
import type { OfficialPosition } from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import type { DelegationInput } from './schemas.ts';

/** Delegations that reach `area` (set for it or a region above it) or lie within it. */
export async function delegationsAround(db: Db, area: string) {
  const segments = area.split('.');
  const above = segments.map((_, index) => segments.slice(0, index + 1).join('.'));
  const rows = await db
    .selectFrom('letter_delegation')
    .selectAll()
    .where((eb) => eb.or([eb('area_code', 'in', above), eb('area_code', 'like', `${area}.%`)]))
    .orderBy('valid_from', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    areaCode: row.area_code,
    authority: row.authority as 'bupati' | 'camat',
    mode: row.mode as 'delegasi' | 'mandat',
    letterTypeCodes: row.letter_type_codes,
    regulationNumber: row.regulation_number,
    regulationDate: row.regulation_date,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    signingPosition: row.signing_position as OfficialPosition,
  }));
}

/** The letter types among `codes` whose authority is `authority` (the others cannot be delegated by it). */
export async function typesOfAuthority(db: Db, codes: readonly string[], authority: string) {
  const rows = await db
    .selectFrom('letter_type')
    .select('code')
    .where('code', 'in', codes)
    .where('authority', '=', authority)
    .execute();
  return new Set(rows.map((row) => row.code));
}

export async function insertDelegation(db: Db, id: string, input: DelegationInput, userId: string) {
  await db
    .insertInto('letter_delegation')
    .values({
      id,
      area_code: input.areaCode,
      authority: input.authority,
      mode: input.mode,
      letter_type_codes: [...new Set(input.letterTypeCodes)],
      regulation_number: input.regulationNumber,
      regulation_date: input.regulationDate,
      valid_from: input.validFrom,
      valid_to: input.validTo,
      signing_position: input.signingPosition,
      created_by: userId,
    })
    .execute();
}

/** The delegation about to end, locked so two ends do not both pass the date check. */
export function lockDelegation(db: Db, id: string) {
  return db
    .selectFrom('letter_delegation')
    .select(['id', 'area_code', 'valid_from', 'valid_to'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function endDelegation(db: Db, id: string, validTo: string) {
  await db.updateTable('letter_delegation').set({ valid_to: validTo }).where('id', '=', id).execute();
}
