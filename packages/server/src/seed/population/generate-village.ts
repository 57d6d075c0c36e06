// Generates one village's rows: households placed in their RT inside the village polygon, families with KK
// numbers of the village's district, residents with NIKs that encode birth date, sex and district (about 3%
// are migrants holding a NIK from another district of Indonesia). A few residents carry deliberate data
// problems (verification_flags) and about 1% have died or moved out, so those screens have something to show.
import type { Insertable } from 'kysely';
import type { Family, Household, Resident } from '../../db/schema.ts';
import { addDays, dateBetween } from './dates.ts';
import { buildHousehold, type FamilyDraft, type PersonDraft } from './family-builder.ts';
import { pointNear, randomPointIn, type Point } from './geo.ts';
import { housing, wealthTier } from './housing.ts';
import { personName } from './names.ts';
import * as attributes from './person-attributes.ts';
import { Rng, weightedTable } from './prng.ts';
import type { SerialCounters } from './serials.ts';
import type { VillagePlan } from './village-plan.ts';

type Row<T> = Omit<Insertable<T>, 'created_at' | 'updated_at'>;
export type HouseholdRow = Row<Household>;
export type FamilyRow = Row<Family>;
export type ResidentRow = Row<Resident>;

export interface VillageBatch {
  villageCode: string;
  households: HouseholdRow[];
  families: FamilyRow[];
  residents: ResidentRow[];
}

/** Where migrants' NIKs were issued: neighbouring regencies, the big cities of East Java, Bali and Lombok. */
const MIGRANT_ORIGINS = weightedTable([
  [['35.09.19', 'JEMBER'], 14], [['35.09.21', 'JEMBER'], 10], [['35.09.12', 'JEMBER'], 8],
  [['35.11.01', 'BONDOWOSO'], 8], [['35.12.02', 'SITUBONDO'], 10], [['35.13.02', 'PROBOLINGGO'], 8],
  [['35.78.03', 'SURABAYA'], 10], [['35.73.02', 'MALANG'], 8], [['51.01.01', 'JEMBRANA'], 10],
  [['51.71.01', 'DENPASAR'], 6], [['52.01.01', 'LOMBOK BARAT'], 8],
] as const); // prettier-ignore

