// A partial NIK (its first 6 to 12 digits: district of issue, then the birth date) finds every NIK that starts
// with it, within the area the user may read (the list's own area filter). NIKs are 16 digits, so the prefix
// is a range on the (village_code, nik) index: from the prefix padded with 0s to the prefix padded with 9s.
import { sql, type SqlBool } from 'kysely';

export const isNikPrefix = (q: string | undefined): q is string => q !== undefined && /^\d{6,12}$/.test(q);

export function nikStartsWith(column: string, prefix: string) {
  const first = prefix.padEnd(16, '0');
  const last = prefix.padEnd(16, '9');
  return sql<SqlBool>`${sql.ref(column)} BETWEEN ${first} AND ${last}`;
}
