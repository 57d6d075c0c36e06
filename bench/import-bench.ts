// Import speed: the app's load path (the population generator and its bulk writer, exactly as `npm run seed`
// runs it: households, families, residents, the regency-wide NIK index and per-village statistics) against the
// database's raw COPY of the very same resident rows into scratch tables, measured in the same run.
import { sql } from 'kysely';
import {
  seedPopulation,
  type PopulationSeedResult,
} from '../packages/server/src/seed/population/seed-population.ts';
import type { BenchEngine } from './engines.ts';

export type BenchScale = 'village' | 'district' | 'regency';

/** District scale: the 5 villages of Pesanggaran (35.10.01), about 37,000 residents. */
export const DISTRICT_SCALE_PREFIX = '35.10.01.';

export interface ImportResult {
  load: PopulationSeedResult;
  appRowsPerSecond: number;
  rawBare: { seconds: number; rowsPerSecond: number };
  rawIndexed: { seconds: number; rowsPerSecond: number };
  notes: string[];
}

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
  log(`App load: ${load.residents} residents in ${load.seconds.toFixed(1)} s via ${load.method}`);

  await engine.exportTable('resident');
  // Generated columns (name_words) are not in a COPY dump; the database computes them on the way in.
  await sql`CREATE TABLE bench_raw_bare (LIKE resident INCLUDING GENERATED)`.execute(db);
  const bare = await engine.copyDumpInto('bench_raw_bare');
  log(`Raw COPY into a bare table: ${bare.toFixed(1)} s`);
  await sql`CREATE TABLE bench_raw_indexed (LIKE resident INCLUDING ALL)`.execute(db);
  const indexed = await engine.copyDumpInto('bench_raw_indexed');
  log(`Raw COPY into a table with resident's indexes: ${indexed.toFixed(1)} s`);
  await sql`DROP TABLE bench_raw_bare, bench_raw_indexed`.execute(db);

  const rows = load.residents;
  return {
    load,
    appRowsPerSecond: rows / load.seconds,
    rawBare: { seconds: bare, rowsPerSecond: rows / bare },
    rawIndexed: { seconds: indexed, rowsPerSecond: rows / indexed },
    notes,
  };
}
