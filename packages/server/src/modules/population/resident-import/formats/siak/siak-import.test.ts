// The SIAK importer through the API: a legacy .xls in SIAK's layout, built here, is read by its headers, its
// labels are mapped to the code lists (case, spacing and established short forms), its serial dates read, and
// the lines are checked and saved by the resident importer. What cannot be mapped is reported on its line
// under SIAK's column name; nothing is guessed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issuesOf, uploadAndCheck, uploadRequest } from '../../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../../test/test-app.ts';
import { siakDate, siakFamily, siakWorkbook, type SiakRow } from './test-fixtures.ts';

let t: TestApp;
let operator: TestUser;
const village = '35.10.01.2001';

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
});
afterAll(() => t.close());

const upload = (rows: readonly SiakRow[], headers?: readonly string[]) =>
  uploadAndCheck(operator, village, 'residents-siak', 'siak.xls', siakWorkbook(rows, headers));

function twoFamilies(variant: number): SiakRow[] {
  return [
    ...siakFamily(
      `35100112031900${variant}1`,
      [
        { name: 'SUMINI', birth: '1975-01-04', female: true, shdk: 'Kepala Keluarga', kawin: 'Cerai Mati' },
        { name: 'WIDYAWATI', birth: '1998-11-10', female: true, shdk: 'Anak', kawin: 'Belum Kawin' },
        { name: 'KASTURI', birth: '1942-06-01', female: false, shdk: 'Orang Tua', kawin: 'CERAI  MATI' },
      ],
      'Dsn JIWET',
      variant * 100 + 1,
    ),
    ...siakFamily(
      `35100115031900${variant}2`,
      [
        { name: 'SUHARMOKO', birth: '1979-07-13', female: false, shdk: 'KEPALA KELUARGA', kawin: 'Kawin' },
        { name: 'SITI ROMLAH', birth: '1982-02-02', female: true, shdk: 'istri', kawin: 'kawin' },
      ],
      'JL. MAWAR 3 DUSUN KRAJAN',
      variant * 100 + 11,
    ),
  ];
}

const residentsOf = (niks: string[]) =>
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
      'resident.birth_place',
      'resident.religion',
      'resident.relationship',
      'resident.marital_status',
      'resident.education_kk',
      'resident.occupation',
      'resident.blood_type',
      'resident.marriage_date',
      'family.dusun',
      'family.rw',
      'family.rt',
      'family.address',
    ])
    .where('resident.village_code', '=', village)
    .where('resident.nik', 'in', niks)
    .orderBy('resident.full_name')
    .execute();

