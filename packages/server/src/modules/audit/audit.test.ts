import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-database.ts';
import type { Database } from '../../db/database.ts';
import { appendAudit, verifyAuditChain } from './service.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const actor = { id: '00000000-0000-4000-8000-000000000001', role: 'village_operator' };

async function appendSome(count: number, prefix: string) {
  for (let i = 0; i < count; i += 1) {
    await appendAudit(database.db, {
      actor,
      action: `${prefix}.read`,
      entityType: 'resident',
      entityId: `r-${i}`,
      regionCode: '35.10.01.2001',
      ip: '127.0.0.1',
      details: { reason: 'layanan surat', nested: { b: 2, a: 1 }, i },
    });
  }
}

/** Tampering as a database superuser would: switch the append-only trigger off, change, switch it on. */
async function tamper(statement: string) {
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(database.db);
  await sql.raw(statement).execute(database.db);
  await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(database.db);
}

describe('audit chain', () => {
  it('chains entries in order and verifies them after a round trip through jsonb', async () => {
    await appendSome(30, 'first');
    const verdict = await verifyAuditChain(database.db, 7);
    expect(verdict).toEqual({ ok: true, entries: 30 });
    const rows = await database.db
      .selectFrom('audit_log')
      .select(['seq', 'prev_hash', 'hash'])
      .orderBy('seq')
      .execute();
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
  });

  it('gives concurrent appends consecutive positions without forking the chain', async () => {
    await Promise.all([appendSome(5, 'a'), appendSome(5, 'b'), appendSome(5, 'c')]);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, entries: 45 });
  });

  it('is append-only in the database itself', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x' WHERE seq = 1`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log WHERE seq = 1`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('detects an edited entry', async () => {
    await tamper(`UPDATE audit_log SET details = details || '{"reason":"edited"}' WHERE seq = 12`);
    expect(await verifyAuditChain(database.db)).toEqual({
      ok: false,
      entries: 11,
      brokenAt: 12,
      reason: 'hash_mismatch',
    });
  });

  it('detects a deleted entry', async () => {
    await tamper(`DELETE FROM audit_log WHERE seq = 5`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, brokenAt: 5, reason: 'gap' });
  });
});
