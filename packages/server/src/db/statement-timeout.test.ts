// No statement may hold the database for ever: on both engines a statement that overruns the limit fails
// with PostgreSQL's statement-timeout error, what its transaction wrote is gone, and the database answers
// the next statement. On PGlite the limit is enforced by replacing the worker thread (pglite-host.ts).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-database.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { publicRoute } from '../http/route-access.ts';
import type { Database } from './database.ts';
import { allowLongStatements, statementTimeoutChange } from './statement-timeout.ts';

/** Far below any sleep the tests ask for, far above what a trivial statement needs. */
const LIMIT_MS = 1_500;
/** Replacing PGlite's worker reopens its data directory: seconds on a busy machine. */
const WITH_RESTART = 120_000;
let database: Database;

async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('the statement was expected to fail');
}

/** The rows of a small table of this test's own. */
const probes = async () =>
  (await sql<{ n: number }>`SELECT n FROM timeout_probe ORDER BY n`.execute(database.db)).rows.map(
    (r) => r.n,
  );

beforeAll(async () => {
  database = await createTestDatabase({ statementTimeoutMs: LIMIT_MS, onDisk: true });
  await sql`CREATE TABLE timeout_probe (n int PRIMARY KEY)`.execute(database.db);
  await sql`INSERT INTO timeout_probe VALUES (1)`.execute(database.db);
});
afterAll(() => database.close());

describe('statement time limit', () => {
  it(
    'stops a statement that runs past the limit and keeps answering afterwards',
    async () => {
      const error = await failure(sql`SELECT pg_sleep(60)`.execute(database.db));
      expect(error.code).toBe('57014');
      expect(await probes()).toEqual([1]);
    },
    WITH_RESTART,
  );

  it(
    'loses what the transaction of the stopped statement wrote, and only that',
    async () => {
      await sql`INSERT INTO timeout_probe VALUES (2)`.execute(database.db);
      const error = await failure(
        database.db.transaction().execute(async (trx) => {
          await sql`INSERT INTO timeout_probe VALUES (3)`.execute(trx);
          await sql`SELECT pg_sleep(60)`.execute(trx);
        }),
      );
      expect(error.code).toBe('57014');
      expect(await probes()).toEqual([1, 2]);
    },
    WITH_RESTART,
  );

  it(
    'lets a transaction raise its own limit with SET LOCAL, and only that transaction',
    async () => {
      await database.db.transaction().execute(async (trx) => {
        await allowLongStatements(trx, 60_000);
        await sql`SELECT pg_sleep(3)`.execute(trx);
        await sql`INSERT INTO timeout_probe VALUES (4)`.execute(trx);
      });
      expect(await probes()).toEqual([1, 2, 4]);
      expect((await failure(sql`SELECT pg_sleep(60)`.execute(database.db))).code).toBe('57014');
    },
    WITH_RESTART,
  );

  it(
    'answers a statement nested too deeply for the engine with an error, never a hang or wrong rows',
    async () => {
      // A row-value IN list becomes one nested OR per element; a few hundred overflow PGlite's stack.
      const pairs = Array.from({ length: 5_000 }, (_, i) => sql`(${i}, ${i})`);
      const deep = sql<{ n: number }>`SELECT count(*)::int AS n FROM generate_series(1, 10) x
      WHERE (x, x) IN (${sql.join(pairs)})`;
      const outcome = await deep.execute(database.db).then(
        (result) => ({ rows: result.rows }),
        (error: { code?: string }) => ({ code: error.code }),
      );
      // PGlite refuses it as too deep (54001); on a loaded machine the time limit may end it first (57014).
      // Either is an error the caller gets back; a hang or wrong rows is what this guards against.
      if (database.kind === 'pglite')
        expect(['54001', '57014']).toContain('code' in outcome ? outcome.code : outcome);
      else expect(outcome).toEqual({ rows: [{ n: 10 }] });
      expect(await probes()).toEqual([1, 2, 4]);
    },
    WITH_RESTART,
  );
});

describe('a request whose statement overruns the limit', () => {
  it(
    'answers 503 STATEMENT_TIMEOUT in both languages, and the server answers other requests',
    async () => {
      const app = await buildApp(database, { ...loadConfig({}), webDistDir: '/nonexistent' });
      app.get(
        '/api/test/slow',
        { config: { access: publicRoute(), rateLimit: { max: 5, timeWindow: '1 minute' } } },
        async () => {
          await sql`SELECT pg_sleep(60)`.execute(app.db);
          return { finished: true };
        },
      );
      try {
        const [slow, health] = await Promise.all([
          app.inject({ method: 'GET', url: '/api/test/slow' }),
          app.inject({ method: 'GET', url: '/api/health' }),
        ]);
        expect(slow.statusCode).toBe(503);
        expect(slow.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(slow.json()).toMatchObject({
          code: 'STATEMENT_TIMEOUT',
          message_id: expect.stringContaining('terlalu lama') as unknown,
          message_en: expect.stringContaining('took too long') as unknown,
        });
        expect(health.statusCode).toBe(200);
      } finally {
        await app.close();
      }
    },
    WITH_RESTART,
  );
});

describe('statementTimeoutChange', () => {
  it('reads the SET and RESET forms PostgreSQL accepts', () => {
    expect(statementTimeoutChange('SET LOCAL statement_timeout = 600000')).toEqual({
      scope: 'local',
      ms: 600_000,
    });
    expect(statementTimeoutChange("set statement_timeout to '5min'")).toEqual({
      scope: 'session',
      ms: 300_000,
    });
    expect(statementTimeoutChange('SET SESSION statement_timeout = 0;')).toEqual({ scope: 'session', ms: 0 });
    expect(statementTimeoutChange('RESET statement_timeout')).toEqual({ scope: 'reset' });
    expect(statementTimeoutChange('SET LOCAL work_mem = 1000')).toBeUndefined();
    expect(statementTimeoutChange("SELECT 'SET statement_timeout = 0'")).toBeUndefined();
  });
});
