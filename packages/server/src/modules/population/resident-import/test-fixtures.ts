// Test helpers for the resident import: build OpenSID-template files (xlsx and CSV, any column order) with
// exceljs, upload them as multipart, and wait for the background check. Fixtures are made here, never
// read from ../shared, so the tests run on a fresh clone.
import ExcelJS from 'exceljs';
import { uploadAndCheck } from '../../../../test/imports.ts';
import type { TestUser } from '../../../../test/test-app.ts';
import { DATA_SHEET_NAME, TEMPLATE_HEADERS } from './template-columns.ts';

export type FixtureCell = string | number | Date | null;
export type FixtureRow = Record<string, FixtureCell>;

export interface FixtureSheet {
  headers?: readonly string[];
  rows: readonly FixtureRow[];
  sheetName?: string;
}

/** A calendar day as exceljs writes an Excel date (midnight UTC). */
export const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

function sheetRows(sheet: FixtureSheet): FixtureCell[][] {
  const headers = sheet.headers ?? TEMPLATE_HEADERS;
  return [
    [...headers],
    ...sheet.rows.map((row) => headers.map((header) => row[header.trim().toLowerCase()] ?? null)),
  ];
}

export function xlsxBuffer(sheet: FixtureSheet): Promise<Buffer> {
  return xlsxBook([sheet]);
}

/** A workbook of several sheets, in this order. */
export async function xlsxBook(sheets: readonly FixtureSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.sheetName ?? DATA_SHEET_NAME);
    for (const row of sheetRows(sheet)) worksheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV as a spreadsheet saves it: dates as dd/mm/yyyy text. */
export async function csvText(sheet: FixtureSheet, delimiter = ','): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet.sheetName ?? DATA_SHEET_NAME);
  for (const row of sheetRows(sheet)) worksheet.addRow(row);
  const buffer = await workbook.csv.writeBuffer({
    dateFormat: 'DD/MM/YYYY',
    dateUTC: true,
    formatterOptions: { delimiter },
  });
  return Buffer.from(buffer).toString('utf8');
}

/** Uploads a resident file and waits: the checked job. */
export const importFile = (user: TestUser, village: string, fileName: string, content: Buffer | string) =>
  uploadAndCheck(user, village, 'residents', fileName, content);

/** A NIK of district `prefix` for a birth date (women: day + 40). */
export function nikFor(prefix: string, birthIso: string, female: boolean, serial: number): string {
  const day = Number(birthIso.slice(8, 10)) + (female ? 40 : 0);
  return `${prefix}${String(day).padStart(2, '0')}${birthIso.slice(5, 7)}${birthIso.slice(2, 4)}${String(serial).padStart(4, '0')}`;
}

interface Member {
  name: string;
  birth: string;
  female: boolean;
  level: number | string;
}

/** A template row with every column filled the way village operators fill it (codes and labels mixed). */
export interface FamilyAddressFixture {
  alamat: string;
  dusun: string;
  rw: string;
  rt: string;
}

export function residentRow(
  kk: string,
  member: Member,
  serial: number,
  index: number,
  address: FamilyAddressFixture,
): FixtureRow {
  const prefix = kk.slice(0, 6);
  // Alternate how the birth date arrives: an Excel date cell or dd/mm/yyyy text.
  const birth =
    index % 2 === 0
      ? excelDate(member.birth)
      : `${member.birth.slice(8, 10)}/${member.birth.slice(5, 7)}/${member.birth.slice(0, 4)}`;
  return {
    alamat: address.alamat,
    dusun: address.dusun,
    rw: address.rw,
    rt: address.rt,
    nama: member.name,
    no_kk: kk,
    nik: nikFor(prefix, member.birth, member.female, serial),
    sex: index % 3 === 0 ? (member.female ? 'PEREMPUAN' : 'LAKI-LAKI') : member.female ? 2 : 1,
    tempatlahir: 'Banyuwangi',
    tanggallahir: birth,
    agama_id: index % 2 === 0 ? 'ISLAM' : 1,
    pendidikan_kk_id: index % 4 === 0 ? 'SLTA / SEDERAJAT' : 3,
    pendidikan_sedang_id: '-',
    pekerjaan_id: index % 3 === 1 ? 'PETANI/PEKEBUN' : 9,
    status_kawin: member.level === 4 || member.level === 'ANAK' ? 'BELUM KAWIN' : 2,
    kk_level: member.level,
    warganegara_id: 'WNI',
    ayah_nik: '-',
    nama_ayah: 'Ayah Contoh',
    ibu_nik: null,
    nama_ibu: 'Ibu Contoh',
    golongan_darah_id: index % 5 === 0 ? 'O' : 13,
    akta_lahir: index % 2 === 0 ? `AL-${serial}` : '-',
    dokumen_pasport: '-',
    tanggal_akhir_paspor: null,
    dokumen_kitas: '-',
    akta_perkawinan: '-',
    tanggalperkawinan: member.level === 1 || member.level === 'KEPALA KELUARGA' ? '12/06/2005' : '-',
    akta_perceraian: '-',
    tanggalperceraian: '-',
    cacat_id: 'TIDAK CACAT',
    cara_kb_id: null,
    hamil: member.female ? 2 : null,
    ktp_el: 2,
    status_rekam: 'SUDAH REKAM',
    alamat_sekarang: '-',
    status_dasar: index % 4 === 0 ? 'HIDUP' : 1,
    suku: 'Osing',
    tag_id_card: '-',
    id_asuransi: 'BPJS PENERIMA BANTUAN IURAN',
    no_asuransi: '-',
    lat: '-8.6',
    lng: '114.1',
  };
}

