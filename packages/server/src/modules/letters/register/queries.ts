// SQL of the outgoing-letter register (buku agenda surat keluar): a village's letters of one year, voided
// ones included, in the order they were issued.
import type { Db } from '../../../db/database.ts';

export function registerRows(db: Db, villageCode: string, year: number, limit: number) {
  return db
    .selectFrom('letter as l')
    .innerJoin('letter_type as t', 't.code', 'l.letter_type_code')
    .select([
      'l.id',
      'l.number',
      'l.letter_date',
      'l.issued_at',
      't.name as type_name',
      'l.subject',
      'l.signer',
      'l.status',
      'l.void_reason',
    ])
    .where('l.village_code', '=', villageCode)
    .where('l.letter_date', '>=', `${year}-01-01`)
    .where('l.letter_date', '<', `${year + 1}-01-01`)
    .orderBy('l.issued_at')
    .orderBy('l.sequence_no')
    .limit(limit)
    .execute();
}
