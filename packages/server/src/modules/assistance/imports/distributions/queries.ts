// What the distribution list's import reads: the village's enrolments the file names with their program,
// the programs' cycles, and what is recorded for them already.
import type { Db } from '../../../../db/database.ts';

export function enrolmentsByIds(db: Db, village: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assistance_enrolment as e')
    .innerJoin('assistance_program as p', 'p.id', 'e.program_id')
    .select(['e.id', 'e.status', 'e.program_id', 'p.code', 'p.benefit_kind', 'p.benefit_amount'])
    .where('e.village_code', '=', village)
    .where('e.id', 'in', ids)
    .execute();
}

export function cyclesOf(db: Db, programIds: readonly string[]) {
  if (programIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assistance_cycle')
    .select(['program_id', 'label', 'amount'])
    .where('program_id', 'in', programIds)
    .execute();
}

export function recordedRows(db: Db, village: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assistance_distribution')
    .select(['enrolment_id', 'cycle_label', 'amount', 'received', 'received_on', 'channel', 'note'])
    .where('village_code', '=', village)
    .where('enrolment_id', 'in', ids)
    .execute();
}
