// /api/health tells a monitor the server and its database are there. It must answer while an import's commit
// holds the embedded database's only connection (it does not queue behind it), and say 503 when the database
// cannot be reached.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('answers while a long transaction holds the database', async () => {
    let transactionEnded = false;
    let started!: () => void;
    const inside = new Promise<void>((resolve) => (started = resolve));
    const transaction = t.database.db.transaction().execute(async (trx) => {
      await sql`SELECT 1`.execute(trx);
      started();
      await sql`SELECT pg_sleep(2)`.execute(trx);
      transactionEnded = true;
    });
    await inside;
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: t.database.kind });
    expect(transactionEnded).toBe(false);
    await transaction;
  });

  it('answers 503 as a problem when the database cannot be reached', async () => {
    const unreachable = { ...t.database, ping: () => Promise.reject(new Error('gone')) };
    const app = await buildApp(unreachable, { ...loadConfig({}), webDistDir: '/nonexistent' });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    await app.close();
  });
});
