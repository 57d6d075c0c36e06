// A fresh copy of the migrated template database for one test file, on the engine this run uses.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../src/db/database.ts';
import { createCitusTestDatabase } from './citus-database.ts';
import { databaseUrl } from './global-setup.ts';

export async function createTestDatabase(): Promise<Database> {
  const template = inject('dbTemplate');
  if (template.kind === 'citus') return createCitusTestDatabase(template.nodes);
  if (template.kind === 'pglite') {
    const dump = await readFile(template.dumpFile);
    return openPglite({ loadDataDir: new Blob([dump]) });
  }
  const name = `sk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: template.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.template}`);
  const database = openPostgres(databaseUrl(template.adminUrl, name), 4);
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
