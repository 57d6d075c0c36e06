// The demo's social assistance ground (issue 12 §5): every present member gets section IV answers, every family
// section V answers, and the Regsosek 501 programs get enrolments, all following the household's welfare tier
// with realistic targeting errors (targeting.ts). Runs after the population load, one transaction per village,
// deterministic for a seed (its own random stream per village, so the population's stays as it was).
import { ageInYears } from '@smart-kampung/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AssistanceEnrolment } from '../../db/schema.ts';
import { memberColumnsOf, familyColumnsOf } from '../../modules/assistance/welfare/facts/rows.ts';
import { REFERENCE_DATE } from '../population/dates.ts';
import { Rng } from '../population/prng.ts';
import { deprivation, familyFacts, tiersByRank } from './family-facts.ts';
import { memberFacts } from './member-facts.ts';
import * as q from './queries.ts';
import { enrolmentStart, familyPrograms, householdPrograms } from './targeting.ts';

/** The generator's reference day: ages are counted on it, so the same seed gives the same facts every year. */
const SURVEY_DAY = REFERENCE_DATE;
const HEAD = 1;

export interface WelfareSeedResult {
  villages: number;
  families: number;
  members: number;
  enrolments: number;
  seconds: number;
}

async function seedVillage(db: Db, villageCode: string, seed: string, programs: Map<string, string>) {
  const rng = new Rng(`${seed}:welfare:${villageCode}`);
  const [households, families, residents] = await Promise.all([
    q.villageHouseholds(db, villageCode),
    q.villageFamilies(db, villageCode),
    q.villageResidents(db, villageCode),
  ]);
  const membersOf = new Map<string, typeof residents>();
  for (const r of residents)
    if (r.family_id) membersOf.set(r.family_id, [...(membersOf.get(r.family_id) ?? []), r]);
  const headInsurance = new Map(
    residents.filter((r) => r.relationship === HEAD).map((r) => [r.id, r.insurance]),
  );
  const tiers = tiersByRank(households, (h) =>
    deprivation({
      ...h,
      insurance: h.head_resident_id ? (headInsurance.get(h.head_resident_id) ?? null) : null,
    }),
  );
  const tierOf = new Map(households.map((h) => [h.id, tiers.get(h)!]));
  const enrol = (
    program: string,
    unit: Pick<Insertable<AssistanceEnrolment>, 'unit_type' | 'family_id' | 'household_id' | 'resident_id'>,
  ) => ({
    village_code: villageCode,
    id: rng.uuid(),
    program_id: programs.get(program)!,
    status: 'active',
    start_date: enrolmentStart(rng),
    source: 'file',
    source_reference: 'Data contoh (sintetis)',
    family_id: null,
    household_id: null,
    resident_id: null,
    ...unit,
  });
  const rows: Parameters<typeof q.insertDemoWelfare>[1] = { members: [], families: [], enrolments: [] };
  for (const family of families) {
    const tier = (family.household_id && tierOf.get(family.household_id)) || 'middle';
    const members = membersOf.get(family.id) ?? [];
    rows.families.push({
      village_code: villageCode,
      family_id: family.id,
      ...familyColumnsOf(familyFacts(rng, tier)),
      source: 'file',
    });
    let pkhComponent = false;
    for (const member of members) {
      const age = ageInYears(member.birth_date, SURVEY_DAY);
      const facts = memberFacts(
        rng,
        {
          age,
          sex: member.sex,
          educationKk: member.education_kk,
          occupation: member.occupation,
          disability: member.disability,
          insurance: member.insurance,
          hasBirthCertificate: member.birth_certificate_no !== null,
          livesAlone: members.length === 1,
        },
        tier,
      );
      rows.members.push({
        village_code: villageCode,
        resident_id: member.id,
        ...memberColumnsOf(facts),
        source: 'file',
      });
      const severe = [facts.difficulty_seeing, facts.difficulty_walking, facts.difficulty_learning].some(
        (d) => d !== null && d <= 2,
      );
      if (member.pregnant === 1 || age < 6 || facts.school_participation === 2 || age >= 60 || severe)
        pkhComponent = true;
    }
    const head = members.find((m) => m.relationship === HEAD);
    for (const code of familyPrograms(rng, { tier, pkhComponent, headIsFarmer: head?.occupation === 9 })) {
      if (!programs.has(code)) continue;
      rows.enrolments.push(
        code === 'PUPUK-BERSUBSIDI'
          ? enrol(code, { unit_type: 'resident', resident_id: head!.id })
          : enrol(code, { unit_type: 'family', family_id: family.id }),
      );
    }
  }
  for (const household of households) {
    const situation = {
      tier: tierOf.get(household.id)!,
      electricityPower: household.electricity_power,
      cookingFuel: household.cooking_fuel,
    };
    for (const code of householdPrograms(rng, situation))
      if (programs.has(code))
        rows.enrolments.push(enrol(code, { unit_type: 'household', household_id: household.id }));
  }
  await db.transaction().execute((trx) => q.insertDemoWelfare(trx, rows));
  return { families: rows.families.length, members: rows.members.length, enrolments: rows.enrolments.length };
}

/** Adds welfare facts and enrolments to the villages (default: all) that have a population and no facts yet. */
export async function seedWelfare(
  db: Db,
  villageCodes: readonly string[] | undefined,
  options: { seed: string; log?: (line: string) => void },
): Promise<WelfareSeedResult> {
  const started = performance.now();
  const result: WelfareSeedResult = { villages: 0, families: 0, members: 0, enrolments: 0, seconds: 0 };
  const programs = new Map((await q.programIds(db)).map((p) => [p.code, p.id]));
  for (const villageCode of await q.villagesWithoutWelfare(db, villageCodes)) {
    const counts = await seedVillage(db, villageCode, options.seed, programs);
    result.villages++;
    result.families += counts.families;
    result.members += counts.members;
    result.enrolments += counts.enrolments;
  }
  result.seconds = (performance.now() - started) / 1000;
  options.log?.(
    `Welfare facts of ${result.villages} villages: ${result.families.toLocaleString('en')} families, ${result.members.toLocaleString('en')} members, ${result.enrolments.toLocaleString('en')} enrolments in ${result.seconds.toFixed(1)} s.`,
  );
  return result;
}
