// `npm run bench -- [--engine postgres|pglite] [--scale regency|district|village]`
// `npm run bench -- --only search-load --database URL`: only the HTTP search load, on a database already
// loaded (e.g. by `DATABASE_URL=URL npm run seed -- --scale regency`); migrated first, never dropped.
// A separate program, never a timed test: loads the synthetic population into a scratch database and reports
// the app's speed as ratios against the database's raw speed measured in the same run. PostgreSQL uses
// BENCH_DATABASE_URL (or TEST_DATABASE_URL) to create and drop its own scratch database.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../packages/server/src/db/database.ts';
import { prepareDatabase } from '../packages/server/src/db/prepare.ts';
import { pgliteEngine, postgresEngine, type BenchEngine } from './engines.ts';
import { fileImportBench, fileImportReport } from './file-import-bench.ts';
import { httpSearchBench, httpSearchReport } from './http-search-bench.ts';
import { benchDatabaseUrl } from './http-load.ts';
import { lettersBench, lettersReport } from './letters-bench.ts';
import { DISTRICT_SCALE_PREFIX, importBench, type BenchScale } from './import-bench.ts';
import { queryBench } from './query-bench.ts';
import { rankingBench, rankingReport } from './ranking-bench.ts';
import { VILLAGES_AT_ONCE } from '../packages/server/src/modules/assistance/ranking/runner.ts';
import { markdownReport } from './report.ts';
import { villageTableBench } from './village-table-bench.ts';
import { cekBansosBench } from './cek-bansos-bench.ts';
import { cekBansosReport } from './cek-bansos-report.ts';
import { targetingBench, targetingReport } from './targeting-bench.ts';
import { mapFiguresBench, mapFiguresReport } from './map-figures-bench.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    scale: { type: 'string' },
    /** file-import: only the 20,000-resident file through the API, on an empty scratch database;
     * search-load: only the HTTP search load, on the loaded database given by --database;
     * letters: only letters issued and printed, on an empty scratch database;
     * ranking: the population loaded, then only the welfare ranking run (or, with --database, on that loaded
     * database: it writes scores and ranking runs there);
     * map: only the poverty map's figures, on the loaded database given by --database (run targeting on it
     * first, or use a database it ran on);
     * targeting: only the targeting counts, on the loaded database given by --database;
     * cek-bansos: only the public look-up under load, on the loaded database given by --database (with
     * enrolments: run targeting once first, or use a database it ran on). */
    only: { type: 'string' },
    database: { type: 'string' },
    /** ranking: villages rescored at once (default: as the app does on the engine). */
    'at-once': { type: 'string' },
  },
});
const engineName = values.engine;
if (engineName !== 'postgres' && engineName !== 'pglite') {
  console.error('--engine must be "postgres" or "pglite"');
  process.exit(2);
}
const scale = (values.scale ?? (engineName === 'postgres' ? 'regency' : 'village')) as BenchScale;
if (!['village', 'district', 'regency'].includes(scale)) {
  console.error('--scale must be "regency", "district" or "village"');
  process.exit(2);
}
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const onLoadedDatabase = ['search-load', 'targeting', 'cek-bansos', 'map'];
if (values.only === 'ranking' && values.database) onLoadedDatabase.push('ranking');
if (engineName === 'postgres' && !adminUrl && !onLoadedDatabase.includes(values.only ?? '')) {
  console.error(
    'Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL URL whose user may CREATE DATABASE.',
  );
  process.exit(2);
}

const log = (line: string) => console.error(`[bench] ${line}`);
/**
 * A step that runs on a database already loaded at regency scale (--database): opened as the app opens it,
 * migrated, its statistics refreshed where the step reads through the planner's estimates, one report printed.
 */
async function runOnLoadedDatabase(
  statementTimeoutMs: number,
  report: (database: Database, label: string) => Promise<string>,
  analyse?: string,
): Promise<never> {
  if (!values.database) {
    console.error(
      `--only ${values.only} needs --database URL (a PostgreSQL database loaded at regency scale)`,
    );
    process.exit(2);
  }
  const database = await openDatabase({
    databaseUrl: benchDatabaseUrl(values.database),
    dataDir: '',
    statementTimeoutMs,
  });
  try {
    await prepareDatabase(database, '35.10');
    if (analyse) await sql.raw(`VACUUM ANALYZE ${analyse}`).execute(database.db);
    console.log(await report(database, `PostgreSQL, ${await residentCount(database)} residents`));
  } finally {
    await database.close();
  }
  process.exit(0);
}

// The app's 30 s statement limit for the HTTP loads; 300 s where the bench measures a whole regency counted
// in one statement rather than failing on the app's limit.
if (values.only === 'search-load')
  await runOnLoadedDatabase(
    30_000,
    async (database, label) => httpSearchReport(label, await httpSearchBench(database, log)),
    'resident, resident_nik, name_word',
  );
if (values.only === 'targeting')
  await runOnLoadedDatabase(300_000, async (database, label) =>
    targetingReport(label, await targetingBench(database.db, log)),
  );
if (values.only === 'map' && values.database)
  await runOnLoadedDatabase(300_000, async (database, label) =>
    mapFiguresReport(label, await mapFiguresBench(database.db, log)),
  );
