// All SQL of distributions: a cycle's list for a village (the units receiving, with what each got) and the
// upsert that changes a row only when a value differs (so recording the same thing twice changes nothing).
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

export function findCycle(db: Db, programId: string, label: string) {
  return db
    .selectFrom('assistance_cycle as c')
    .innerJoin('assistance_program as p', 'p.id', 'c.program_id')
    .select([
      'c.label',
      'c.starts_on',
      'c.ends_on',
      'c.amount',
      'p.code',
      'p.benefit_amount',
      'p.benefit_kind',
      'p.level',
      'p.owner_area_code',
    ])
    .where('c.program_id', '=', programId)
    .where('c.label', '=', label)
    .executeTakeFirst();
}

/**
 * The village's units of the program for a cycle: everyone receiving (active or suspended) and anyone with a
 * row recorded for it (an exit after the cycle), each with the unit's name, identifier and address.
 */
export function cycleRows(db: Db, village: string, programId: string, label: string) {
  return db
    .selectFrom('assistance_enrolment as e')
    .leftJoin('assistance_distribution as d', (j) =>
      j
        .onRef('d.village_code', '=', 'e.village_code')
        .onRef('d.enrolment_id', '=', 'e.id')
        .on('d.cycle_label', '=', label),
    )
    .leftJoin('resident as r', (j) =>
      j.onRef('r.village_code', '=', 'e.village_code').onRef('r.id', '=', 'e.resident_id'),
    )
    .leftJoin('family as f', (j) =>
      j
        .onRef('f.village_code', '=', 'e.village_code')
        .on(sql<boolean>`f.id = coalesce(e.family_id, r.family_id)`),
    )
    .leftJoin('resident as fh', (j) =>
      j
        .onRef('fh.village_code', '=', 'f.village_code')
        .onRef('fh.family_id', '=', 'f.id')
        .on('fh.relationship', '=', 1)
        .on('e.unit_type', '=', 'family'),
    )
    .leftJoin('household as h', (j) =>
      j
        .onRef('h.village_code', '=', 'e.village_code')
        .on(sql<boolean>`h.id = coalesce(e.household_id, f.household_id)`),
    )
    .leftJoin('resident as hh', (j) =>
      j
        .onRef('hh.village_code', '=', 'h.village_code')
        .onRef('hh.id', '=', 'h.head_resident_id')
        .on('e.unit_type', '=', 'household'),
    )
    .select([
      'e.id as enrolment_id',
      'e.unit_type',
      'e.status',
      'e.card_number',
      sql<string | null>`coalesce(r.full_name, fh.full_name, hh.full_name)`.as('name'),
      sql<string | null>`case e.unit_type when 'resident' then r.nik when 'family' then f.kk_number
        when 'household' then hh.nik end`.as('civil_number'),
      sql<string | null>`coalesce(f.dusun, h.dusun)`.as('dusun'),
      sql<string | null>`coalesce(f.rw, h.rw)`.as('rw'),
      sql<string | null>`coalesce(f.rt, h.rt)`.as('rt'),
      'd.received',
      'd.received_on',
      'd.amount',
      'd.channel',
      'd.note',
      sql<boolean>`d.enrolment_id is not null`.as('recorded'),
    ])
    .where('e.village_code', '=', village)
    .where('e.program_id', '=', programId)
    .where((eb) =>
      eb.or([eb('e.status', 'in', ['active', 'suspended']), eb('d.enrolment_id', 'is not', null)]),
    )
    .orderBy(sql`coalesce(f.dusun, h.dusun)`)
    .orderBy(sql`coalesce(r.full_name, fh.full_name, hh.full_name)`)
    .orderBy('e.id')
    .execute();
}

/** The enrolments among `ids` of this program in the village, locked, with their status. */
export function lockEnrolmentsOfProgram(db: Db, village: string, programId: string, ids: readonly string[]) {
  return db
    .selectFrom('assistance_enrolment')
    .select(['id', 'status', 'start_date'])
    .where('village_code', '=', village)
    .where('program_id', '=', programId)
    .where('id', 'in', ids)
    .forUpdate()
    .execute();
}

export interface DistributionRow {
  enrolment_id: string;
  amount: number | null;
  received: boolean | null;
  received_on: string | null;
  channel: string | null;
  note: string | null;
}

/** Inserts or changes the rows; a row whose values are all the same is left alone. Returns how many wrote. */
export async function upsertDistributions(
  db: Db,
  village: string,
  programId: string,
  cycle: string,
  rows: readonly DistributionRow[],
  actorId: string | null,
) {
  if (rows.length === 0) return 0;
  const written = await db
    .insertInto('assistance_distribution')
    .values(
      rows.map((row) => ({
        ...row,
        village_code: village,
        program_id: programId,
        cycle_label: cycle,
        recorded_by: actorId,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['village_code', 'enrolment_id', 'cycle_label'])
        .doUpdateSet((eb) => ({
          amount: eb.ref('excluded.amount'),
          received: eb.ref('excluded.received'),
          received_on: eb.ref('excluded.received_on'),
          channel: eb.ref('excluded.channel'),
          note: eb.ref('excluded.note'),
          recorded_by: eb.ref('excluded.recorded_by'),
          recorded_at: new Date(),
        }))
        .where(
          sql<boolean>`(assistance_distribution.amount, assistance_distribution.received, assistance_distribution.received_on,
            assistance_distribution.channel, assistance_distribution.note)
            is distinct from (excluded.amount, excluded.received, excluded.received_on, excluded.channel, excluded.note)`,
        ),
    )
    .returning('enrolment_id')
    .execute();
  return written.length;
}

export async function programOfEnrolment(db: Db, village: string, id: string) {
  const row = await db
    .selectFrom('assistance_enrolment')
    .select('program_id')
    .where('village_code', '=', village)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.program_id;
}
