// Import speed: the app's bulk load of a prepared population (the generator's villages, serialised before the
// clock starts, then written exactly as `npm run seed` writes them: households, families, the regency-wide NIK
// claims, residents with their name dictionary, indexes and foreign keys rebuilt, per-village statistics, one
// transaction) against the database's raw COPY of the very same rows into scratch tables, in the same run.
import { sql } from 'kysely';
import { seedWelfare } from '../packages/server/src/seed/assistance/seed-welfare.ts';
import {
  DEFAULT_POPULATION_SEED,
  seedPopulation,
  type PopulationSeedResult,
} from '../packages/server/src/seed/population/seed-population.ts';
import type { BenchEngine } from './engines.ts';

export type BenchScale = 'village' | 'district' | 'regency';

/** District scale: the 5 villages of Pesanggaran (35.10.01), about 37,000 residents. */
export const DISTRICT_SCALE_PREFIX = '35.10.01.';

interface RawCopy {
  seconds: number;
  /** Residents per second, the unit the app side is measured in. */
  rowsPerSecond: number;
}

export interface ImportResult {
  load: PopulationSeedResult;
  appRowsPerSecond: number;
  /** The resident rows alone into a bare table. */
  rawBare: RawCopy;
  /** The resident rows alone into a table with resident's keys and indexes. */
  rawIndexed: RawCopy;
  /** All rows the load writes (households, families, NIK claims, residents) into bare tables. */
  rawAllBare: RawCopy;
  /** Building the registry's own keys and indexes on those bare copies: work any loader must pay for. */
  rawIndexBuildSeconds: number;
  notes: string[];
}

const LOADED_TABLES = ['household', 'family', 'resident_nik', 'resident'] as const;

export async function importBench(
  engine: BenchEngine,
  scale: BenchScale,
  log: (line: string) => void,
): Promise<ImportResult> {
  const { db } = engine.database;
  const notes: string[] = [];
  let villageLines = 0;
  const villageCodes =
    scale === 'district'
      ? (
          await db
            .selectFrom('region')
            .select('code')
            .where('code', 'like', `${DISTRICT_SCALE_PREFIX}%`)
            .execute()
        ).map((r) => r.code)
      : undefined;
  const load = await seedPopulation(db, '35.10', {
    scale: scale === 'village' ? 'village' : 'regency',
    ...(villageCodes ? { villageCodes } : {}),
    ...(engine.url ? { databaseUrl: engine.url } : {}),
    prepareFirst: true,
    log: (line) => {
      // Keep every 25th village line on the console; the summary lines of the bulk mode go into the report.
      if (line.startsWith('[')) {
        if (villageLines++ % 25 === 0) log(line);
      } else {
        log(line);
        notes.push(line);
      }
    },
  });
  log(
    `App load: ${load.residents} residents in ${load.seconds.toFixed(1)} s via ${load.method} ` +
      `(generated beforehand in ${load.generationSeconds?.toFixed(1)} s)`,
  );
  // Social assistance (issue 12): the regency's welfare facts and enrolments, for the targeting benchmarks.
  const welfare = await seedWelfare(db, undefined, { seed: DEFAULT_POPULATION_SEED, log });
  notes.push(
    `Welfare facts and enrolments of ${welfare.villages} villages: ${welfare.enrolments} enrolments in ${welfare.seconds.toFixed(1)} s.`,
  );

  for (const table of LOADED_TABLES) await engine.exportTable(table);
  // Generated columns (name_words) are not in a COPY dump; the database computes them on the way in.
  const perTable: Record<string, number> = {};
  for (const table of LOADED_TABLES) {
    await sql.raw(`CREATE TABLE bench_raw_${table} (LIKE ${table} INCLUDING GENERATED)`).execute(db);
    perTable[table] = await engine.copyDumpInto(table, `bench_raw_${table}`);
  }
  const allBare = Object.values(perTable).reduce((sum, s) => sum + s, 0);
  const bare = perTable.resident!;
  notes.push(
    `Raw COPY into bare tables, by table: ${LOADED_TABLES.map((t) => `${t} ${perTable[t]!.toFixed(1)} s`).join(', ')}.`,
  );
  log(
    `Raw COPY of the resident rows into a bare table: ${bare.toFixed(1)} s; of all ${LOADED_TABLES.length} tables' rows: ${allBare.toFixed(1)} s`,
  );
  const indexBuild = await buildRegistryIndexesOnRawTables(db);
  log(
    `Building the registry's ${indexBuild.count} keys and indexes on the raw copies: ${indexBuild.seconds.toFixed(1)} s`,
  );
  await sql`CREATE TABLE bench_raw_indexed (LIKE resident INCLUDING ALL)`.execute(db);
  const indexed = await engine.copyDumpInto('resident', 'bench_raw_indexed');
  log(`Raw COPY into a table with resident's indexes: ${indexed.toFixed(1)} s`);
  await sql
    .raw(`DROP TABLE bench_raw_indexed, ${LOADED_TABLES.map((t) => `bench_raw_${t}`).join(', ')}`)
    .execute(db);

  const rows = load.residents;
  const raw = (seconds: number): RawCopy => ({ seconds, rowsPerSecond: rows / seconds });
  return {
    load,
    appRowsPerSecond: rows / load.seconds,
    rawBare: raw(bare),
    rawIndexed: raw(indexed),
    rawAllBare: raw(allBare),
    rawIndexBuildSeconds: indexBuild.seconds,
    notes,
  };
}

/** The same index definitions as the registry's tables, on the bare copies, in one transaction like the app's. */
async function buildRegistryIndexesOnRawTables(db: BenchEngine['database']['db']) {
  const { rows } = await sql<{ table: string; name: string; definition: string }>`
    SELECT tablename AS "table", indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename IN (${sql.join([...LOADED_TABLES])})`.execute(db);
  const started = performance.now();
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL maintenance_work_mem = '512MB'`.execute(trx);
    for (const index of rows) {
      const definition = index.definition
        .replace(` INDEX ${index.name} ON `, ` INDEX bench_${index.name} ON `)
        .replace(
          / ON (\S+\.)?(\S+) USING /,
          (_, schema: string | undefined, table: string) => ` ON ${schema ?? ''}bench_raw_${table} USING `,
        );
      await sql.raw(definition).execute(trx);
    }
  });
  return { count: rows.length, seconds: (performance.now() - started) / 1000 };
}