export interface GenerateOptions {
  seed: string;
  /** The demo citizen's birth date; when set, the first family's wife is born on it (and gets serial 1). */
  demoCitizenBirthDate?: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function flagProblem(rng: Rng, row: ResidentRow) {
  if (rng.chance(0.7)) {
    // The recorded birth date was corrected (or mistyped) after the NIK was issued: same month, other day.
    const day = Number(row.birth_date.slice(8, 10));
    const shifted = ((day - 1 + rng.int(1, 27)) % 28) + 1;
    row.birth_date = `${row.birth_date.slice(0, 8)}${pad(shifted, 2)}`;
    row.verification_flags = ['NIK_BIRTHDATE_MISMATCH'];
  } else {
    row.sex = row.sex === 1 ? 2 : 1;
    row.verification_flags = ['NIK_SEX_MISMATCH'];
  }
}

function lifeStatus(rng: Rng, person: PersonDraft) {
  if (person.relationship === 1 || person.demoCitizen) return null;
  const died = person.age >= 65 ? 0.1 : 0.002;
  const moved = person.age >= 18 && person.age <= 40 ? 0.02 : 0.002;
  const r = rng.next();
  if (r < died) return 2;
  if (r < died + moved) return 3;
  return null;
}

export function generateVillage(
  plan: VillagePlan,
  serials: SerialCounters,
  options: GenerateOptions,
): VillageBatch {
  const rng = new Rng(`${options.seed}:people:${plan.code}`);
  const geoRng = new Rng(`${options.seed}:geo:${plan.code}`);
  serials.enterDistrict(plan.districtCode);
  const dusunCentres = plan.dusunNames.map(() => randomPointIn(geoRng, plan.shape));
  const rtCentres = new Map<string, Point>();
  const batch: VillageBatch = { villageCode: plan.code, households: [], families: [], residents: [] };
  const niks = new Map<PersonDraft, string>();

  for (let h = 0; batch.residents.length < plan.targetResidents; h++) {
    const slot =
      plan.rtSlots[
        Math.min(plan.rtSlots.length - 1, Math.floor((h * plan.rtSlots.length) / plan.expectedHouseholds))
      ]!;
    const rtKey = `${slot.rw}/${slot.rt}`;
    if (!rtCentres.has(rtKey))
      rtCentres.set(rtKey, pointNear(geoRng, plan.shape, dusunCentres[slot.dusunIndex]!, 350));
    const home = pointNear(geoRng, plan.shape, rtCentres.get(rtKey)!, 60);
    const tier = wealthTier(rng);
    const address = `${slot.dusun} RT ${slot.rt}/RW ${slot.rw}`;
    const householdId = rng.uuid();
    const household: HouseholdRow = {
      village_code: plan.code,
      id: householdId,
      household_no: pad(h + 1, 5),
      dusun: slot.dusun,
      rw: slot.rw,
      rt: slot.rt,
      address,
      latitude: home.lat,
      longitude: home.lng,
      ...housing(rng, tier),
      head_resident_id: null,
    };
    batch.households.push(household);
    const demo =
      h === 0 && options.demoCitizenBirthDate ? { demoWifeBirthDate: options.demoCitizenBirthDate } : {};
    for (const family of buildHousehold(rng, plan.ethnicity, demo)) {
      const familyId = rng.uuid();
      batch.families.push({
        village_code: plan.code,
        id: familyId,
        kk_number: serials.kkNumber(kkIssueDate(rng, family)),
        household_id: householdId,
        dusun: slot.dusun,
        rw: slot.rw,
        rt: slot.rt,
        address,
        active: true,
      });
      const insurance = attributes.insurance(rng, tier);
      for (const person of family.members) {
        const resident = residentRow(rng, serials, niks, { plan, person, familyId, insurance });
        batch.residents.push(resident);
        // The household's head is the head of its first family (the family the house belongs to).
        if (household.head_resident_id === null && resident.relationship === 1)
          household.head_resident_id = resident.id;
      }
    }
  }
  return batch;
}

/** A KK is reissued whenever its members change, so it is dated after its youngest member's birth. */
function kkIssueDate(rng: Rng, family: FamilyDraft) {
  const youngest = family.members.reduce(
    (latest, m) => (m.birthDate > latest ? m.birthDate : latest),
    '2008-01-01',
  );
  return dateBetween(addDays(youngest, rng.int(14, 200)), rng.next());
}

interface ResidentInput {
  plan: VillagePlan;
  person: PersonDraft;
  familyId: string;
  insurance: number;
}

function residentRow(
  rng: Rng,
  serials: SerialCounters,
  niks: Map<PersonDraft, string>,
  input: ResidentInput,
): ResidentRow {
  const { plan, person } = input;
  const birthYear = Number(person.birthDate.slice(0, 4));
  const adult = person.relationship !== 4 && person.relationship !== 6;
  const origin = !person.demoCitizen && rng.chance(adult ? 0.048 : 0.005) ? rng.draw(MIGRANT_ORIGINS) : null;
  const nik = serials.nik(origin?.[0] ?? plan.districtCode, person.birthDate, person.sex);
  niks.set(person, nik);
  person.name = personName(rng, {
    sex: person.sex,
    birthYear,
    ethnicity: person.ethnicity,
    religion: person.religion,
  });
  const parentName = (parent: PersonDraft | undefined, sex: 'male' | 'female') =>
    parent?.name ??
    personName(rng, {
      sex,
      birthYear: birthYear - 28,
      ethnicity: person.ethnicity,
      religion: person.religion,
    });
  const education = attributes.educationKk(rng, person.age, birthYear);
  const schooling = attributes.educationCurrent(rng, person.age, education);
  const studying = schooling !== 1 && schooling !== 18;
  const married = person.maritalStatus === 2;
  const planning = attributes.familyPlanning(rng, person.age, person.sex, married);
  const card = attributes.idCard(rng, person.age);
  const status = lifeStatus(rng, person);
  const row: ResidentRow = {
    village_code: plan.code,
    id: rng.uuid(),
    nik,
    family_id: input.familyId,
    relationship: person.relationship,
    full_name: person.name,
    sex: person.sex === 'male' ? 1 : 2,
    birth_place: origin?.[1] ?? 'BANYUWANGI',
    birth_date: person.birthDate,
    religion: person.religion,
    education_kk: education,
    education_current: schooling,
    occupation: attributes.occupation(rng, {
      age: person.age,
      sex: person.sex,
      education,
      studying,
      coastal: plan.coastal,
    }),
    marital_status: person.maritalStatus,
    citizenship: 1,
    blood_type: attributes.bloodType(rng),
    disability: attributes.disability(rng),
    contraception: planning.contraception,
    pregnant: planning.pregnant,
    ktp_el: card.ktpEl,
    ktp_record_status: card.recordStatus,
    insurance: input.insurance,
    father_nik: person.father ? (niks.get(person.father) ?? null) : null,
    father_name: parentName(person.father, 'male'),
    mother_nik: person.mother ? (niks.get(person.mother) ?? null) : null,
    mother_name: parentName(person.mother, 'female'),
    birth_certificate_no: birthCertificate(rng, person.birthDate),
    marriage_date: person.marriageDate ?? null,
    ethnicity: person.ethnicity,
    status_code: status ?? 1,
    status_date: status ? dateBetween('2023-07-01', rng.next()) : null,
    verification_flags: [],
  };
  if (!person.demoCitizen && rng.chance(0.005)) flagProblem(rng, row);
  return row;
}

/** Akta kelahiran number in the Dukcapil style (regency-LT-DDMMYYYY-serial); most people born since 1985 have one. */
function birthCertificate(rng: Rng, birthDate: string): string | null {
  const year = Number(birthDate.slice(0, 4));
  if (!rng.chance(year >= 2005 ? 0.95 : year >= 1985 ? 0.7 : 0.1)) return null;
  const ddmmyyyy = `${birthDate.slice(8, 10)}${birthDate.slice(5, 7)}${birthDate.slice(0, 4)}`;
  return `3510-LT-${ddmmyyyy}-${pad(rng.int(1, 9999), 4)}`;
}
