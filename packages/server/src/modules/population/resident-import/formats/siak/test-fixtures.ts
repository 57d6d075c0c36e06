// SIAK files for the tests, written as SIAK exports them: a legacy .xls (BIFF8, through SheetJS), one sheet,
// the 37 labelled columns, labels instead of codes and dates as Excel serial numbers with a d-m-yyyy format.
import * as XLSX from '@e965/xlsx';
import { SIAK_HEADERS } from '@smart-kampung/domain';

export { SIAK_HEADERS };

export type SiakCell = string | number | { serial: number; formatted: boolean } | null;
export type SiakRow = Partial<Record<string, SiakCell>>;

/** Excel's serial number of a calendar day (1900 date system). */
export function serialOf(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A date as SIAK writes it: a serial formatted d-m-yyyy, or (formatted: false) a bare serial number. */
export const siakDate = (iso: string, formatted = true): SiakCell => ({ serial: serialOf(iso), formatted });

function cellOf(value: SiakCell): XLSX.CellObject | null {
  if (value === null) return null;
  if (typeof value === 'number') return { t: 'n', v: value };
  if (typeof value === 'string') return { t: 's', v: value };
  return value.formatted ? { t: 'n', v: value.serial, z: 'd\\-m\\-yyyy' } : { t: 'n', v: value.serial };
}

export function siakWorkbook(rows: readonly SiakRow[], headers: readonly string[] = SIAK_HEADERS): Buffer {
  const sheet: XLSX.WorkSheet = {};
  headers.forEach((header, column) => {
    sheet[XLSX.utils.encode_cell({ r: 0, c: column })] = { t: 's', v: header };
  });
  rows.forEach((row, index) => {
    headers.forEach((header, column) => {
      const cell = cellOf(row[header] ?? null);
      if (cell) sheet[XLSX.utils.encode_cell({ r: index + 1, c: column })] = cell;
    });
  });
  sheet['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: rows.length, c: headers.length - 1 },
  });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
  return XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer;
}

/** A NIK of district `prefix` for a birth date (women: day + 40). */
export function nikOf(prefix: string, birthIso: string, female: boolean, serial: number): string {
  const day = Number(birthIso.slice(8, 10)) + (female ? 40 : 0);
  return `${prefix}${String(day).padStart(2, '0')}${birthIso.slice(5, 7)}${birthIso.slice(2, 4)}${String(serial).padStart(4, '0')}`;
}

interface Person {
  name: string;
  birth: string;
  female: boolean;
  shdk: string;
  kawin: string;
}

/** A family as SIAK lists it: labels in SIAK's own spelling, the dusun inside the address. */
export function siakFamily(
  kk: string,
  people: readonly Person[],
  address: string,
  serialBase: number,
): SiakRow[] {
  return people.map((person, index) => ({
    'Nomor KK': kk,
    NIK: nikOf(kk.slice(0, 6), person.birth, person.female, serialBase + index),
    'Nama Penduduk': person.name,
    Status: 'Hidup',
    'Tempat Lahir': 'BANYUWANGI',
    'Tanggal Lahir': siakDate(person.birth),
    Kelamin: person.female ? 'Perempuan' : 'Laki-Laki',
    Ayah: 'SUKARDI',
    Ibu: 'SUMIATI',
    'Status Kawin': person.kawin,
    SHDK: person.shdk,
    Agama: 'Islam',
    Kecamatan: 'PESANGGARAN',
    'Desa/Kel': 'SARONGAN',
    Alamat: address,
    RW: 2,
    RT: 1,
    Pendidikan: 'SLTP/Sederajat',
    Pekerjaan: 'Karyawan Swasta',
    'Gol. Darah': 'Tdk Th',
    'Nomor Akta Lahir': '-',
    'Petugas Entri': 'opr_kec',
    'Tgl Entri': siakDate('2015-03-02'),
  }));
}
