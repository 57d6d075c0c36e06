// Printing a family card and a resident's biodata as PDF: masked identifiers without a reason (not audited),
// whole ones with a reason (audited), labels of the code lists on paper, and 404 outside the area. Who may
// print where is proven by the scope harness (records.scope-cases.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import type { RequestContext } from '../../../../platform/request-context.ts';
import { registerFamily } from '../../test-support/families.ts';
import { printBiodata, printFamilyCard } from './service.ts';

let t: TestApp;
let operator: TestUser;
let otherVillage: TestUser;
let family: { familyId: string; residentIds: string[] };

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', '35.10.01.2001');
  otherVillage = await t.createUser('village_operator', '35.10.02.2001');
  family = await registerFamily(operator, '35.10.01.2001');
});
afterAll(() => t.close());

const cardUrl = () => `/api/villages/35.10.01.2001/families/${family.familyId}/pdf`;
const biodataUrl = () => `/api/villages/35.10.01.2001/residents/${family.residentIds[0]}/pdf`;

async function printAudits(action: string, entityId: string) {
  return t.database.db
    .selectFrom('audit_log')
    .select(['actor_id', 'details'])
    .where('action', '=', action)
    .where('entity_id', '=', entityId)
    .execute();
}

/** The whole identifiers of the family, as the audited reveal gives them. */
async function wholeIdentifiers() {
  const res = await operator.request({
    method: 'POST',
    url: `/api/villages/35.10.01.2001/families/${family.familyId}/reveal`,
    payload: { reason: 'cek cetak kartu keluarga' },
  });
  return res.json<{ kkNumber: string; members: { id: string; nik: string }[] }>();
}

/** The service as the route calls it for the operator: the text of the document it would render. */
async function printedText(print: typeof printFamilyCard, id: string, reason?: string) {
  const ctx: RequestContext = {
    actor: {
      id: operator.id,
      username: operator.username,
      role: 'village_operator',
      agency: null,
      areaCode: '35.10.01.2001',
    },
    ip: '127.0.0.1',
    userAgent: null,
  };
  const { document } = await print(t.database.db, ctx, '35.10.01.2001', id, reason);
  return JSON.stringify(document.content);
}

describe('GET /api/villages/:code/families/:id/pdf', () => {
  it('answers a PDF of the family card, not cached, and audits nothing (identifiers masked)', async () => {
    const before = await printAudits('population.family.print', family.familyId);
    const res = await operator.request({ method: 'GET', url: cardUrl() });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(
      /^inline; filename="kartu-keluarga-[0-9a-f]{8}\.pdf"$/,
    );
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.subarray(-6).toString()).toContain('%%EOF');
    expect(await printAudits('population.family.print', family.familyId)).toEqual(before);
  });

  it('answers 404 to another village’s operator, as if the family did not exist', async () => {
    const res = await otherVillage.request({ method: 'GET', url: cardUrl() });
    expect(res.statusCode).toBe(404);
  });
});

describe('POST /api/villages/:code/families/:id/pdf', () => {
  it('prints whole identifiers only with a reason, audited with it', async () => {
    const noReason = await operator.request({ method: 'POST', url: cardUrl(), payload: { reason: '' } });
    expect(noReason.statusCode).toBe(400);
    const res = await operator.request({
      method: 'POST',
      url: cardUrl(),
      payload: { reason: 'arsip permohonan surat pindah' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audits = await printAudits('population.family.print', family.familyId);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actor_id: operator.id,
      details: { reason: 'arsip permohonan surat pindah', members: 3 },
    });
  });
});

describe('what a family card and a biodata print', () => {
  it('prints masked identifiers without a reason and whole ones with it, with the code lists’ labels', async () => {
    const whole = await wholeIdentifiers();
    const masked = await printedText(printFamilyCard, family.familyId);
    expect(masked).not.toContain(whole.kkNumber);
    for (const member of whole.members) expect(masked).not.toContain(member.nik);
    const masks = await t.masks();
    expect(masked).toContain(masks.civil(whole.kkNumber));
    for (const member of whole.members) expect(masked).toContain(masks.civil(member.nik));
    expect(masked).toContain('disamarkan');
    // Labels, not codes: the head's relationship and sex as the "Kode Data" sheet names them.
    expect(masked).toContain('KEPALA KELUARGA');
    expect(masked).toContain('LAKI-LAKI');
    expect(masked).toContain('Sarongan');

    const full = await printedText(printFamilyCard, family.familyId, 'cek cetak lengkap');
    expect(full).toContain(whole.kkNumber);
    for (const member of whole.members) expect(full).toContain(member.nik);
    expect(full).toContain('tercatat di jejak audit');
  });

  it('prints a resident’s biodata with the family card number beside the NIK', async () => {
    const whole = await wholeIdentifiers();
    const head = whole.members.find((m) => m.id === family.residentIds[0])!;
    const masked = await printedText(printBiodata, family.residentIds[0]!);
    expect(masked).toMatch(/slamet riyadi/i);
    expect(masked).not.toContain(head.nik);
    const full = await printedText(printBiodata, family.residentIds[0]!, 'cek biodata');
    expect(full).toContain(head.nik);
    expect(full).toContain(whole.kkNumber);
  });
});

describe('GET and POST /api/villages/:code/residents/:id/pdf', () => {
  it('answers the biodata PDF, auditing only the print with whole identifiers', async () => {
    const id = family.residentIds[0]!;
    const before = (await printAudits('population.resident.print', id)).length;
    const masked = await operator.request({ method: 'GET', url: biodataUrl() });
    expect(masked.statusCode).toBe(200);
    expect(masked.headers['content-type']).toBe('application/pdf');
    expect(await printAudits('population.resident.print', id)).toHaveLength(before);
    const full = await operator.request({
      method: 'POST',
      url: biodataUrl(),
      payload: { reason: 'lampiran surat keterangan' },
    });
    expect(full.statusCode).toBe(200);
    expect(await printAudits('population.resident.print', id)).toHaveLength(before + 1);
    expect((await otherVillage.request({ method: 'GET', url: biodataUrl() })).statusCode).toBe(404);
  });
});
