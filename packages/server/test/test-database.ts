// A fresh copy of the migrated template database for one test file, on the engine this run uses.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../src/db/database.ts';
import { DEFAULT_STATEMENT_TIMEOUT_MS } from '../src/db/statement-timeout.ts';
import { createCitusTestDatabase } from './citus-database.ts';
import { databaseUrl } from './global-setup.ts';
import { dropScratchDatabase } from './drop-database.ts';

export interface TestDatabaseOptions {
  /** The server's limit unless a test needs another. */
  statementTimeoutMs?: number;
  /** PGlite in a temporary directory instead of memory (slower), so it can be reopened after a restart. */
  onDisk?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const template = inject('dbTemplate');
  if (template.kind === 'citus') return createCitusTestDatabase(template.nodes);
  const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  if (template.kind === 'pglite') {
    const loadDataDir = new Blob([await readFile(template.dumpFile)]);
    if (!options.onDisk) return openPglite({ loadDataDir, statementTimeoutMs });
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sk-test-pglite-'));
    const database = await openPglite({ dataDir, loadDataDir, statementTimeoutMs });
    return {
      ...database,
      close: async () => {
        await database.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `sk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: template.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.template}`);
  const database = openPostgres(databaseUrl(template.adminUrl, name), 4, { statementTimeoutMs });
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropScratchDatabase(admin, name);
      await admin.end();
    },
  };
}
