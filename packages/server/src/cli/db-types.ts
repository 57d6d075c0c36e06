// Regenerates packages/server/src/db/schema.generated.ts from the migrations: migrates a scratch database
// on the PostgreSQL server named by TEST_DATABASE_URL and lets kysely-codegen read its catalogue, so row
// types always come from the schema, never written by hand. `-- --verify` only checks the file is current.
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { openPostgres } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl)
  throw new Error('Set TEST_DATABASE_URL to a PostgreSQL server where this user may CREATE DATABASE');
const scratch = `sk_codegen_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
const url = new URL(adminUrl);
url.pathname = `/${scratch}`;
try {
  const database = openPostgres(url.toString(), 1);
  await migrate(database);
  await database.close();
  execFileSync(
    'npx',
    [
      'kysely-codegen',
      '--dialect',
      'postgres',
      '--url',
      url.toString(),
      '--out-file',
      'packages/server/src/db/schema.generated.ts',
      '--exclude-pattern',
      'schema_migration',
      '--type-mapping',
      '{"int8":"number"}',
      '--date-parser',
      'string',
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
} finally {
  await admin.query(`DROP DATABASE ${scratch}`);
  await admin.end();
}
