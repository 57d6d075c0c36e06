// Query latencies of the app's hot paths, each against a raw lookup of the same size on a bare scratch table:
// - NIK look-up through the regency-wide index (resident_nik → resident, one round trip, as the registry does)
//   vs a primary-key lookup on a bare (nik, id) table;
// - name search through the app's own searchResidents (records/queries.ts: every query word matched
//   typo-tolerantly against the name_word dictionary, then residents by their name_words; relevance order,
//   a page of 20 and the total count), regency-wide and for one district, vs a btree equality lookup on a
//   bare names table;
// - regency statistics (SUM over population_stat, as stats/queries.ts does) vs a raw count(*) over resident.
import { sql } from 'kysely';
import { Rng } from '../packages/server/src/seed/population/prng.ts';
import type { Db } from '../packages/server/src/db/database.ts';
import { searchResidents } from '../packages/server/src/modules/population/records/search-queries.ts';
import { residentListQuery } from '../packages/server/src/modules/population/records/schemas.ts';
import { measure, type Latency } from './measure.ts';

export interface QueryResults {
  nik: { app: Latency; raw: Latency };
  nameRegency: { app: Latency; raw: Latency };
  nameDistrict: { app: Latency; district: string };
  stats: { app: Latency; raw: Latency };
}

/** Search strings as people type them: a full name, a name with a typo, or just the first two parts. */
export function searchTerms(names: string[], rng: Rng): string[] {
  return names.map((name, i) => {
    const lower = name.toLowerCase();
    if (i % 3 === 0) return lower;
    if (i % 3 === 1) {
      const at = rng.int(1, Math.max(1, lower.length - 2));
      return rng.chance(0.5)
        ? lower.slice(0, at) + lower.slice(at + 1)
        : lower.slice(0, at) + lower[at] + lower.slice(at);
    }
    return lower.split(' ').slice(0, 2).join(' ');
  });
}

export async function queryBench(
  db: Db,
  districtPrefix: string,
  log: (line: string) => void,
): Promise<QueryResults> {
  // Same starting point for app and raw tables: fresh planner statistics and visibility maps.
  await sql`VACUUM ANALYZE household, family, resident, resident_nik, population_stat`.execute(db);
  await sql`CREATE TABLE bench_raw_nik AS SELECT nik, resident_id AS id FROM resident_nik`.execute(db);
  await sql`ALTER TABLE bench_raw_nik ADD PRIMARY KEY (nik)`.execute(db);
  await sql`CREATE TABLE bench_raw_names AS SELECT id, full_name FROM resident`.execute(db);
  await sql`CREATE INDEX bench_raw_names_idx ON bench_raw_names (full_name)`.execute(db);
  await sql`VACUUM ANALYZE bench_raw_nik, bench_raw_names`.execute(db);

  // A deterministic sample: the hash order of NIKs is stable for the same data.
  const sample = await sql<{ nik: string; full_name: string }>`
    SELECT nik, full_name FROM resident ORDER BY hashtext(nik) LIMIT 2000`.execute(db);
  const niks = sample.rows.map((r) => r.nik);
  const names = sample.rows.slice(0, 300).map((r) => r.full_name);
  const terms = searchTerms(names, new Rng('bench-search'));

  const nikApp = await measure(niks, (nik) =>
    sql`SELECT r.* FROM resident_nik n
        JOIN resident r ON r.village_code = n.village_code AND r.id = n.resident_id
        WHERE n.nik = ${nik}`.execute(db),
  );
  const nikRaw = await measure(niks, (nik) =>
    sql`SELECT * FROM bench_raw_nik WHERE nik = ${nik}`.execute(db),
  );
  log(`NIK look-up p95: app ${nikApp.p95.toFixed(2)} ms, raw ${nikRaw.p95.toFixed(2)} ms`);

  const search = (region: string) => (term: string) =>
    searchResidents(db, region, residentListQuery.parse({ q: term, limit: 20 }));
  const nameApp = await measure(terms, search('35.10'));
  const nameDistrict = await measure(terms, search(districtPrefix.replace(/\.$/, '')));
  const nameRaw = await measure(names, (name) =>
    sql`SELECT id, full_name FROM bench_raw_names WHERE full_name = ${name} LIMIT 20`.execute(db),
  );
  log(
    `Name search p95: regency ${nameApp.p95.toFixed(1)} ms, district ${nameDistrict.p95.toFixed(1)} ms, raw ${nameRaw.p95.toFixed(2)} ms`,
  );

  const rounds = Array.from({ length: 30 }, (_, i) => i);
  const statsApp = await measure(
    rounds,
    () =>
      sql`SELECT dimension, key, sum(male) AS male, sum(female) AS female, sum(total) AS total
          FROM population_stat WHERE village_code LIKE '35.10.%' GROUP BY dimension, key`.execute(db),
    3,
  );
  const statsRaw = await measure(
    rounds.slice(0, 10),
    () => sql`SELECT count(*) FROM resident`.execute(db),
    2,
  );
  log(
    `Regency statistics p95: ${statsApp.p95.toFixed(1)} ms; raw count(*) p95 ${statsRaw.p95.toFixed(1)} ms`,
  );

  await sql`DROP TABLE bench_raw_nik, bench_raw_names`.execute(db);
  return {
    nik: { app: nikApp, raw: nikRaw },
    nameRegency: { app: nameApp, raw: nameRaw },
    nameDistrict: { app: nameDistrict, district: districtPrefix.replace(/\.$/, '') },
    stats: { app: statsApp, raw: statsRaw },
  };
}
