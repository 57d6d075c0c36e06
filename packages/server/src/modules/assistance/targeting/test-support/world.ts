// A small world of households, families and residents for targeting tests, written straight into the tables
// of migrations 0005 and 0021 (the programs, enrolment and ranking services are other sub-features), and the
// same world read as the domain's facts (factsOf), so a test can hold the SQL and the domain rules side by side.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../../db/database.ts';

export interface WorldPerson {
  key: string;
  birthDate: string;
  sex?: 1 | 2;
  pregnant?: number | null;
  relationship?: number | null;
  disability?: number | null;
  insurance?: number | null;
  /** OpenSID status_dasar; 1 present (default), 2 died, 3 moved out. */
  status?: number;
  /** Regsosek section IV; absent: no row. */
  welfare?: { difficulty?: number[] | null; chronicIllness?: number | null; healthInsurance?: number | null };
  /** The NIK (16 digits); made unique when absent. */
  nik?: string;
}

export interface WorldFamily {
  key: string;
  members: WorldPerson[];
  /** Section V's lost livelihood; 'no row': no family_welfare row at all. */
  lostLivelihood?: boolean | null | 'no row';
  active?: boolean;
}

export interface WorldHousehold {
  key: string;
  village: string;
  families: WorldFamily[];
  /** The recorded head (a member key); absent: none. */
  head?: string;
  /** The household's decile in the ranking run; absent or null: not ranked. */
  decile?: number | null;
}

export interface WorldEnrolment {
  program: string;
  /** The unit: a household, family or resident key. */
  unit: string;
  status?: 'proposed' | 'verified' | 'active' | 'suspended' | 'exited';
}

export interface World {
  households: WorldHousehold[];
  /** Families of no household, each in its village. */
  looseFamilies?: (WorldFamily & { village: string })[];
  enrolments?: WorldEnrolment[];
}

export interface WorldIds {
  /** Database id of every household, family and person key. */
  id: Map<string, string>;
  key: Map<string, string>;
  runId: string | null;
}

let serial = 0;
const digits = (n: number, width: number) => String(n).padStart(width, '0');
/** A NIK of the village's district, unique in the test file (not a valid birth date: tests never read it). */
export const nextNumber = (village: string) => {
  serial += 1;
  return `${village.slice(0, 8).replaceAll('.', '')}${digits(serial, 10)}`;
};

type Kind = 'household' | 'family' | 'resident';
function unitKind(world: World, key: string): { kind: Kind; village: string } {
  for (const h of world.households) {
    if (h.key === key) return { kind: 'household', village: h.village };
    for (const f of h.families) {
      if (f.key === key) return { kind: 'family', village: h.village };
      if (f.members.some((m) => m.key === key)) return { kind: 'resident', village: h.village };
    }
  }
  for (const f of world.looseFamilies ?? []) {
    if (f.key === key) return { kind: 'family', village: f.village };
    if (f.members.some((m) => m.key === key)) return { kind: 'resident', village: f.village };
  }
  throw new Error(`no unit ${key} in the world`);
}

async function programId(db: Db, code: string) {
  const row = await db
    .selectFrom('assistance_program')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw new Error(`no program ${code}`);
  return row.id;
}

/** A finished ranking run with every ranked household's decile (the latest one from now on). */
async function insertRun(db: Db, world: World, ids: Map<string, string>) {
  await db
    .insertInto('welfare_model')
    .values({
      id: 'uji-penargetan@1',
      kind: 'score',
      name: 'Model uji penargetan',
      definition: JSON.stringify({}),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const runId = randomUUID();
  await db
    .insertInto('welfare_ranking_run')
    .values({
      id: runId,
      model_id: 'uji-penargetan@1',
      area_code: '35.10',
      status: 'done',
      finished_at: new Date(),
    })
    .execute();
  const ranked = world.households.filter((h) => typeof h.decile === 'number');
  if (ranked.length > 0)
    await db
      .insertInto('household_decile')
      .values(
        ranked.map((h) => ({
          village_code: h.village,
          run_id: runId,
          household_id: ids.get(h.key)!,
          score: 100 - h.decile! * 5,
          decile: h.decile!,
        })),
      )
      .execute();
  return runId;
}

async function insertFamily(
  db: Db,
  village: string,
  family: WorldFamily,
  householdId: string | null,
  ids: Map<string, string>,
) {
  const familyId = randomUUID();
  ids.set(family.key, familyId);
  await db
    .insertInto('family')
    .values({
      village_code: village,
      id: familyId,
      kk_number: nextNumber(village),
      household_id: householdId,
      active: family.active ?? true,
    })
    .execute();
  for (const person of family.members) {
    const id = randomUUID();
    ids.set(person.key, id);
    await db
      .insertInto('resident')
      .values({
        village_code: village,
        id,
        nik: person.nik ?? nextNumber(village),
        full_name: `WARGA ${person.key.toUpperCase()}`,
        birth_date: person.birthDate,
        sex: person.sex ?? 1,
        pregnant: person.pregnant ?? null,
        relationship: person.relationship === undefined ? 1 : person.relationship,
        disability: person.disability === undefined ? 7 : person.disability,
        insurance: person.insurance === undefined ? 2 : person.insurance,
        status_code: person.status ?? 1,
        family_id: familyId,
      })
      .execute();
    if (person.welfare)
      await db
        .insertInto('resident_welfare')
        .values({
          village_code: village,
          resident_id: id,
          difficulty: person.welfare.difficulty ?? null,
          chronic_illness: person.welfare.chronicIllness ?? null,
          health_insurance: person.welfare.healthInsurance ?? null,
          source: 'desk',
        })
        .execute();
  }
  if (family.lostLivelihood !== 'no row')
    await db
      .insertInto('family_welfare')
      .values({
        village_code: village,
        family_id: familyId,
        lost_livelihood: family.lostLivelihood ?? null,
        source: 'desk',
      })
      .execute();
}

/** Writes the world, a finished ranking run with its deciles, and its enrolments. */
export async function insertWorld(db: Db, world: World): Promise<WorldIds> {
  const id = new Map<string, string>();
  for (const household of world.households) {
    const householdId = randomUUID();
    id.set(household.key, householdId);
    await db
      .insertInto('household')
      .values({ village_code: household.village, id: householdId, household_no: household.key })
      .execute();
    for (const family of household.families)
      await insertFamily(db, household.village, family, householdId, id);
    if (household.head)
      await db
        .updateTable('household')
        .set({ head_resident_id: id.get(household.head)! })
        .where('village_code', '=', household.village)
        .where('id', '=', householdId)
        .execute();
  }
  for (const family of world.looseFamilies ?? []) await insertFamily(db, family.village, family, null, id);
  const runId = await insertRun(db, world, id);
  for (const enrolment of world.enrolments ?? []) {
    const { kind, village } = unitKind(world, enrolment.unit);
    const status = enrolment.status ?? 'active';
    await db
      .insertInto('assistance_enrolment')
      .values({
        village_code: village,
        id: randomUUID(),
        program_id: await programId(db, enrolment.program),
        unit_type: kind,
        household_id: kind === 'household' ? id.get(enrolment.unit)! : null,
        family_id: kind === 'family' ? id.get(enrolment.unit)! : null,
        resident_id: kind === 'resident' ? id.get(enrolment.unit)! : null,
        status,
        exit_reason: status === 'exited' ? 'graduated_natural' : null,
        source: 'agency_decision',
      })
      .execute();
  }
  const key = new Map([...id].map(([k, v]) => [v, k]));
  return { id, key, runId };
}
