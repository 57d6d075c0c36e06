// Opt-in: run server test files against a real Citus cluster (CITUS_TEST_NODES=host:port,host:port,… with
// the coordinator first; user postgres, trust auth). Each test file gets a fresh database on every node,
// migrated and distributed by the app's own distribution step. Not part of CI (Citus is not in Debian).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { distributeTables } from '../src/db/citus/distribute.ts';
import { openPostgres, type Database } from '../src/db/database.ts';
import { prepareDatabase } from '../src/db/prepare.ts';
import { dropScratchDatabase } from './drop-database.ts';

const nodeUrl = (node: string, database: string) => `postgres://postgres@${node}/${database}`;

export async function createCitusTestDatabase(nodesList: string): Promise<Database> {
  const nodes = nodesList.split(',');
  const name = `sk_citus_${randomBytes(5).toString('hex')}`;
  for (const node of nodes) {
    const admin = new pg.Client({ connectionString: nodeUrl(node, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const client = new pg.Client({ connectionString: nodeUrl(node, name) });
    await client.connect();
    await client.query('CREATE EXTENSION citus');
    await client.end();
  }
  const [coordinator, ...workers] = nodes.map((node) => node.split(':'));
  const setup = new pg.Client({ connectionString: nodeUrl(nodes[0]!, name) });
  await setup.connect();
  await setup.query('SELECT citus_set_coordinator_host($1, $2)', [coordinator![0], Number(coordinator![1])]);
  for (const [host, port] of workers)
    await setup.query('SELECT citus_add_node($1, $2)', [host, Number(port)]);
  await setup.end();
  const database = openPostgres(nodeUrl(nodes[0]!, name), 4);
  await prepareDatabase(database, '35.10');
  await distributeTables(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      for (const node of [...nodes].reverse()) {
        const admin = new pg.Client({ connectionString: nodeUrl(node, 'postgres') });
        await admin.connect();
        await dropScratchDatabase(admin, name);
        await admin.end();
      }
    },
  };
}
