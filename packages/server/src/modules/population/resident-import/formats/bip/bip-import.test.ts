// The BIP importer through the API: a Buku Induk Penduduk built here in both editions' layouts (two-line
// header, family-card blocks) is unfolded into resident rows, each member with its card's number and address,
// and checked and saved by the resident importer. Labels it cannot map, and members outside any card block,
// are reported on their lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issuesOf, uploadAndCheck, uploadRequest } from '../../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../../test/test-app.ts';
import { nikOf } from '../siak/test-fixtures.ts';
import {
  BIP2016_TITLE,
  bipBook,
  bipWorkbook,
  EKTP_HEADER,
  ektpCard,
  ektpMember,
  type Line,
} from './test-fixtures.ts';

let t: TestApp;
let operator: TestUser;
const village = '35.10.01.2001';

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
});
afterAll(() => t.close());

const upload = (lines: Line[], name = 'bip.xls') =>
  uploadAndCheck(operator, village, 'residents-bip', name, bipWorkbook(lines));

const stored = (niks: string[]) =>
  t.database.db
    .selectFrom('resident')
    .innerJoin('family', (join) =>
      join
        .onRef('family.village_code', '=', 'resident.village_code')
        .onRef('family.id', '=', 'resident.family_id'),
    )
    .select([
      'resident.full_name',
      'resident.sex',
      'resident.birth_date',
      'resident.marital_status',
      'resident.relationship',
      'resident.education_kk',
      'resident.ktp_record_status',
      'family.kk_number',
      'family.address',
      'family.dusun',
      'family.rw',
      'family.rt',
    ])
    .where('resident.village_code', '=', village)
    .where('resident.nik', 'in', niks)
    .orderBy('resident.full_name')
    .execute();

