// The synthetic population is deterministic and obeys the registry's own rules: NIKs that validate, one head
// per family, houses inside their village, counts of a real village. Runs one village on the test database.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { districtCodeToPrefix, validateNik } from '@smart-kampung/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { createTestDatabase } from '../../../test/test-database.ts';
import { DEMO_CITIZEN } from '../demo-users.ts';
import { REFERENCE_DATE } from './dates.ts';
import { generateVillage } from './generate-village.ts';
import { GEO_DIR } from '../../geo/village-shapes.ts';
import { NAME_PART_COUNT } from './names.ts';
import { DEFAULT_POPULATION_SEED, seedPopulation } from './seed-population.ts';
import { SerialCounters } from './serials.ts';
import { populationPlans } from './village-generation.ts';
import { DEMO_VILLAGE, resizePlan } from './village-plan.ts';

const SARONGAN = DEMO_VILLAGE.code;

function generateSmall(seed: string, residents = 400) {
  const plan = populationPlans(seed).find((p) => p.code === SARONGAN)!;
  return generateVillage(resizePlan(plan, residents, seed), new SerialCounters(), { seed });
}

/** Winding-number test written independently of the generator's own ray casting. */
function insideByWinding(polygons: number[][][][], lng: number, lat: number) {
  const winding = (ring: number[][]) => {
    let w = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      const side = (x2! - x1!) * (lat - y1!) - (lng - x1!) * (y2! - y1!);
      if (y1! <= lat && y2! > lat && side > 0) w++;
      else if (y1! > lat && y2! <= lat && side < 0) w--;
    }
    return w !== 0;
  };
  return polygons.some(([outer, ...holes]) => winding(outer!) && !holes.some(winding));
}

describe('population generator (pure)', () => {
  it('gives identical rows for the same seed and different rows for another seed', () => {
    const a = generateSmall('seed-a');
    const b = generateSmall('seed-a');
    const c = generateSmall('seed-b');
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(
      c.residents[0]!.nik === a.residents[0]!.nik && c.residents[0]!.full_name === a.residents[0]!.full_name,
    ).toBe(false);
  });

  it('dates every birth, marriage and status change before the reference date, a marriage after the birth', () => {
    const { residents } = generateVillage(
      populationPlans(DEFAULT_POPULATION_SEED).find((p) => p.code === SARONGAN)!,
      new SerialCounters(),
      { seed: DEFAULT_POPULATION_SEED },
    );
    const married = residents.filter((r) => r.marriage_date);
    expect(married.length).toBeGreaterThan(1_000);
    for (const resident of residents) {
      for (const date of [resident.birth_date, resident.marriage_date, resident.status_date])
        if (date) expect(date <= REFERENCE_DATE, `${date} after ${REFERENCE_DATE}`).toBe(true);
      if (resident.marriage_date) expect(resident.marriage_date > resident.birth_date).toBe(true);
    }
  });

  it('builds names from about 250 parts', () => {
    expect(NAME_PART_COUNT).toBeGreaterThan(200);
    expect(NAME_PART_COUNT).toBeLessThan(300);
  });

  it('plans about 1.7 million residents over all 217 villages, kelurahan larger on average', () => {
    const plans = populationPlans(DEFAULT_POPULATION_SEED);
    expect(plans).toHaveLength(217);
    const total = plans.reduce((sum, p) => sum + p.targetResidents, 0);
    expect(Math.abs(total - 1_700_000)).toBeLessThan(1_000);
    const mean = (kind: string) => {
      const ofKind = plans.filter((p) => p.kind === kind);
      return ofKind.reduce((sum, p) => sum + p.targetResidents, 0) / ofKind.length;
    };
    expect(mean('kelurahan')).toBeGreaterThan(mean('desa'));
    for (const plan of plans)
      expect(new Set(plan.rtSlots.map((s) => s.dusun)).size).toBeGreaterThanOrEqual(2);
  });
});

