// Test helpers of the program-file importers: a village with two registered families (through the app's
// own move-in route), one of them under a roof (through the RTM importer), and reads of what an import wrote.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { importAndCommit } from '../../../../../test/imports.ts';
import type { TestApp, TestUser } from '../../../../../test/test-app.ts';
import { registerFamily } from '../../../population/test-support/families.ts';

export interface Registry {
  /** NIKs of each family: [head, wife, child]. */
  one: string[];
  two: string[];
  kkOne: string;
  kkTwo: string;
  /** Family one lives in household HOUSEHOLD_ONE. */
  householdOne: string;
}

export const HOUSEHOLD_ONE = 'RT-07';

export async function seedRegistry(t: TestApp, operator: TestUser, village: string): Promise<Registry> {
  const a = await registerFamily(operator, village);
  const b = await registerFamily(operator, village);
  const residents = await t.database.db
    .selectFrom('resident')
    .innerJoin('family', (join) =>
      join
        .onRef('family.village_code', '=', 'resident.village_code')
        .onRef('family.id', '=', 'resident.family_id'),
    )
    .select(['resident.id', 'resident.nik', 'family.kk_number', 'family.id as family_id'])
    .where('resident.village_code', '=', village)
    .where('family.id', 'in', [a.familyId, b.familyId])
    .execute();
  const niksOf = (ids: string[]) => ids.map((id) => residents.find((r) => r.id === id)!.nik);
  const one = niksOf(a.residentIds);
  const two = niksOf(b.residentIds);
  const rtm = ['NIK,NOMOR RUMAH TANGGA,STATUS HUBUNGAN DALAM RUMAH TANGGA', `${one[0]},${HOUSEHOLD_ONE},1`];
  await importAndCommit(operator, village, 'households', 'rtm.csv', rtm.join('\n'));
  const household = await t.database.db
    .selectFrom('household')
    .select('id')
    .where('village_code', '=', village)
    .where('household_no', '=', HOUSEHOLD_ONE)
    .executeTakeFirstOrThrow();
  return {
    one,
    two,
    kkOne: residents.find((r) => r.family_id === a.familyId)!.kk_number,
    kkTwo: residents.find((r) => r.family_id === b.familyId)!.kk_number,
    householdOne: household.id,
  };
}

/**
 * Two empty households sharing a number: the registry forbids it now, but villages bring such numbers from
 * older systems, so a file naming that number must be reported as ambiguous.
 */
export async function householdsSharingNumber(t: TestApp, village: string, number: string) {
  for (let i = 0; i < 2; i++)
    await sql`INSERT INTO household (village_code, id, household_no) VALUES (${village}, ${randomUUID()}, ${number})`.execute(
      t.database.db,
    );
}

/** A village program of that name (as assist-core's routes would make it). */
export async function villageProgram(
  t: TestApp,
  village: string,
  code: string,
  name: string,
  targetUnit: 'resident' | 'family' | 'household' = 'resident',
) {
  const id = randomUUID();
  await t.database.db
    .insertInto('assistance_program')
    .values({
      id,
      code,
      name,
      level: 'village',
      owner_area_code: village,
      fund_source: 'dana_desa',
      target_unit: targetUnit,
      benefit_kind: 'in_kind',
      cycle: 'yearly',
    })
    .execute();
  return id;
}

export const programId = async (t: TestApp, code: string) =>
  (
    await t.database.db
      .selectFrom('assistance_program')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;

export function enrolmentsOf(t: TestApp, village: string) {
  return t.database.db
    .selectFrom('assistance_enrolment as e')
    .innerJoin('assistance_program as p', 'p.id', 'e.program_id')
    .select([
      'e.id',
      'p.code',
      'e.unit_type',
      'e.resident_id',
      'e.family_id',
      'e.household_id',
      'e.status',
      'e.card_number',
      sql<string | null>`to_char(e.start_date, 'YYYY-MM-DD')`.as('start_date'),
      'e.source',
      'e.source_reference',
    ])
    .where('e.village_code', '=', village)
    .orderBy('e.card_number')
    .execute();
}

export function changesOf(t: TestApp, village: string, enrolmentId: string) {
  return t.database.db
    .selectFrom('assistance_enrolment_change')
    .select(['seq', 'from_status', 'to_status', 'source'])
    .where('village_code', '=', village)
    .where('enrolment_id', '=', enrolmentId)
    .orderBy('seq')
    .execute();
}

export async function auditEntries(t: TestApp, action: string) {
  return t.database.db
    .selectFrom('audit_log')
    .select(['entity_id', 'details', 'region_code'])
    .where('action', '=', action)
    .orderBy('seq')
    .execute();
}
