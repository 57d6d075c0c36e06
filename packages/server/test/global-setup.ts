// Migrates one template database per test run; each test file then starts from a copy of it
// (PGlite: a data-directory dump loaded into a fresh instance; PostgreSQL: CREATE DATABASE … TEMPLATE).
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../src/db/database.ts';
import { prepareDatabase } from '../src/db/prepare.ts';
import { dropScratchDatabase } from './drop-database.ts';

export type DbTemplate =
  | { kind: 'pglite'; dumpFile: string }
  | { kind: 'postgres'; adminUrl: string; template: string }
  // Opt-in, by hand: CITUS_TEST_NODES=host:port,… (coordinator first) runs the files on a real Citus cluster.
  | { kind: 'citus'; nodes: string };

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: DbTemplate;
  }
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  // Each test file makes its own distributed database (citus-database.ts); no template to share.
  if (process.env.CITUS_TEST_NODES) {
    project.provide('dbTemplate', { kind: 'citus', nodes: process.env.CITUS_TEST_NODES });
    return;
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const template = `sk_test_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const database = openPostgres(databaseUrl(adminUrl, template), 2);
    await prepareDatabase(database, '35.10');
    await database.close();
    project.provide('dbTemplate', { kind: 'postgres', adminUrl, template });
    return async () => {
      await dropScratchDatabase(admin, template);
      await admin.end();
    };
  }
  const database = await openPglite();
  await prepareDatabase(database, '35.10');
  const dumpFile = path.join(os.tmpdir(), `sk-test-template-${process.pid}.tar`);
  const dump = await database.dumpDataDir!();
  await writeFile(dumpFile, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('dbTemplate', { kind: 'pglite', dumpFile });
  return async () => {
    await rm(dumpFile, { force: true });
  };
}