if (values.only === 'ranking' && values.database)
  await runOnLoadedDatabase(300_000, async (database, label) =>
    rankingReport(label, await rankingBench(database, log, Number(values['at-once'] ?? VILLAGES_AT_ONCE))),
  );
if (values.only === 'cek-bansos')
  await runOnLoadedDatabase(
    30_000,
    async (database, label) => cekBansosReport(label, await cekBansosBench(database, log)),
    'resident, resident_nik, family, assistance_enrolment, name_word, name_spelling',
  );
const started = performance.now();
log(`engine ${engineName}, scale ${scale}`);
const engine: BenchEngine =
  engineName === 'postgres' ? await postgresEngine(adminUrl!) : await pgliteEngine();
try {
  if (values.only === 'letters') {
    const database = await openDatabase({
      databaseUrl: engine.url,
      dataDir: await mkdtemp(path.join(os.tmpdir(), 'sk-bench-letters-')),
      statementTimeoutMs: 30_000,
    });
    if (engine.name === 'pglite') await prepareDatabase(database, '35.10');
    const report = lettersReport(engineName, await lettersBench(database, log));
    await database.close();
    console.log(report);
    process.exitCode = 0;
  } else if (values.only === 'ranking') {
    // The regency loaded, then only the welfare ranking run.
    await importBench(engine, scale, log);
    console.log(
      rankingReport(
        `${engineName}, ${scale} scale`,
        await rankingBench(engine.database, log, villagesAtOnce(engine)),
      ),
    );
    process.exitCode = 0;
  } else if (values.only === 'file-import') {
    // As the app opens it (PGlite in its worker thread, PostgreSQL through the pool with its statement limit).
    const database = await openDatabase({
      databaseUrl: engine.url,
      dataDir: await mkdtemp(path.join(os.tmpdir(), 'sk-bench-file-')),
      statementTimeoutMs: 30_000,
    });
    if (engine.name === 'pglite') await prepareDatabase(database, '35.10');
    const report = fileImportReport(engineName, await fileImportBench(database, log));
    await database.close();
    console.log(report);
    process.exitCode = 0;
  } else {
    await fullRun();
  }
} finally {
  await engine.dispose();
}

async function fullRun() {
  const importResult = await importBench(engine, scale, log);
  // Search within the district that holds the most data at this scale.
  const searchDistrict = scale === 'regency' ? '35.10.16.' : DISTRICT_SCALE_PREFIX;
  const queries = await queryBench(engine.database.db, searchDistrict, log);
  const villageTable = await villageTableBench(engine.database.db, searchDistrict.replace(/\.$/, ''), log);
  const httpSearch = await servedBench(async (served) =>
    httpSearchReport(`${engineName}, ${scale} scale`, await httpSearchBench(served, log)),
  );
  const date = new Date().toISOString().slice(0, 10);
  const report = markdownReport({
    engine: engineName,
    engineVersion: engine.version,
    scale,
    date,
    importResult,
    queries,
    villageTable,
    totalSeconds: (performance.now() - started) / 1000,
  });
  // The file import runs last, on the loaded registry (its village already holds residents).
  const fileImport = fileImportReport(engineName, await fileImportBench(engine.database, log));
  const letters = lettersReport(engineName, await lettersBench(engine.database, log));
  const ranking = rankingReport(
    `${engineName}, ${scale} scale`,
    await rankingBench(engine.database, log, villagesAtOnce(engine)),
  );
  const targeting = targetingReport(
    `${engineName}, ${scale} scale`,
    await targetingBench(engine.database.db, log),
  );
  // After targeting: its set-up gave the regency its enrolments and deciles, the ranking its scores.
  const mapFigures = mapFiguresReport(
    `${engineName}, ${scale} scale`,
    await mapFiguresBench(engine.database.db, log),
  );
  // After targeting: its set-up gave the regency the enrolments the look-up shows.
  const cekBansos = await servedBench(async (served) =>
    cekBansosReport(`${engineName}, ${scale} scale`, await cekBansosBench(served, log)),
  );
  const all = `${report}\n${httpSearch}\n${fileImport}\n${letters}\n${ranking}\n${targeting}\n${mapFigures}\n${cekBansos}`;
  console.log(all);
  const resultsDir = path.join(import.meta.dirname, 'results');
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${date}-${engineName}.md`);
  await writeFile(file, all);
  log(`written to ${path.relative(process.cwd(), file)}`);
}

/** Runs an HTTP bench on the database as the app opens it: PostgreSQL through a pool of its own size (the
 * engine's pool is the bench's). */
async function servedBench(bench: (served: Database) => Promise<string>): Promise<string> {
  const served = engine.url
    ? await openDatabase({
        databaseUrl: benchDatabaseUrl(engine.url),
        dataDir: '',
        statementTimeoutMs: 30_000,
      })
    : engine.database;
  try {
    return await bench(served);
  } finally {
    if (served !== engine.database) await served.close();
  }
}

/** Villages a ranking run rescores at once on this engine, as the app's routes set it. */
function villagesAtOnce(bench: BenchEngine) {
  return bench.name === 'postgres' ? VILLAGES_AT_ONCE : 1;
}

async function residentCount(database: Database) {
  const row = await database.db
    .selectFrom('resident')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n).toLocaleString('en');
}
