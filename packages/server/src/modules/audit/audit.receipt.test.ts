// GET /api/audit/receipt(.txt): the inspectorate's copy of the latest signed checkpoints.
import { createPublicKey, verify } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../test/test-app.ts';
import { readReceipt, type AuditReceipt } from './receipt.ts';
import { keyFingerprint, loadSigningKey } from './signing-key.ts';
import { verifyAuditTrail } from './trail-verify.ts';

let t: TestApp;
let inspector: TestUser;
let admin: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  inspector = await t.createUser('agency_staff', '35.10', { agency: 'inspectorate' });
  admin = await t.createUser('regency_admin', '35.10');
});
afterAll(() => t.close());

const receipt = (user: TestUser, url = '/api/audit/receipt') => user.request({ method: 'GET', url });

describe('GET /api/audit/receipt', () => {
  it('gives the inspectorate a downloadable receipt that covers its own issuing, signed by the server key', async () => {
    const res = await receipt(inspector);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="tanda-terima-audit-.*\.json"$/,
    );
    const body = res.json<AuditReceipt>();
    const key = loadSigningKey(t.config.auditAnchor.keyFile)!;
    expect(body).toMatchObject({
      kind: 'smart-kampung/audit-receipt',
      regencyCode: '35.10',
      issuedTo: { username: inspector.username, role: 'agency_staff', agency: 'inspectorate' },
      keyFingerprint: keyFingerprint(key.publicKey),
    });
    const head = await t.database.db
      .selectFrom('audit_log')
      .select(['seq', 'hash', 'action'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(head.action).toBe('audit.receipt_issued');
    expect(body.checkpoints[0]).toMatchObject({ seq: head.seq, hash: head.hash });
    // Anyone can check it with the public key printed on it, without the application's help.
    const publicKey = createPublicKey(body.publicKey);
    for (const c of body.checkpoints)
      expect(verify(null, Buffer.from(c.message), publicKey, Buffer.from(c.signature, 'base64'))).toBe(true);
  });

  it('prints the same as text in both languages', async () => {
    const res = await receipt(admin, '/api/audit/receipt.txt?count=2');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('TANDA TERIMA JEJAK AUDIT / AUDIT TRAIL RECEIPT');
    expect(res.body).toContain('Sidik jari kunci publik / Public key fingerprint:');
    expect(res.body).toContain('-----BEGIN PUBLIC KEY-----');
    expect(res.body.match(/^Titik periksa \/ Checkpoint \d\/2/gm)).toHaveLength(2);
  });

  it('lets a kept receipt expose a cut the server would otherwise hide', async () => {
    const kept = readReceipt((await receipt(inspector)).body);
    const sources = kept.checkpoints.map((signed, i) => ({
      label: `receipt #${i + 1}`,
      signed,
      publicKey: kept.publicKey,
    }));
    expect(await verifyAuditTrail(t.database.db, sources)).toMatchObject({ ok: true });
    const { seq } = await t.database.db
      .selectFrom('audit_log')
      .select('seq')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(t.database.db);
    await sql`DELETE FROM audit_log WHERE seq > ${seq - 2}`.execute(t.database.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER USER`.execute(t.database.db);
    expect(await verifyAuditTrail(t.database.db, sources)).toMatchObject({
      ok: false,
      reason: 'entries_missing',
      brokenAt: seq - 1,
    });
    // Nor does the server sign a new receipt over the cut trail.
    const refused = await receipt(inspector);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('AUDIT_TRAIL_BROKEN');
  });

  it('is for the inspectorate and the regency admin only', async () => {
    const planning = await t.createUser('agency_staff', '35.10', { agency: 'planning' });
    const district = await t.createUser('district_staff', '35.10.01');
    expect((await receipt(planning)).statusCode).toBe(403);
    expect((await receipt(district)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit/receipt' })).statusCode).toBe(401);
  });
});