const families: (FamilyAddressFixture & { kk: string; members: Member[] })[] = [
  {
    kk: '3510011203200001',
    alamat: 'Jl. Melati No. 7',
    dusun: 'Krajan',
    rw: '001',
    rt: '002',
    members: [
      { name: 'Slamet Riyadi', birth: '1980-05-12', female: false, level: 'KEPALA KELUARGA' },
      { name: 'Siti Aminah', birth: '1983-07-21', female: true, level: 'ISTRI' },
      { name: 'Dewi Lestari', birth: '2006-01-03', female: true, level: 4 },
      { name: 'Bagus Pratama', birth: '2010-11-30', female: false, level: 'ANAK' },
    ],
  },
  {
    kk: '3510011503190002',
    alamat: 'Jl. Melati No. 14',
    dusun: 'Krajan',
    rw: '001',
    rt: '003',
    members: [
      { name: 'Hadi Susanto', birth: '1975-02-14', female: false, level: 1 },
      { name: 'Sri Wahyuni', birth: '1978-09-09', female: true, level: 3 },
      { name: 'Rudi Hartono', birth: '2001-04-17', female: false, level: 4 },
      { name: 'Mbah Ponirah', birth: '1948-12-01', female: true, level: 'ORANGTUA' },
    ],
  },
  {
    kk: '3510010204180003',
    alamat: 'Jl. Melati No. 21',
    dusun: 'Sumberrejo',
    rw: '002',
    rt: '001',
    members: [
      { name: 'Agus Salim', birth: '1990-08-25', female: false, level: 1 },
      { name: 'Nur Hidayah', birth: '1992-03-05', female: true, level: 'ISTRI' },
      { name: 'Aisyah Putri', birth: '2015-06-19', female: true, level: 4 },
      { name: 'Fajar Nugroho', birth: '2019-10-10', female: false, level: 4 },
    ],
  },
  {
    kk: '3510012007210004',
    alamat: 'Jl. Melati No. 28',
    dusun: 'Sumberrejo',
    rw: '2',
    rt: '4',
    members: [
      { name: 'Wiji Astuti', birth: '1968-01-31', female: true, level: 'KEPALA KELUARGA' },
      { name: 'Eko Prasetyo', birth: '1996-12-24', female: false, level: 'ANAK' },
      { name: 'Yuli Rahmawati', birth: '1999-05-02', female: true, level: 4 },
    ],
  },
  {
    kk: '3510010911220005',
    alamat: 'Jl. Melati No. 35',
    dusun: 'Krajan',
    rw: '003',
    rt: '001',
    members: [
      { name: 'Joko Widodo', birth: '1985-06-21', female: false, level: 1 },
      { name: 'Ratna Sari', birth: '1987-02-28', female: true, level: 3 },
      { name: 'Bima Sakti', birth: '2012-09-15', female: false, level: 4 },
      { name: 'Citra Kirana', birth: '2016-03-08', female: true, level: 4 },
      { name: 'Sutrisno', birth: '1955-07-07', female: false, level: 'MERTUA' },
    ],
  },
];

/**
 * 20 residents in 5 families of district 35.10.01, every one valid. Each variant has its own KK numbers and
 * NIK serials, so several files can be imported side by side.
 */
export function goodRows(variant = 0): FixtureRow[] {
  let index = 0;
  return families.flatMap((family) => {
    const kk = `${family.kk.slice(0, 12)}${String(Number(family.kk.slice(12)) + variant * 10).padStart(4, '0')}`;
    return family.members.map((member) => {
      index += 1;
      return residentRow(kk, member, variant * 100 + index, index, family);
    });
  });
}

/** All 43 headers in a fixed scrambled order (the import matches headers by name, not position). */
export function shuffledHeaders(): string[] {
  return [...TEMPLATE_HEADERS]
    .map((header, i) => ({ header, key: (i * 17) % 43 }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.header.toUpperCase());
}
