// The outgoing-letter register of a year: every letter in the order issued, voided ones marked with their
// reason, as a list, an XLSX file and a PDF book; another village's staff see none of it.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { today } from '../../population/registry/nik-check.ts';
import { issue, villageReadyForLetters } from '../test-support/letters.ts';

const SARONGAN = '35.10.01.2001';
const year = Number(today().slice(0, 4));
let t: TestApp;
let operator: TestUser;
let numbers: string[];

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', SARONGAN);
  const residents = await villageReadyForLetters(operator, SARONGAN);
  numbers = [];
  for (const [index, residentId] of residents.entries()) {
    const res = await issue(operator, SARONGAN, {
      letterTypeCode: 'keterangan-domisili',
      residentId,
      fields: { keperluan: `Keperluan ${index}` },
    });
    expect(res.statusCode, res.body).toBe(201);
    numbers.push(res.json().number);
    if (index === 1)
      await operator.request({
        method: 'POST',
        url: `/api/villages/${SARONGAN}/letters/${res.json().id}/void`,
        payload: { reason: 'Salah ketik alamat' },
      });
  }
});
afterAll(() => t.close());

const register = `/api/villages/${SARONGAN}/letter-register`;

describe('GET /api/villages/:code/letter-register', () => {
  it('lists the year’s letters in the order issued, the voided one marked with its reason', async () => {
    const res = await operator.request({ method: 'GET', url: `${register}?year=${year}` });
    expect(res.statusCode, res.body).toBe(200);
    const entries = res.json().entries;
    expect(entries.map((entry: { no: number; number: string }) => [entry.no, entry.number])).toEqual(
      numbers.map((number, index) => [index + 1, number]),
    );
    expect(entries[0]).toMatchObject({
      typeName: 'Keterangan Domisili',
      subjectName: 'Slamet Riyadi',
      signer: 'Suyanto (Kepala Desa Sarongan)',
      status: 'issued',
    });
    expect(entries[1]).toMatchObject({ status: 'void', voidReason: 'Salah ketik alamat' });
    // The register names people, never their NIK.
    expect(res.body).not.toMatch(/\d{16}/);
    const other = await operator.request({ method: 'GET', url: `${register}?year=${year - 1}` });
    expect(other.json().entries).toEqual([]);
  });

  it('refuses a year that is not one, and another village’s operator gets 404', async () => {
    expect((await operator.request({ method: 'GET', url: `${register}?year=dua` })).statusCode).toBe(400);
    const stranger = await t.createUser('village_operator', '35.10.02.2001');
    expect((await stranger.request({ method: 'GET', url: `${register}?year=${year}` })).statusCode).toBe(404);
  });
});

describe('GET /api/villages/:code/letter-register/export', () => {
  it('writes the register as XLSX with the book’s columns', async () => {
    const res = await operator.request({ method: 'GET', url: `${register}/export?year=${year}&format=xlsx` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['x-total-count']).toBe(String(numbers.length));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      'No. Urut',
      'Nomor Surat',
      'Tanggal Surat',
      'Jenis / Perihal',
      'Ditujukan Kepada',
      'Penandatangan',
      'Keterangan',
    ]);
    expect(values(2).slice(0, 2)).toEqual([1, numbers[0]]);
    expect(values(3)[6]).toBe('DIBATALKAN: Salah ketik alamat');
  });
});

describe('GET /api/villages/:code/letter-register/pdf', () => {
  it('prints the register as a PDF book', async () => {
    const res = await operator.request({ method: 'GET', url: `${register}/pdf?year=${year}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
