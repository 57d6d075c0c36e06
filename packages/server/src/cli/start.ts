// `npm start`: prepare the database (embedded PGlite in ./data unless DATABASE_URL is set), load demo data
// on a fresh install, serve the API and the built web app.
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { prepareDatabase } from '../db/prepare.ts';
import { scheduleCheckpoints } from '../modules/audit/anchor.ts';
import { purgeStaleThrottles } from '../modules/auth/throttle.ts';
import { TargetingRefresher } from '../modules/assistance/targeting/stored/refresher.ts';
import { refreshAllStaleStats } from '../modules/population/registry/stats-refresh-queries.ts';
import { DEMO_CITIZEN, DEMO_PASSWORD } from '../seed/demo-users.ts';
import { seed } from '../seed/seed.ts';

const config = loadConfig();
// Start-up work (migrations, region codes, a fresh install's demo data, the day's statistics) runs before
// any request and may take long on a slow machine: it gets a connection without the statement limit,
// closed before the server opens the database it serves requests from.
const setup = await openDatabase({ ...config, statementTimeoutMs: 0 });
const prepared = await prepareDatabase(setup, config.regencyCode);
if (prepared.regions.loaded) console.log(`Loaded ${prepared.regions.count} regions from idn-area-data.`);

const anyUser = await setup.db.selectFrom('app_user').select('id').limit(1).executeTakeFirst();
if (!anyUser) {
  console.log('Fresh install: generating synthetic demo data…');
  // Every village, small: every district and regency view has data, and it loads in seconds on PGlite.
  const result = await seed(setup.db, config.regencyCode, 'demo', {
    databaseUrl: config.databaseUrl,
    // One line per village is 217 lines: show every 50th and the last.
    log: (line) => {
      const progress = /^\[(\d+)\/(\d+)\]/.exec(line);
      if (!progress || Number(progress[1]) % 50 === 0 || progress[1] === progress[2])
        console.log(`  ${line}`);
    },
  });
  const { population: p } = result;
  console.log(
    `Loaded synthetic demo data: ${result.users.length} demo accounts, ` +
      `${p.residents.toLocaleString('en')} residents in ${p.loadedVillages} villages in ${p.seconds.toFixed(1)} s.`,
  );
}

// People move into the next age band with the calendar: refresh yesterday's figures now and once a day.
await refreshAllStaleStats(setup.db);
await setup.close();

const database = await openDatabase(config);
const dailyRefresh = setInterval(() => void refreshAllStaleStats(database.db), 6 * 3600_000);
dailyRefresh.unref();
// Sign-in back-off keys with nothing left to remember (no window, wait or recent success) are forgotten.
const throttlePurge = setInterval(() => void purgeStaleThrottles(database.db), 6 * 3600_000);
throttlePurge.unref();

const app = await buildApp(database, config, true);
// Signed checkpoints of the audit chain, kept outside the database (see ARCHITECTURE.md, "Audit trail").
const checkpoints = scheduleCheckpoints(database.db, config.auditAnchor, config.regencyCode, app.log);
const shutdown = async () => {
  await app.close();
  await checkpoints.stop();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());

await app.listen({ port: config.port, host: config.host });
// Stored targeting counts left stale by writes, a ranking run or the new day are counted in the background
// (the poverty map reads them); a read that finds stale villages wakes the refresher too.
const targetingRefresher = TargetingRefresher.of(database.db);
targetingRefresher?.wake();
const targetingRefresh = setInterval(() => targetingRefresher?.wake(), 15 * 60_000);
targetingRefresh.unref();
// An import being checked or saved when the server stopped runs again (its file and decision are kept).
await app.importRunner.resume();
const demo = await database.db.selectFrom('deployment').select('demo_data').executeTakeFirst();
console.log(`\nSmart Kampung is running on http://localhost:${config.port} (database: ${database.kind})`);
if (demo?.demo_data) {
  const logins = await database.db
    .selectFrom('app_user')
    .select(['username', 'role', 'area_code'])
    .where('role', '!=', 'citizen')
    .orderBy('username')
    .limit(12)
    .execute();
  console.log(`Demo logins (synthetic data), password for all: ${DEMO_PASSWORD}`);
  for (const login of logins)
    console.log(`  ${login.username.padEnd(24)} ${login.role.padEnd(18)} ${login.area_code}`);
  console.log(`  Citizen: NIK ${DEMO_CITIZEN.nik}, PIN ${DEMO_CITIZEN.pin}`);
}