describe('POST /api/villages/:code/imports/residents-siak', () => {
  it('reads a SIAK .xls: labels become codes, serial dates become dates, the dusun comes out of the address', async () => {
    const rows = twoFamilies(1);
    rows[3] = {
      ...rows[3],
      'Tanggal Kwn': siakDate('2004-08-17', false),
      'Gol. Darah': 'o',
      Pekerjaan: 'WIRASWASTA',
    };
    const job = await upload(rows);
    expect(job).toMatchObject({ status: 'ready', sheetName: 'Sheet1', totalRows: 5, errorRows: 0 });
    expect(job.actionCounts).toEqual({ insert: 5 });

    const { job: saved } = await commitAndWait(operator, village, job.id);
    expect(saved?.result).toMatchObject({ inserted: 5 });
    const stored = await residentsOf(rows.map((row) => row.NIK as string));
    const byName = Object.fromEntries(stored.map((row) => [row.full_name, row]));
    expect(byName.SUMINI).toMatchObject({
      sex: 2,
      birth_date: '1975-01-04',
      birth_place: 'BANYUWANGI',
      religion: 1,
      relationship: 1,
      marital_status: 4,
      education_kk: 4,
      occupation: 15,
      blood_type: 13,
      dusun: 'JIWET',
      rw: '002',
      rt: '001',
      address: 'Dsn JIWET',
    });
    expect(byName.KASTURI).toMatchObject({ sex: 1, relationship: 7, marital_status: 4 });
    expect(byName.SUHARMOKO).toMatchObject({
      relationship: 1,
      marital_status: 2,
      marriage_date: '2004-08-17',
      blood_type: 4,
      occupation: 88,
      dusun: 'KRAJAN',
      address: 'JL. MAWAR 3 DUSUN KRAJAN',
    });
    expect(byName['SITI ROMLAH']).toMatchObject({ relationship: 3, marital_status: 2 });
  });

  it('reports what it cannot map on its line, under SIAK’s column name, and guesses nothing', async () => {
    const rows = twoFamilies(2);
    rows[1] = { ...rows[1], Kelamin: 'Wanita ', SHDK: 'Keponakan', Agama: 'Kejawen' };
    rows[4] = { ...rows[4], 'Tanggal Lahir': '31-02-1982', Pendidikan: 'SMP' };
    const job = await upload(rows);
    expect(job).toMatchObject({ status: 'ready', errorRows: 2 });
    const errors = (await issuesOf(operator, village, job.id)).filter((issue) => issue.level === 'error');
    expect(errors.map((issue) => [issue.lineNo, issue.code, issue.field])).toEqual([
      [3, 'CODE_UNKNOWN', 'SHDK'],
      [3, 'CODE_UNKNOWN', 'Agama'],
      [6, 'DATE_INVALID', 'Tanggal Lahir'],
      [6, 'CODE_UNKNOWN', 'Pendidikan'],
    ]);
    expect(errors[0]!.message.id).toContain('"Keponakan"');
    expect(errors[0]!.message.id).toContain('kolom "SHDK"');
    expect(errors[2]!.message.en).toContain('"Tanggal Lahir"');
  });

  it('splits a combined "Tempat/Tanggal Lahir" column, and reports one it cannot split', async () => {
    const headers = ['Nomor KK', 'NIK', 'Nama Penduduk', 'Kelamin', 'SHDK', 'Tempat/Tanggal Lahir', 'Alamat'];
    const rows: SiakRow[] = twoFamilies(3).map((row) => ({ ...row, 'Tempat/Tanggal Lahir': null }));
    rows[0]!['Tempat/Tanggal Lahir'] = 'BANYUWANGI, 04-01-1975';
    rows[1]!['Tempat/Tanggal Lahir'] = 'SURABAYA / 10-11-1998';
    rows[2]!['Tempat/Tanggal Lahir'] = 'JEMBER';
    rows[3]!['Tempat/Tanggal Lahir'] = '13.07.1979';
    rows[4]!['Tempat/Tanggal Lahir'] = 'Genteng,02/02/1982';
    const job = await upload(rows, headers);
    expect(job).toMatchObject({ status: 'ready', errorRows: 1 });
    const errors = (await issuesOf(operator, village, job.id)).filter((issue) => issue.level === 'error');
    expect(errors.map((issue) => [issue.lineNo, issue.code, issue.field])).toEqual([
      [4, 'DATE_INVALID', 'Tempat/Tanggal Lahir'],
    ]);
    await commitAndWait(operator, village, job.id, 'valid_only');
    const stored = await residentsOf(rows.map((row) => row.NIK as string));
    expect(stored.map((row) => [row.full_name, row.birth_place, row.birth_date])).toEqual([
      ['SITI ROMLAH', 'Genteng', '1982-02-02'],
      ['SUHARMOKO', null, '1979-07-13'],
      ['SUMINI', 'BANYUWANGI', '1975-01-04'],
      ['WIDYAWATI', 'SURABAYA', '1998-11-10'],
    ]);
  });

  it('refuses, on their lines, rows whose Desa/Kel or Kecamatan names another village, and saves the rest', async () => {
    const rows = twoFamilies(4);
    // The village's own rows, written as villages write the names; an empty cell is not checked.
    rows[0] = { ...rows[0], 'Desa/Kel': 'Desa  sarongan', Kecamatan: 'Kec. Pesanggaran' };
    rows[1] = { ...rows[1], 'Desa/Kel': null, Kecamatan: null };
    // A district's export: a family of the neighbouring village Pesanggaran …
    for (const row of rows.slice(3)) row['Desa/Kel'] = 'PESANGGARAN';
    // … and a Sarongan of another district.
    const elsewhere: SiakRow[] = siakFamily(
      '3510061203190041',
      [{ name: 'PAIMIN', birth: '1970-03-03', female: false, shdk: 'Kepala Keluarga', kawin: 'Kawin' }],
      'Dsn KRAJAN',
      441,
    ).map((row) => ({ ...row, Kecamatan: 'GENTENG' }));
    const job = await upload([...rows, ...elsewhere]);
    expect(job).toMatchObject({ status: 'ready', totalRows: 6, errorRows: 3, actionCounts: { insert: 3 } });
    const errors = (await issuesOf(operator, village, job.id)).filter((issue) => issue.level === 'error');
    expect(errors.map((issue) => [issue.lineNo, issue.code, issue.field])).toEqual([
      [5, 'DESA_KEL_OTHER_VILLAGE', 'Desa/Kel'],
      [6, 'DESA_KEL_OTHER_VILLAGE', 'Desa/Kel'],
      [7, 'KECAMATAN_OTHER_DISTRICT', 'Kecamatan'],
    ]);
    expect(errors[0]!.message.id).toContain('"PESANGGARAN", bukan Sarongan');
    expect(errors[2]!.message.en).toContain('"GENTENG", not Pesanggaran');

    await commitAndWait(operator, village, job.id, 'valid_only');
    const stored = await residentsOf([...rows, ...elsewhere].map((row) => row.NIK as string));
    expect(stored.map((row) => row.full_name)).toEqual(['KASTURI', 'SUMINI', 'WIDYAWATI']);
  });

  it('refuses at upload, on the file field, a sheet without SIAK’s columns', async () => {
    const file = siakWorkbook([{ Nama: 'X' }], ['Nama', 'Alamat']);
    const res = await operator.request(uploadRequest(village, 'residents-siak', 'lain.xls', file));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [expect.objectContaining({ field: 'file' })] });
    expect(res.json().errors[0].message_en).toContain('nomor kk, nik, nama penduduk, kelamin, shdk');
  });
});