describe('village-scale seed (Sarongan)', () => {
  let database: Database;
  let districtPrefixes: Set<string>;
  let first: Awaited<ReturnType<typeof seedPopulation>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await seedPopulation(database.db, '35.10', { scale: 'village' });
    const districts = await database.db
      .selectFrom('region')
      .select('code')
      .where('level', '=', 'district')
      .execute();
    districtPrefixes = new Set(districts.map((d) => districtCodeToPrefix(d.code)));
  });
  afterAll(() => database.close());

  it('loads a few thousand residents in plausible families and households', async () => {
    const counts = await sql<{ residents: number; families: number; households: number; niks: number }>`
      SELECT (SELECT count(*)::int FROM resident) AS residents, (SELECT count(*)::int FROM family) AS families,
             (SELECT count(*)::int FROM household) AS households, (SELECT count(*)::int FROM resident_nik) AS niks`.execute(
      database.db,
    );
    const c = counts.rows[0]!;
    expect(c.residents).toBeGreaterThanOrEqual(4_000);
    expect(c.residents).toBeLessThanOrEqual(4_500);
    expect(c.residents / c.families).toBeGreaterThan(2.8);
    expect(c.residents / c.families).toBeLessThan(3.8);
    expect(c.families / c.households).toBeGreaterThanOrEqual(1);
    expect(c.families / c.households).toBeLessThan(1.2);
    expect(c.niks).toBe(c.residents);
    expect(first).toMatchObject({ loadedVillages: 1, residents: c.residents, families: c.families });
  });

  it('gives every resident a NIK that matches birth date, sex and district, except the flagged ones', async () => {
    const residents = await database.db
      .selectFrom('resident')
      .select(['nik', 'birth_date', 'sex', 'verification_flags'])
      .execute();
    const local = districtCodeToPrefix('35.10.01');
    let migrants = 0;
    let flagged = 0;
    for (const r of residents) {
      const result = validateNik(r.nik, {
        birthDate: r.birth_date,
        sex: r.sex === 1 ? 'male' : 'female',
        knownDistrict: (prefix) => districtPrefixes.has(prefix),
        today: REFERENCE_DATE,
      });
      expect(result.errors).toEqual([]);
      expect(result.warnings.map((w) => w.code)).toEqual(r.verification_flags);
      if (r.verification_flags.length > 0) flagged++;
      if (!r.nik.startsWith(local)) migrants++;
    }
    expect(flagged / residents.length).toBeGreaterThan(0.001);
    expect(flagged / residents.length).toBeLessThan(0.012);
    expect(migrants / residents.length).toBeGreaterThan(0.01);
    expect(migrants / residents.length).toBeLessThan(0.06);
  });

  it('gives every family exactly one head and a KK number of the district', async () => {
    const families = await sql<{ kk_number: string; heads: number; members: number }>`
      SELECT f.kk_number, count(*) FILTER (WHERE r.relationship = 1)::int AS heads, count(r.id)::int AS members
      FROM family f LEFT JOIN resident r ON r.village_code = f.village_code AND r.family_id = f.id
      GROUP BY f.id, f.kk_number`.execute(database.db);
    for (const f of families.rows) {
      expect(f.heads).toBe(1);
      expect(f.kk_number.startsWith('351001')).toBe(true);
    }
    expect(new Set(families.rows.map((f) => f.kk_number)).size).toBe(families.rows.length);
  });

  it('places every house inside the village polygon, in RT numbered 001 …', async () => {
    const geojson = JSON.parse(readFileSync(path.join(GEO_DIR, 'villages.geojson'), 'utf8')) as {
      features: { properties: { code: string }; geometry: { type: string; coordinates: unknown } }[];
    };
    const geometry = geojson.features.find((f) => f.properties.code === SARONGAN)!.geometry;
    const polygons = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ) as number[][][][];
    const houses = await database.db
      .selectFrom('household')
      .select(['latitude', 'longitude', 'rw', 'rt'])
      .execute();
    for (const h of houses) {
      expect(insideByWinding(polygons, h.longitude!, h.latitude!)).toBe(true);
      expect(h.rw).toMatch(/^\d{3}$/);
      expect(h.rt).toMatch(/^\d{3}$/);
    }
  });

  it('includes the demo citizen, some died or moved residents, and statistics', async () => {
    const citizen = await database.db
      .selectFrom('resident_nik')
      .select('village_code')
      .where('nik', '=', DEMO_CITIZEN.nik)
      .executeTakeFirst();
    expect(citizen?.village_code).toBe(SARONGAN);
    const gone = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM resident WHERE status_code IN (2, 3)`.execute(database.db);
    expect(gone.rows[0]!.n).toBeGreaterThan(10);
    const stats = await sql<{ total: number }>`
      SELECT total FROM population_stat WHERE village_code = ${SARONGAN} AND dimension = 'totals' AND key = 'residents'`.execute(
      database.db,
    );
    expect(stats.rows[0]!.total).toBeGreaterThan(3_900);
  });

  it('skips a village that already has residents when run again', async () => {
    const again = await seedPopulation(database.db, '35.10', { scale: 'village' });
    expect(again).toMatchObject({ loadedVillages: 0, skippedVillages: 1, residents: 0 });
  });
});
