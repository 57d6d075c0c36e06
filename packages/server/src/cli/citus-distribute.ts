// `npm run citus:distribute` with DATABASE_URL naming a Citus coordinator whose workers are added: applies
// pending migrations, checks the schema rules, distributes every table placement.sql places and not yet
// distributed, and prints where each table now lives. Safe to run again after every migration.
import { loadConfig } from '../config.ts';
import { openPostgres } from '../db/database.ts';
import { distributedTables, distributeTables, SchemaRulesBroken } from '../db/citus/distribute.ts';
import { citusVersion } from '../db/citus/placement.ts';
import { prepareDatabase } from '../db/prepare.ts';

const config = loadConfig();
if (!config.databaseUrl) {
  console.error('Set DATABASE_URL to the Citus coordinator (postgres://…).');
  process.exit(2);
}
const database = openPostgres(config.databaseUrl, 2);
try {
  const version = await citusVersion(database.db);
  if (!version) {
    console.error(
      'This database has no citus extension: run CREATE EXTENSION citus and add the workers first.',
    );
    process.exitCode = 2;
  } else {
    const { migrations } = await prepareDatabase(database, config.regencyCode);
    if (migrations.length) console.log(`Applied: ${migrations.join(', ')}`);
    await distributeTables(database.db);
    console.log(`Citus ${version}: every table is placed.`);
    for (const t of await distributedTables(database.db))
      console.log(
        `  ${t.table.padEnd(24)} ${t.method.padEnd(10)} ${t.column ?? ''} (colocation ${t.colocation})`,
      );
  }
} catch (error) {
  if (!(error instanceof SchemaRulesBroken)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.close();
}
