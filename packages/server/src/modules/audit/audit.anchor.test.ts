// The audit trail cannot be cut or rewritten unseen: TRUNCATE is refused by the database, and a signed
// checkpoint kept outside it exposes a cut or a rewritten tail, even one whose hashes were all recomputed.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-database.ts';
import type { AuditAnchorConfig } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { takeCheckpoint } from './anchor.ts';
import { readCheckpointFile } from './checkpoint-file.ts';
import { appendAudit, verifyAuditChain } from './service.ts';
import { keyFingerprint, loadSigningKey } from './signing-key.ts';
import { verifyAuditTrail } from './trail-verify.ts';

let database: Database;
let dir: string;
let anchor: AuditAnchorConfig;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

// Every test starts from an empty trail (emptied the only way left: triggers off) and a new key and file.
beforeEach(async () => {
  await tamper('TRUNCATE audit_log');
  dir = mkdtempSync(path.join(os.tmpdir(), 'sk-anchor-'));
  anchor = {
    checkpointFile: path.join(dir, 'checkpoints.jsonl'),
    keyFile: path.join(dir, 'signing-key.pem'),
    intervalMinutes: 15,
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const actor = { id: '00000000-0000-4000-8000-000000000002', role: 'regency_admin' };
async function appendSome(count: number, reason = 'pemeriksaan') {
  for (let i = 0; i < count; i += 1)
    await appendAudit(database.db, {
      actor,
      action: 'population.resident_revealed',
      entityType: 'resident',
      entityId: `r-${i}`,
      details: { reason },
    });
}

/** What someone with full control of the database does: every trigger off, the change, triggers on. */
async function tamper(statement: string) {
  await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(database.db);
  await sql.raw(statement).execute(database.db);
  await sql`ALTER TABLE audit_log ENABLE TRIGGER USER`.execute(database.db);
}

const checkpoint = () => takeCheckpoint(database.db, anchor, '35.10');
function fileSources() {
  const key = loadSigningKey(anchor.keyFile);
  return readCheckpointFile(anchor.checkpointFile).map((line) => ({
    label: `checkpoints.jsonl line ${line.line}`,
    signed: line.signed,
    publicKey: key?.publicKey ?? null,
  }));
}
const verify = () => verifyAuditTrail(database.db, fileSources());

describe('TRUNCATE audit_log', () => {
  it('is refused by the database itself, and the entries stay', async () => {
    await appendSome(3);
    await expect(sql`TRUNCATE audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, entries: 3 });
  });
});

describe('a signed checkpoint', () => {
  it('verifies an untouched trail and notes the last anchored entry', async () => {
    await appendSome(5);
    expect(await checkpoint()).toMatchObject({ status: 'taken', checkpoint: { seq: 5 } });
    expect(await checkpoint()).toMatchObject({ status: 'unchanged' });
    await appendSome(2);
    expect(await checkpoint()).toMatchObject({ status: 'taken', checkpoint: { seq: 7 } });
    expect(await verify()).toMatchObject({
      ok: true,
      entries: 7,
      checkpoints: 2,
      lastCheckpoint: { seq: 7 },
    });
  });

  it('keeps its key outside the database, in a file only the server may read, made once', async () => {
    await appendSome(1);
    await checkpoint();
    expect(statSync(anchor.keyFile).mode & 0o777).toBe(0o600);
    const first = keyFingerprint(loadSigningKey(anchor.keyFile)!.publicKey);
    await appendSome(1);
    await checkpoint();
    expect(keyFingerprint(loadSigningKey(anchor.keyFile)!.publicKey)).toBe(first);
    const stored = await sql<{ n: number }>`SELECT count(*)::int AS n FROM deployment
      WHERE secret LIKE '%PRIVATE KEY%'`.execute(database.db);
    expect(stored.rows[0]!.n).toBe(0);
  });

  it('exposes a trail emptied with the triggers off, which the chain alone calls intact', async () => {
    await appendSome(6);
    await checkpoint();
    await tamper('TRUNCATE audit_log');
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, entries: 0 });
    expect(await verify()).toMatchObject({
      ok: false,
      entries: 0,
      brokenAt: 1,
      reason: 'entries_missing',
      message: expect.stringMatching(
        /CUT: it ends at entry 0.*vouches for 6 entries; entries 1–6 are missing/,
      ),
    });
  });

  it('exposes the last entries deleted with the trigger off, naming the first missing one', async () => {
    await appendSome(10);
    await checkpoint();
    await tamper('DELETE FROM audit_log WHERE seq > 7');
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, entries: 7 });
    expect(await verify()).toMatchObject({
      ok: false,
      entries: 7,
      brokenAt: 8,
      reason: 'entries_missing',
      message: expect.stringContaining('entries 8–10 are missing'),
    });
  });

  it('exposes a tail rewritten with every hash recomputed, and refuses to sign over it', async () => {
    await appendSome(4);
    await checkpoint();
    await appendSome(4);
    await checkpoint();
    // Entries 6–8 replaced by new ones made through the normal path: the chain itself is flawless.
    await tamper('DELETE FROM audit_log WHERE seq > 5');
    await appendSome(3, 'tidak pernah dibuka');
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, entries: 8 });
    const verdict = await verify();
    expect(verdict).toMatchObject({ ok: false, brokenAt: 8, reason: 'checkpoint_mismatch' });
    expect(verdict.ok === false && verdict.message).toMatch(
      /REWRITTEN: entry 8 no longer has the hash signed in checkpoints.jsonl line 2 .*entries 5–8/,
    );
    expect(await checkpoint()).toMatchObject({
      status: 'refused',
      reason: 'entry 8 differs from the last checkpoint',
    });
    expect(readCheckpointFile(anchor.checkpointFile)).toHaveLength(2);
  });

  it('exposes an edited checkpoint line and a checkpoint file whose key went missing', async () => {
    await appendSome(3);
    await checkpoint();
    const line = readFileSync(anchor.checkpointFile, 'utf8');
    writeFileSync(anchor.checkpointFile, line.replace('"seq\\":3', '"seq\\":2'));
    expect(await verify()).toMatchObject({
      ok: false,
      reason: 'checkpoint_signature',
      message: expect.stringContaining('line 1 does not verify'),
    });
    rmSync(anchor.keyFile);
    expect(await verify()).toMatchObject({
      ok: false,
      reason: 'checkpoint_signature',
      message: expect.stringContaining('public key to check it with is missing'),
    });
  });
});
