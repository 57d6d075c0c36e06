// The public look-up: what it finds by a misspelt name, what it shows (masked names, age, RT/RW, programs),
// and what it never confirms: a NIK or KK with the wrong name answers exactly like a number nobody has.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/test-app.ts';
import { registerFamily } from '../../population/test-support/families.ts';

const VILLAGE = '35.10.01.2001';
const OTHER_VILLAGE = '35.10.01.2002';
let t: TestApp;
let recipients: { familyId: string; residentIds: string[]; niks: string[]; kk: string };
let nonRecipientNik: string;

async function identifiersOf(familyId: string) {
  const rows = await t.database.db
    .selectFrom('resident as r')
    .innerJoin('family as f', (j) =>
      j.onRef('f.village_code', '=', 'r.village_code').onRef('f.id', '=', 'r.family_id'),
    )
    .select(['r.nik', 'f.kk_number', 'r.relationship'])
    .where('r.family_id', '=', familyId)
    .orderBy('r.relationship')
    .execute();
  return { niks: rows.map((row) => row.nik), kk: rows[0]!.kk_number };
}

async function enrolFamily(village: string, familyId: string, code: string, status = 'active') {
  const program = await t.database.db
    .selectFrom('assistance_program')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  await t.database.db
    .insertInto('assistance_enrolment')
    .values({
      village_code: village,
      id: randomUUID(),
      program_id: program.id,
      unit_type: 'family',
      family_id: familyId,
      status,
      start_date: '2025-01-01',
      source: 'file',
    })
    .execute();
}

const MANY_FIRST_NAMES = [
  'Sri',
  'Dewi',
  'Tri',
  'Eka',
  'Nur',
  'Ani',
  'Yuni',
  'Ratna',
  'Wulan',
  'Indah',
  'Ayu',
  'Lina',
];

const lookup = (payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/public/cek-bansos/lookup', payload });

beforeAll(async () => {
  t = await buildTestApp({
    config: { cekBansos: { proofOfWork: false, perAddressPerMinute: 1000, perVillagePerMinute: 1000 } },
  });
  const operator = await t.createUser('village_operator', VILLAGE);
  const family = await registerFamily(operator, VILLAGE, [
    { fullName: 'Slamet Riyadi', sex: 1, birthDate: '1980-03-14', relationship: 1 },
    { fullName: 'Siti Aminah', sex: 2, birthDate: '1984-07-02', relationship: 3 },
  ]);
  recipients = { ...family, ...(await identifiersOf(family.familyId)) };
  await enrolFamily(VILLAGE, family.familyId, 'PKH');
  const others = await registerFamily(operator, VILLAGE, [
    { fullName: 'Bambang Sutrisno', sex: 1, birthDate: '1975-01-01', relationship: 1 },
  ]);
  nonRecipientNik = (await identifiersOf(others.familyId)).niks[0]!;
  // Twelve recipients who all match "rahayu": more than the answer may show.
  const many = await registerFamily(
    operator,
    VILLAGE,
    MANY_FIRST_NAMES.map((first, i) => ({
      fullName: `${first} Rahayu`,
      sex: 2,
      birthDate: `19${60 + i}-05-0${1 + (i % 9)}`,
      relationship: i === 0 ? 1 : 4,
    })),
  );
  await enrolFamily(VILLAGE, many.familyId, 'SEMBAKO');
});
afterAll(() => t.close());

describe('POST /api/public/cek-bansos/lookup by name', () => {
  it('finds a recipient by a misspelt name and shows only the masked name, age, RT/RW and programs', async () => {
    const res = await lookup({ village: VILLAGE, name: 'siti aminnah' });
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json();
    expect(answer.message).toBeNull();
    expect(answer.rows).toHaveLength(1);
    const [row] = answer.rows;
    expect(Object.keys(row).sort()).toEqual(['age', 'name', 'programs', 'rt', 'rw']);
    expect(row.name).toBe('S**I A***H');
    expect(row.rt).toBe('002');
    expect(row.programs).toEqual([
      { code: 'PKH', name: 'Program Keluarga Harapan', status: 'active', since: '2025-01-01', until: null },
    ]);
    expect(res.body).not.toContain(recipients.niks[1]!);
    expect(res.body).not.toContain('Aminah');
  });

  it('says "Tidak terdapat peserta/PM" for residents who receive nothing, and in another village', async () => {
    for (const [village, name] of [
      [VILLAGE, 'Bambang Sutrisno'],
      [OTHER_VILLAGE, 'Siti Aminah'],
    ]) {
      const res = await lookup({ village, name });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ rows: [], message: 'Tidak terdapat peserta/PM' });
    }
  });

  it('shows at most 10 rows when more recipients match', async () => {
    const res = await lookup({ village: VILLAGE, name: 'rahayu' });
    const rows = res.json().rows as { name: string; programs: { code: string }[] }[];
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => row.name)).size).toBe(10);
    for (const row of rows) expect(row.programs.map((p) => p.code)).toEqual(['SEMBAKO']);
  });

  it('refuses a number typed as a name, and a missing village, with a message a citizen understands', async () => {
    const digits = await lookup({ village: VILLAGE, name: recipients.niks[0] });
    expect(digits.statusCode).toBe(400);
    expect(digits.json().errors[0].message).toMatch(/nama sesuai KTP/);
    const noVillage = await lookup({ name: 'Siti Aminah' });
    expect(noVillage.statusCode).toBe(400);
  });
});

