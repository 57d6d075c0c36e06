// Issuing a letter at the desk: numbered from the village's counter, signed by whom the signing matrix names,
// with the subject and the signer copied in; refusals name what is wrong and write nothing.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { issue, villageReadyForLetters } from '../test-support/letters.ts';

const SARONGAN = '35.10.01.2001';
const OTHER = '35.10.01.2002';
let t: TestApp;
let operator: TestUser;
let otherOperator: TestUser;
let residents: string[];
let otherResidents: string[];

const year = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
const written = async () => {
  const row = await sql<{ letters: number; counters: string }>`
    select (select count(*)::int from letter) as letters,
           (select coalesce(string_agg(scope || '=' || last_number, ',' order by scope), '') from letter_sequence) as counters`.execute(
    t.database.db,
  );
  return row.rows[0];
};

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', SARONGAN);
  otherOperator = await t.createUser('village_operator', OTHER);
  residents = await villageReadyForLetters(operator, SARONGAN);
  const family = await import('../../population/test-support/families.ts').then((m) =>
    m.registerFamily(otherOperator, OTHER),
  );
  otherResidents = family.residentIds;
});
afterAll(() => t.close());

describe('POST /api/villages/:code/letters', () => {
  it('issues a domicile letter numbered from the counter, signed by the head, the NIK masked', async () => {
    const res = await issue(operator, SARONGAN, {
      letterTypeCode: 'keterangan-domisili',
      residentId: residents[0],
      fields: { keperluan: 'Melamar pekerjaan' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const letter = res.json();
    expect(letter.number).toMatch(new RegExp(`^471\\.2/001/2001/[IVX]+/${year()}$`));
    expect(letter).toMatchObject({
      letterTypeCode: 'keterangan-domisili',
      status: 'issued',
      subject: { name: 'Slamet Riyadi', nik: expect.stringContaining('••••••••') },
      signer: { name: 'Suyanto', post: 'Kepala Desa Sarongan', block: ['Kepala Desa Sarongan'] },
    });
    expect(letter.verifyUrl).toMatch(/\/v\/3510012001\.[A-Za-z0-9_-]{22}$/);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'letters.letter.issue')
      .execute();
    expect(audit.map((a) => a.entity_id)).toContain(letter.id);
  });

  it('keeps what it printed when the registry changes afterwards', async () => {
    const res = await issue(operator, SARONGAN, {
      letterTypeCode: 'keterangan-penduduk',
      residentId: residents[1],
      fields: { keperluan: 'Administrasi bank' },
    });
    const letter = res.json();
    await t.database.db
      .updateTable('resident')
      .set({ full_name: 'Siti Aminah Berubah' })
      .where('id', '=', residents[1]!)
      .execute();
    const again = await operator.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/letters/${letter.id}`,
    });
    expect(again.json().subject.name).toBe('Siti Aminah');
    const stored = await t.database.db
      .selectFrom('letter')
      .select(['subject', 'template'])
      .where('id', '=', letter.id)
      .executeTakeFirstOrThrow();
    expect(stored.subject).toMatchObject({ name: 'Siti Aminah', nik: expect.stringMatching(/^\d{16}$/) });
    expect(stored.template).toMatchObject({ title: 'SURAT KETERANGAN PENDUDUK' });
  });

  it('names every typed field that is missing or wrong, in Indonesian and English, and writes nothing', async () => {
    const before = await written();
    const res = await issue(operator, SARONGAN, {
      letterTypeCode: 'keterangan-kepemilikan-tanah',
      residentId: residents[0],
      fields: { tanah_luas_tanah: 'dua hektar', tanah_jenis_tanah: 'Kebun', lain: 'x' },
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { field: string; message: string; message_en: string }[];
    expect(errors.map((e) => e.field)).toEqual(
      expect.arrayContaining([
        'fields.lain',
        'fields.tanah_jenis_tanah',
        'fields.tanah_luas_tanah',
        'fields.tanah_atas_nama',
      ]),
    );
    expect(errors.find((e) => e.field === 'fields.tanah_luas_tanah')).toMatchObject({
      message: 'Isian ini harus berupa angka',
      message_en: 'This field must be a number',
    });
    expect(await written()).toEqual(before);
  });

  it('refuses an unknown type, a resident of another village, and a death letter for the living', async () => {
    const before = await written();
    const unknown = await issue(operator, SARONGAN, {
      letterTypeCode: 'surat-sakti',
      residentId: residents[0],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('letterTypeCode');
    const elsewhere = await issue(operator, SARONGAN, {
      letterTypeCode: 'keterangan-domisili',
      residentId: otherResidents[0],
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().errors[0]).toMatchObject({ field: 'residentId' });
    const death = await issue(operator, SARONGAN, {
      letterTypeCode: 'keterangan-kematian',
      residentId: residents[0],
      fields: { pelapor_hubungan_pelapor_dengan_yang_mati: 'Anak' },
    });
    expect(death.statusCode).toBe(409);
    expect(death.json().code).toBe('LETTER_SUBJECT_STATUS');
    expect(await written()).toEqual(before);
  });

  it('refuses where nobody holds the signing post on the letter date', async () => {
    const res = await issue(otherOperator, OTHER, {
      letterTypeCode: 'keterangan-domisili',
      residentId: otherResidents[0],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'LETTER_NO_SIGNER',
      position: 'kepala_desa',
      message_id: expect.stringContaining('perangkat desa'),
    });
  });

  it("refuses a letter of the regent's authority until a delegation reaches the village, then signs it a.n.", async () => {
    const body = {
      letterTypeCode: 'rekomendasi-rehabilitasi-rtlh',
      residentId: residents[0],
      fields: { alamat_rumah: 'Jl. Mawar 5', luas_lantai_m2: '24', kondisi_rumah: 'Rusak berat' },
    };
    const refused = await issue(operator, SARONGAN, body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'LETTER_NOT_DELEGATED', authority: 'bupati' });

    const admin = await t.createUser('regency_admin', '35.10');
    const delegation = await admin.request({
      method: 'POST',
      url: '/api/letter-delegations',
      payload: {
        areaCode: '35.10',
        authority: 'bupati',
        mode: 'mandat',
        letterTypeCodes: ['rekomendasi-rehabilitasi-rtlh'],
        regulationNumber: 'Peraturan Bupati Banyuwangi Nomor 12 Tahun 2025',
        regulationDate: '2025-02-03',
        validFrom: '2025-03-01',
        validTo: null,
        signingPosition: 'kepala_desa',
      },
    });
    expect(delegation.statusCode, delegation.body).toBe(201);
    const signed = await issue(operator, SARONGAN, body);
    expect(signed.statusCode, signed.body).toBe(201);
    expect(signed.json().signer.block).toEqual(['a.n. Bupati Banyuwangi', 'Kepala Desa Sarongan']);
    expect(signed.json().number).toMatch(/^466\//);
    const seen = await operator.request({ method: 'GET', url: '/api/letter-delegations' });
    expect(seen.json()).toEqual([expect.objectContaining({ areaCode: '35.10', mode: 'mandat' })]);
  });
});

describe('POST /api/letter-delegations', () => {
  it("refuses to delegate a letter that is not the delegating official's to give", async () => {
    const admin = await t.createUser('regency_admin', '35.10');
    const res = await admin.request({
      method: 'POST',
      url: '/api/letter-delegations',
      payload: {
        areaCode: '35.10.01',
        authority: 'bupati',
        mode: 'delegasi',
        letterTypeCodes: ['rekomendasi-rehabilitasi-rtlh', 'keterangan-domisili'],
        regulationNumber: 'Peraturan Bupati Banyuwangi Nomor 13 Tahun 2025',
        regulationDate: '2025-02-03',
        validFrom: '2025-03-01',
        validTo: null,
        signingPosition: 'kepala_desa',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'letterTypeCodes.1' })]);
  });
});

describe('POST /api/villages/:code/letters/:id/void', () => {
  it('voids a letter with its reason; it keeps its number and the next letter takes the next one', async () => {
    const first = (
      await issue(operator, SARONGAN, {
        letterTypeCode: 'keterangan-kurang-mampu',
        residentId: residents[2],
        fields: { keperluan: 'Beasiswa' },
      })
    ).json();
    const voided = await operator.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/letters/${first.id}/void`,
      payload: { reason: 'Salah keperluan' },
    });
    expect(voided.statusCode).toBe(200);
    expect(voided.json()).toMatchObject({
      status: 'void',
      voidReason: 'Salah keperluan',
      number: first.number,
    });
    const again = await operator.request({
      method: 'POST',
      url: `/api/villages/${SARONGAN}/letters/${first.id}/void`,
      payload: { reason: 'Salah keperluan' },
    });
    expect(again.json().code).toBe('LETTER_ALREADY_VOID');
    const next = (
      await issue(operator, SARONGAN, {
        letterTypeCode: 'keterangan-kurang-mampu',
        residentId: residents[2],
        fields: { keperluan: 'Beasiswa' },
      })
    ).json();
    const seq = (n: string) => Number(n.split('/')[1]);
    expect(seq(next.number)).toBe(seq(first.number) + 1);
  });
});

describe('GET /api/villages/:code/letters/:id/pdf', () => {
  it('answers an F4 PDF and audits the download', async () => {
    const letter = (
      await issue(operator, SARONGAN, { letterTypeCode: 'keterangan-domisili', residentId: residents[0] })
    ).json();
    const res = await operator.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/letters/${letter.id}/pdf`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    // F4 is 215 × 330 mm: 609.45 × 935.43 points.
    expect(pdf).toMatch(/\/MediaBox \[0 0 609\.44\d* 935\.43\d*\]/);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'letters.letter.print')
      .execute();
    expect(audit.map((a) => a.entity_id)).toContain(letter.id);
  });
});

describe('GET /api/villages/:code/letters', () => {
  it('lists the village’s letters newest first, and another village’s operator sees none of them', async () => {
    const list = await operator.request({ method: 'GET', url: `/api/villages/${SARONGAN}/letters?limit=2` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(2);
    expect(list.json().total).toBeGreaterThanOrEqual(6);
    const outside = await otherOperator.request({ method: 'GET', url: `/api/villages/${SARONGAN}/letters` });
    expect(outside.statusCode).toBe(404);
  });
});