describe('POST /api/villages/:code/imports/residents-bip', () => {
  it('unfolds the e-KTP edition’s card blocks: every member gets the card’s number and address', async () => {
    const kk1 = '3510011203200101';
    const kk2 = '3510011503190102';
    const niks = [
      nikOf('351001', '1962-12-25', true, 101),
      nikOf('351001', '1988-06-05', false, 102),
      nikOf('351001', '1937-08-10', true, 103),
      nikOf('351001', '1966-08-03', false, 104),
      nikOf('351001', '1970-08-04', true, 105),
    ];
    const lines: Line[] = [
      ...EKTP_HEADER,
      ...ektpCard(kk1, 'LELI YANTI', 'DESA SARONGAN RT/RW : 002/001 DUSUN : KRAJAN'),
      ektpMember({
        no: 1,
        name: 'LELI YANTI',
        nik: niks[0]!,
        place: 'BANYUWANGI',
        birth: '1962-12-25',
        jk: 'Pr',
        kawin: 'CM',
        shdk: 'KEPALA KELUARGA',
      }),
      ektpMember({
        no: 2,
        name: 'SUPRATTANTO',
        nik: niks[1]!,
        place: 'BANYUWANGI',
        birth: '1988-06-05',
        jk: 'Lk',
        kawin: 'BK',
        shdk: 'ANAK',
        rekam: 'SENT FOR\nCARD PRINTING',
      }),
      ektpMember({
        no: 3,
        name: 'BUNGA',
        nik: niks[2]!,
        place: 'JEMBER',
        birth: '1937-08-10',
        jk: 'Pr',
        kawin: 'CM',
        shdk: 'ORANG TUA',
        education: 'TAMAT SD / SEDERAJAT',
      }),
      ...ektpCard(kk2, 'DIDI EFENDI', 'DESA SARONGAN RT/RW : 003/002 DUSUN : SUMBERREJO'),
      ektpMember({
        no: 4,
        name: 'DIDI EFENDI',
        nik: niks[3]!,
        place: 'BANYUWANGI',
        birth: '1966-08-03',
        jk: 'Lk',
        kawin: 'K',
        shdk: 'KEPALA KELUARGA',
      }),
      ektpMember({
        no: 5,
        name: 'RITA SARI',
        nik: niks[4]!,
        place: 'BANYUWANGI',
        birth: '1970-08-04',
        jk: 'Pr',
        kawin: 'K',
        shdk: 'ISTRI',
      }),
    ];
    const job = await upload(lines);
    expect(job).toMatchObject({ status: 'ready', sheetName: 'Table 1', errorRows: 0 });
    expect(job.actionCounts).toEqual({ insert: 5 });
    const { job: saved } = await commitAndWait(operator, village, job.id);
    expect(saved?.result).toMatchObject({ inserted: 5 });

    const rows = await stored(niks);
    expect(rows.map((row) => [row.full_name, row.kk_number, row.dusun, row.rw, row.rt])).toEqual([
      ['BUNGA', kk1, 'KRAJAN', '001', '002'],
      ['DIDI EFENDI', kk2, 'SUMBERREJO', '002', '003'],
      ['LELI YANTI', kk1, 'KRAJAN', '001', '002'],
      ['RITA SARI', kk2, 'SUMBERREJO', '002', '003'],
      ['SUPRATTANTO', kk1, 'KRAJAN', '001', '002'],
    ]);
    const byName = Object.fromEntries(rows.map((row) => [row.full_name, row]));
    expect(byName['LELI YANTI']).toMatchObject({
      sex: 2,
      birth_date: '1962-12-25',
      marital_status: 4,
      relationship: 1,
      education_kk: 4,
      ktp_record_status: 4,
      address: 'DESA SARONGAN',
    });
    expect(byName.SUPRATTANTO).toMatchObject({
      sex: 1,
      marital_status: 1,
      relationship: 4,
      ktp_record_status: 7,
    });
    expect(byName.BUNGA).toMatchObject({ relationship: 7, education_kk: 3 });
  });

  it('reads the 2016 edition under its title block, and reports what it cannot place or map on its line', async () => {
    const kk = '3510010204180203';
    const member = (
      no: number | null,
      name: string,
      nik: string,
      birth: string,
      jk: string,
      shdk: string,
    ): Line => [
      no,
      name,
      nik,
      'BANYUWANGI',
      { date: birth },
      jk,
      shdk,
      'ISLAM',
      'SLTA / SEDERAJAT',
      'WIRASWASTA',
      'SITI',
      'AHMAD',
    ];
    const lines: Line[] = [
      ...BIP2016_TITLE,
      member(1, 'TANPA KK', nikOf('351001', '1990-01-01', false, 201), '1990-01-01', 'Lk', 'KEPALA KELUARGA'),
      [`No. KK : ${kk}  `, null, 'Alamat : JL. MELATI 21, Nama Dusun : KRAJAN, RT/RW : 004/002'],
      member(
        2,
        'AGUS SALIM',
        nikOf('351001', '1990-08-25', false, 202),
        '1990-08-25',
        'Lk',
        'KEPALA KELUARGA',
      ),
      member(3, 'NUR HIDAYAH', nikOf('351001', '1992-03-05', true, 203), '1992-03-05', 'Pr', 'Istri'),
      member(4, 'FAJAR', nikOf('351001', '2019-10-10', false, 204), '2019-10-10', 'Lk', 'KEPONAKAN'),
    ];
    const job = await upload(lines, 'bip2016.xls');
    expect(job).toMatchObject({ status: 'ready', errorRows: 2, actionCounts: { insert: 2 } });
    const errors = (await issuesOf(operator, village, job.id)).filter((issue) => issue.level === 'error');
    expect(errors.map((issue) => [issue.lineNo, issue.code, issue.field])).toEqual([
      [10, 'REQUIRED_MISSING', 'No. KK'],
      [14, 'CODE_UNKNOWN', 'SHDK'],
    ]);
    await commitAndWait(operator, village, job.id, 'valid_only');
    const rows = await stored([
      nikOf('351001', '1990-08-25', false, 202),
      nikOf('351001', '1992-03-05', true, 203),
    ]);
    expect(
      rows.map((row) => [
        row.full_name,
        row.kk_number,
        row.address,
        row.dusun,
        row.rw,
        row.rt,
        row.relationship,
      ]),
    ).toEqual([
      ['AGUS SALIM', kk, 'JL. MELATI 21', 'KRAJAN', '002', '004', 1],
      ['NUR HIDAYAH', kk, 'JL. MELATI 21', 'KRAJAN', '002', '004', 3],
    ]);
  });
  it('reads every sheet with the BIP header (one per dusun), skips the others, and says which lines each holds', async () => {
    const kk1 = '3510011203200301';
    const kk2 = '3510011503190302';
    const person = (no: number, name: string, nik: string, birth: string, female: boolean, shdk: string) =>
      ektpMember({
        no,
        name,
        nik,
        place: 'BANYUWANGI',
        birth,
        jk: female ? 'Pr' : 'Lk',
        kawin: shdk === 'ANAK' ? 'BK' : 'K',
        shdk,
      });
    const niks = [
      nikOf('351001', '1971-02-11', false, 301),
      nikOf('351001', '1974-05-12', true, 302),
      nikOf('351001', '1999-09-09', false, 303),
      nikOf('351001', '1968-04-14', false, 304),
      nikOf('351001', '1995-01-15', true, 305),
    ];
    const krajan: Line[] = [
      ...EKTP_HEADER,
      ...ektpCard(kk1, 'SAMSUL', 'DESA SARONGAN RT/RW : 001/001 DUSUN : KRAJAN'),
      person(1, 'SAMSUL', niks[0]!, '1971-02-11', false, 'KEPALA KELUARGA'),
      person(2, 'MARIATI', niks[1]!, '1974-05-12', true, 'ISTRI'),
    ];
    const summary: Line[] = [['REKAP PENDUDUK PER DUSUN'], ['KRAJAN', 2], ['JIWET', 3]];
    const jiwet: Line[] = [
      ...EKTP_HEADER,
      // A member above the sheet's first card: no card carries over from the sheet before.
      person(1, 'YUDI', niks[2]!, '1999-09-09', false, 'ANAK'),
      ...ektpCard(kk2, 'HARTONO', 'DESA SARONGAN RT/RW : 004/002 DUSUN : JIWET'),
      person(2, 'HARTONO', niks[3]!, '1968-04-14', false, 'KEPALA KELUARGA'),
      person(3, 'DEWI', niks[4]!, '1995-01-15', true, 'ANAK'),
    ];
    const file = bipBook([
      ['Dusun Krajan', krajan],
      ['Rekap', summary],
      ['Dusun Jiwet', jiwet],
    ]);
    const job = await uploadAndCheck(operator, village, 'residents-bip', 'bip-dusun.xls', file);
    expect(job).toMatchObject({
      status: 'ready',
      sheetName: 'Dusun Krajan, Dusun Jiwet',
      errorRows: 1,
      actionCounts: { insert: 4 },
    });
    // Krajan holds report lines 1-7, Jiwet 8-15: its orphan member (sheet line 4) is report line 11.
    expect(job.notes).toHaveLength(1);
    expect(job.notes[0]!.id).toContain('"Dusun Krajan" (baris 1–7), "Dusun Jiwet" (baris 8–15)');
    expect(job.notes[0]!.en).toContain('line 8 is line 1 of sheet "Dusun Jiwet"');
    expect(job.notes[0]!.en).toContain('Sheets "Rekap" do not hold the same columns');
    const errors = (await issuesOf(operator, village, job.id)).filter((issue) => issue.level === 'error');
    expect(errors.map((issue) => [issue.lineNo, issue.code, issue.field])).toEqual([
      [11, 'REQUIRED_MISSING', 'No. KK'],
    ]);

    await commitAndWait(operator, village, job.id, 'valid_only');
    const rows = await stored(niks);
    expect(rows.map((row) => [row.full_name, row.kk_number, row.dusun])).toEqual([
      ['DEWI', kk2, 'JIWET'],
      ['HARTONO', kk2, 'JIWET'],
      ['MARIATI', kk1, 'KRAJAN'],
      ['SAMSUL', kk1, 'KRAJAN'],
    ]);
  });

  it('refuses at upload a workbook none of whose sheets has the BIP header, naming its sheets', async () => {
    const file = bipBook([
      ['Rekap', [['REKAP PENDUDUK'], ['KRAJAN', 2]]],
      ['Catatan', [['NO', 'Nama Lengkap', 'Alamat']]],
    ]);
    const res = await operator.request(uploadRequest(village, 'residents-bip', 'rekap.xls', file));
    expect(res.statusCode).toBe(400);
    const [error] = res.json().errors as { field: string; message: string; message_en: string }[];
    expect(error).toMatchObject({ field: 'file' });
    expect(error!.message).toContain('Lembar yang ada: "Rekap", "Catatan"');
    expect(error!.message_en).toContain('(sheet "Catatan", line 1): nik, jk, shdk');
  });
});
