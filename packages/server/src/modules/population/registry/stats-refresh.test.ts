// The precomputed statistics agree with a count made independently, in JavaScript, from the residents and
// families themselves: every dimension, every key, both sexes, for two generated villages at once.
import { EXPECTED_HOUSING_COLUMNS, HOUSING_FOLLOW_UPS } from '@smart-kampung/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/database.ts';
import { createTestDatabase } from '../../../../test/test-database.ts';
import { seedPopulation } from '../../../seed/population/seed-population.ts';
import { refreshStats } from './stats-refresh-queries.ts';

const VILLAGES = ['35.10.01.2001', '35.10.01.2002'];

interface Person {
  village_code: string;
  sex: number;
  birth_date: string;
  religion: number | null;
  education_kk: number | null;
  occupation: number | null;
  marital_status: number | null;
  status_code: number;
  family_id: string | null;
  verification_flags: string[];
}

type HouseholdRow = Record<string, unknown> & { village_code: string; latitude: number | null };

/** A housing fact is answered, or skipped by the form because of the answer before it (a rented house). */
function housingComplete(h: HouseholdRow) {
  return EXPECTED_HOUSING_COLUMNS.every((column) => {
    if (h[column] !== null) return true;
    const followUp = HOUSING_FOLLOW_UPS.find((f) => f.field === column);
    const parent = followUp ? (h[followUp.parent] as number | null) : null;
    return followUp !== undefined && parent !== null && !followUp.askedAfter.includes(parent);
  });
}

/** Whole years between two ISO dates, as PostgreSQL's age() counts them. */
function yearsBetween(birth: string, today: string) {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

const band = (years: number) =>
  years >= 75 ? '75+' : `${Math.floor(years / 5) * 5}-${Math.floor(years / 5) * 5 + 4}`;

function expectedStats(
  people: Person[],
  families: { village_code: string; id: string; household_id: string | null; active: boolean }[],
  householdRows: HouseholdRow[],
  today: string,
) {
  const counts = new Map<string, { male: number; female: number; total: number }>();
  // Families and households are stored without a split by sex (sex null here).
  const add = (village: string, dimension: string, key: string, sex: number | null) => {
    const id = `${village}|${dimension}|${key}`;
    const entry = counts.get(id) ?? { male: 0, female: 0, total: 0 };
    if (sex === 1) entry.male++;
    if (sex === 2) entry.female++;
    entry.total++;
    counts.set(id, entry);
  };
  const present = people.filter((p) => p.status_code === 1);
  for (const p of present) {
    add(p.village_code, 'age_band', band(yearsBetween(p.birth_date, today)), p.sex);
    for (const dimension of ['religion', 'education_kk', 'occupation', 'marital_status'] as const) {
      const value = p[dimension];
      if (value !== null) add(p.village_code, dimension, String(value), p.sex);
    }
    add(p.village_code, 'totals', 'residents', p.sex);
    if (p.verification_flags.length > 0) add(p.village_code, 'totals', 'flagged', p.sex);
  }
  for (const h of householdRows) {
    if (h.latitude === null) add(h.village_code, 'totals', 'households_unpinned', null);
    if (!housingComplete(h)) add(h.village_code, 'totals', 'households_housing_incomplete', null);
  }
  const activeFamilies = new Set(families.filter((f) => f.active).map((f) => `${f.village_code}|${f.id}`));
  const withMembers = new Set(
    present.map((p) => `${p.village_code}|${p.family_id}`).filter((k) => activeFamilies.has(k)),
  );
  for (const key of withMembers) add(key.split('|')[0]!, 'totals', 'families', null);
  const households = new Set(
    families.filter((f) => f.active && f.household_id).map((f) => `${f.village_code}|${f.household_id}`),
  );
  for (const key of households) add(key.split('|')[0]!, 'totals', 'households', null);
  return counts;
}

describe('refreshStats', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedPopulation(database.db, '35.10', {
      scale: 'regency',
      villageCodes: VILLAGES,
      residentsPerVillage: 400,
    });
  });
  afterAll(() => database.close());

  it('matches an independent count of every dimension by sex', async () => {
    const { db } = database;
    // Age some people into another band and move one out, so the refresh has something to recompute.
    await sql`UPDATE resident SET birth_date = birth_date - 400 WHERE id IN (SELECT id FROM resident ORDER BY id LIMIT 40)`.execute(
      db,
    );
    await sql`UPDATE resident SET status_code = 3 WHERE id = (SELECT id FROM resident ORDER BY nik LIMIT 1)`.execute(
      db,
    );
    // People on the edges of age bands: a birthday today, tomorrow, a leap-day birthday.
    await sql`
      UPDATE resident r SET birth_date = e.birth_date
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM resident ORDER BY id OFFSET 40 LIMIT 7) picked
      JOIN (VALUES (1, (current_date - interval '5 years')::date), (2, (current_date - interval '5 years')::date + 1),
                   (3, (current_date - interval '75 years')::date), (4, (current_date - interval '75 years')::date + 1),
                   (5, (current_date - interval '70 years')::date), (6, date '2004-02-29'), (7, current_date)
           ) AS e (n, birth_date) ON e.n = picked.n
      WHERE r.id = picked.id`.execute(db);
    // Records awaiting verification (one of them moved away: no longer counted), households without a pin
    // or with housing facts unanswered (a follow-up left empty after a parent answer that skips it is not).
    await sql`UPDATE resident SET verification_flags = '{NIK_BIRTHDATE_MISMATCH}' WHERE id IN (SELECT id FROM resident ORDER BY nik LIMIT 9)`.execute(
      db,
    );
    await sql`UPDATE household SET latitude = NULL, longitude = NULL WHERE id IN (SELECT id FROM household ORDER BY id LIMIT 11)`.execute(
      db,
    );
    await sql`UPDATE household SET roof_material = NULL WHERE id IN (SELECT id FROM household ORDER BY id DESC LIMIT 5)`.execute(
      db,
    );
    await sql`UPDATE household SET land_title = NULL WHERE id IN (SELECT id FROM household ORDER BY id OFFSET 20 LIMIT 12)`.execute(
      db,
    );
    await db.transaction().execute((trx) => refreshStats(trx, VILLAGES));

    const today = (await sql<{ today: string }>`SELECT current_date::text AS today`.execute(db)).rows[0]!
      .today;
    const people = (
      await sql<Person>`
      SELECT village_code, sex, birth_date::text AS birth_date, religion, education_kk, occupation, marital_status,
             status_code, family_id, verification_flags FROM resident`.execute(db)
    ).rows;
    const families = await db
      .selectFrom('family')
      .select(['village_code', 'id', 'household_id', 'active'])
      .execute();
    const households = (await db.selectFrom('household').selectAll().execute()) as HouseholdRow[];
    const expected = expectedStats(people, families, households, today);
    for (const key of ['flagged', 'households_unpinned', 'households_housing_incomplete'])
      expect(
        [...expected.keys()].some((k) => k.endsWith(`|totals|${key}`)),
        key,
      ).toBe(true);

    const stored = await db
      .selectFrom('population_stat')
      .select(['village_code', 'dimension', 'key', 'male', 'female', 'total'])
      .execute();
    const actual = new Map(
      stored.map((s) => [
        `${s.village_code}|${s.dimension}|${s.key}`,
        { male: s.male, female: s.female, total: s.total },
      ]),
    );
    expect(actual.size).toBeGreaterThan(60);
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
  });
});