describe('POST /api/public/cek-bansos/lookup by NIK or KK', () => {
  it('answers with the programs when the NIK and the name belong to one resident', async () => {
    const res = await lookup({ village: VILLAGE, nik: recipients.niks[1], name: 'SITI AMINAH' });
    expect(res.json().rows).toHaveLength(1);
  });

  it('answers a wrong name exactly as it answers a NIK nobody has', async () => {
    const wrongName = await lookup({ village: VILLAGE, nik: recipients.niks[1], name: 'Siti Rahayu' });
    const noSuchNik = await lookup({ village: VILLAGE, nik: '3510010101010999', name: 'Siti Aminah' });
    const nonRecipient = await lookup({ village: VILLAGE, nik: nonRecipientNik, name: 'Bambang Sutrisno' });
    const otherVillage = await lookup({
      village: OTHER_VILLAGE,
      nik: recipients.niks[1],
      name: 'Siti Aminah',
    });
    for (const res of [noSuchNik, nonRecipient, otherVillage]) {
      expect(res.statusCode).toBe(wrongName.statusCode);
      expect(res.body).toBe(wrongName.body);
      expect(res.headers['content-length']).toBe(wrongName.headers['content-length']);
    }
    expect(wrongName.json()).toEqual({ rows: [], message: 'Tidak terdapat peserta/PM' });
  });

  it("shows every member's programs for the KK with the head's name, and nothing with another member's", async () => {
    const byHead = await lookup({ village: VILLAGE, kk: recipients.kk, name: 'Slamet Riyadi' });
    expect(byHead.json().rows.map((row: { name: string }) => row.name)).toEqual([
      'S***T R***I',
      'S**I A***H',
    ]);
    for (const identifier of [recipients.kk, ...recipients.niks])
      expect(byHead.body).not.toContain(identifier);
    const byMember = await lookup({ village: VILLAGE, kk: recipients.kk, name: 'Siti Aminah' });
    expect(byMember.json().rows).toEqual([]);
  });

  it('answers a KK with another name exactly as it answers a KK nobody has', async () => {
    const wrongHead = await lookup({ village: VILLAGE, kk: recipients.kk, name: 'Siti Aminah' });
    const noSuchKk = await lookup({ village: VILLAGE, kk: '3510010101990999', name: 'Slamet Riyadi' });
    const otherVillage = await lookup({ village: OTHER_VILLAGE, kk: recipients.kk, name: 'Slamet Riyadi' });
    for (const res of [noSuchKk, otherVillage]) {
      expect(res.statusCode).toBe(wrongHead.statusCode);
      expect(res.body).toBe(wrongHead.body);
    }
    expect(wrongHead.json()).toEqual({ rows: [], message: 'Tidak terdapat peserta/PM' });
  });
});

describe('GET /api/public/cek-bansos/areas', () => {
  it("lists the regency's districts with their villages, cacheable", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/cek-bansos/areas' });
    expect(res.statusCode).toBe(200);
    const answer = res.json<{ districts: { code: string; villages: { code: string }[] }[] }>();
    expect(answer.districts).toHaveLength(25);
    expect(answer.districts.reduce((sum, district) => sum + district.villages.length, 0)).toBe(217);
    for (const district of answer.districts)
      for (const village of district.villages)
        expect(village.code.startsWith(`${district.code}.`)).toBe(true);
    expect(res.headers['cache-control']).toMatch(/max-age/);
  });
});

describe('look-up statistics', () => {
  it('counts look-ups per village, way in and outcome, and keeps nothing of what was asked', async () => {
    await t.app.close();
    const stats = await t.database.db.selectFrom('public_lookup_stat').selectAll().execute();
    const found = stats.find(
      (row) => row.mode === 'name' && row.outcome === 'found' && row.village_code === VILLAGE,
    );
    expect(found?.lookups).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(stats)).not.toMatch(/aminah|slamet|3510/i);
  });
});
