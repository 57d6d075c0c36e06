// The demo's welfare facts and enrolments (issue 12 §5) on the demo village: every present member and every
// family has answers, each member's answers obey the form's rules, enrolments go mostly to the poorer
// families with some better-off ones in and some poor ones out (the targeting errors of DEMO-TARGETING.md),
// and a second run adds nothing.
import { ageInYears, memberWelfareProblems } from '@smart-kampung/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { createTestDatabase } from '../../../test/test-database.ts';
import { memberWelfareOf } from '../../modules/assistance/welfare/facts/rows.ts';
import { REFERENCE_DATE } from '../population/dates.ts';
import { seedPopulation } from '../population/seed-population.ts';
import { seedWelfare, type WelfareSeedResult } from './seed-welfare.ts';

const SARONGAN = '35.10.01.2001';
let database: Database;
let first: WelfareSeedResult;

const count = async (query: string) =>
  Number((await sql<{ n: string }>`${sql.raw(query)}`.execute(database.db)).rows[0]!.n);

beforeAll(async () => {
  database = await createTestDatabase();
  await seedPopulation(database.db, '35.10', {
    scale: 'village',
    villageCodes: [SARONGAN],
    residentsPerVillage: 1500,
  });
  first = await seedWelfare(database.db, [SARONGAN], { seed: 'welfare-test' });
}, 120_000);
afterAll(() => database.close());

describe('the demo welfare facts', () => {
  it('give every present member section IV answers and every family section V answers', async () => {
    expect(first.villages).toBe(1);
    expect(first.members).toBe(
      await count(`SELECT count(*) n FROM resident WHERE status_code = 1 AND family_id IS NOT NULL`),
    );
    expect(first.families).toBe(await count(`SELECT count(*) n FROM family WHERE active`));
    expect(await count(`SELECT count(*) n FROM resident_welfare`)).toBe(first.members);
    expect(await count(`SELECT count(*) n FROM family_welfare`)).toBe(first.families);
  });

  it('obey the form’s follow-up rules for every member', async () => {
    const rows = await database.db
      .selectFrom('resident_welfare as w')
      .innerJoin('resident as r', (j) =>
        j.onRef('r.village_code', '=', 'w.village_code').onRef('r.id', '=', 'w.resident_id'),
      )
      .selectAll('w')
      .select(['r.sex', 'r.birth_date', 'r.marital_status', 'r.pregnant'])
      .execute();
    const broken = rows.flatMap((row) =>
      memberWelfareProblems(memberWelfareOf(row, row.pregnant), {
        sex: row.sex,
        age: ageInYears(row.birth_date, REFERENCE_DATE),
        maritalStatus: row.marital_status,
      }).map((p) => `${p.field}: ${p.message.en}`),
    );
    expect([...new Set(broken)]).toEqual([]);
  });

  it('enrol poorer families far more often, with inclusion and exclusion errors both present', async () => {
    // Families by their assets (502: fridge, car, gold, computer, flat TV; 503a land): the poorest and richest fifths.
    const { rows } = await sql<{ quintile: number; families: string; sembako: string; pkh: string }>`
      WITH ranked AS (
        SELECT f.family_id,
          ntile(5) OVER (ORDER BY (has_refrigerator::int + has_car::int * 3 + has_gold::int + has_computer::int
            + has_flat_tv::int + owns_other_land::int + (bank_account <> 4)::int), f.family_id) AS quintile
        FROM family_welfare f)
      SELECT quintile, count(*) families,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM assistance_enrolment e JOIN assistance_program p ON p.id = e.program_id
          WHERE e.family_id = r.family_id AND p.code = 'SEMBAKO')) sembako,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM assistance_enrolment e JOIN assistance_program p ON p.id = e.program_id
          WHERE e.family_id = r.family_id AND p.code = 'PKH')) pkh
      FROM ranked r GROUP BY quintile ORDER BY quintile`.execute(database.db);
    const share = (q: number, column: 'sembako' | 'pkh') =>
      Number(rows[q]![column]) / Number(rows[q]!.families);
    expect(share(0, 'sembako')).toBeGreaterThan(2 * share(4, 'sembako'));
    expect(share(0, 'pkh')).toBeGreaterThan(2 * share(4, 'pkh'));
    // Exclusion: many of the poorest fifth receive neither; inclusion: some of the richest fifth receive Sembako.
    expect(share(0, 'sembako')).toBeLessThan(0.75);
    expect(Number(rows[4]!.sembako)).toBeGreaterThan(0);
    const all =
      rows.reduce((sum, r) => sum + Number(r.sembako), 0) /
      rows.reduce((sum, r) => sum + Number(r.families), 0);
    expect(all).toBeGreaterThan(0.1);
    expect(all).toBeLessThan(0.4);
  });

  it('enrol each unit the way its program targets it, active, with the first line of its history', async () => {
    const units = await sql<{ code: string; unit_type: string; n: string }>`
      SELECT p.code, e.unit_type, count(*) n FROM assistance_enrolment e JOIN assistance_program p ON p.id = e.program_id
      GROUP BY 1, 2 ORDER BY 1`.execute(database.db);
    const unitOf = Object.fromEntries(units.rows.map((r) => [r.code, r.unit_type]));
    expect(unitOf).toMatchObject({
      PKH: 'family',
      SEMBAKO: 'family',
      'SUBSIDI-LISTRIK': 'household',
      'PUPUK-BERSUBSIDI': 'resident',
    });
    expect(await count(`SELECT count(*) n FROM assistance_enrolment WHERE status <> 'active'`)).toBe(0);
    expect(
      await count(
        `SELECT count(*) n FROM assistance_enrolment e WHERE NOT EXISTS (SELECT 1 FROM assistance_enrolment_change c WHERE c.enrolment_id = e.id AND c.seq = 1)`,
      ),
    ).toBe(0);
    // Every 450 W household is on the electricity subsidy but a few.
    const withoutSubsidy =
      await count(`SELECT count(*) n FROM household h WHERE electricity_power = 1 AND NOT EXISTS (
      SELECT 1 FROM assistance_enrolment e WHERE e.household_id = h.id)`);
    const at450 = await count(`SELECT count(*) n FROM household WHERE electricity_power = 1`);
    expect(withoutSubsidy).toBeLessThan(0.15 * at450);
  });

  it('adds nothing on a second run', async () => {
    const again = await seedWelfare(database.db, [SARONGAN], { seed: 'welfare-test' });
    expect(again).toMatchObject({ villages: 0, enrolments: 0 });
  });
});
