// The printed family card (KK) and resident biodata as pdfmake documents: pure functions of the record, so
// what a printout shows (and whether its identifiers are whole or masked) is tested without reading a PDF.
// Layout follows the Dukcapil family card: a header block, then the members in two tables (identity, then
// family status), each member numbered the same in both.
import {
  AGAMA,
  GOLONGAN_DARAH,
  KK_LEVEL,
  PEKERJAAN,
  PENDIDIKAN_KK,
  SEX,
  STATUS_KAWIN,
  WARGANEGARA,
  type CodeList,
} from '@smart-kampung/domain';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PdfDocument } from '../../../../platform/pdf/render-pdf.ts';
import type { IdentifierMasks } from '../../../../platform/identifiers/identifier-masks.ts';

/** A code's Indonesian label as the registry's code lists spell it; "-" when the record has none. */
export function labelOf(list: CodeList, code: number | null | undefined): string {
  if (code === null || code === undefined) return '-';
  return (
    list
      .find((entry) => entry.code === code)
      ?.id.replace(/\s+/g, ' ')
      .trim() ?? String(code)
  );
}

/** ISO date to the DD-MM-YYYY a family card prints. */
export function printedDate(iso: string | null | undefined): string {
  if (!iso) return '-';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}-${month}-${year}`;
}

export interface PrintedMember {
  nik: string;
  full_name: string;
  sex: number;
  birth_place: string | null;
  birth_date: string;
  religion: number | null;
  education_kk: number | null;
  occupation: number | null;
  marital_status: number | null;
  relationship: number | null;
  citizenship: number | null;
  father_name: string | null;
  mother_name: string | null;
}

export interface PrintedPlace {
  villageName: string;
  districtName: string;
  regencyName: string;
  provinceName: string;
}

export interface PrintedFamily extends PrintedPlace {
  kk_number: string;
  address: string | null;
  rt: string | null;
  rw: string | null;
  dusun: string | null;
  members: PrintedMember[];
}

export interface PrintContext {
  /** Whole identifiers (an audited print with a reason) or masked ones. */
  full: boolean;
  /** The installation's masks, for a print without a reason. */
  masks: IdentifierMasks;
  printedBy: string;
  printedAt: Date;
}

const identifier = (value: string, ctx: PrintContext) => (ctx.full ? value : ctx.masks.civil(value));

function footer(ctx: PrintContext): Content {
  const when = ctx.printedAt.toISOString().slice(0, 16).replace('T', ' ');
  return {
    stack: [
      ctx.full
        ? 'NIK dan nomor KK dicetak lengkap; pencetakan ini tercatat di jejak audit.'
        : 'NIK dan nomor KK disamarkan. Cetak ulang dengan alasan untuk nomor lengkap.',
      `Dicetak dari Smart Kampung pada ${when} UTC oleh ${ctx.printedBy}. Bukan dokumen resmi Dukcapil.`,
    ],
    style: 'note',
    margin: [0, 12, 0, 0],
  };
}

const headerRow = (labels: string[]): TableCell[] => labels.map((text) => ({ text, style: 'th' }));

function placeBlock(rows: [string, string][]): Content {
  return {
    table: {
      widths: [130, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'label' }, `: ${value}`]),
    },
    layout: 'noBorders',
  };
}

/** The family card: header, identity table, status table, footer. A4 landscape, like the real card. */
export function familyCardDocument(family: PrintedFamily, ctx: PrintContext): PdfDocument {
  const head = family.members.find((m) => m.relationship === 1) ?? family.members[0];
  const members = family.members.map((m, i) => ({ m, no: String(i + 1) }));
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 28, 28, 28],
    info: { title: 'Kartu Keluarga', creator: 'Smart Kampung' },
    defaultStyle: { fontSize: 8 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center' },
      number: { fontSize: 11, alignment: 'center', margin: [0, 2, 0, 8] },
      th: { bold: true, fillColor: '#eeeeee', alignment: 'center' },
      label: { bold: true },
      note: { fontSize: 7, italics: true, color: '#444444' },
    },
    content: [
      { text: 'KARTU KELUARGA', style: 'title' },
      { text: `No. ${identifier(family.kk_number, ctx)}`, style: 'number' },
      {
        columns: [
          placeBlock([
            ['Nama Kepala Keluarga', head?.full_name ?? '-'],
            ['Alamat', family.address ?? '-'],
            ['RT/RW', `${family.rt ?? '-'}/${family.rw ?? '-'}`],
            ['Dusun', family.dusun ?? '-'],
          ]),
          placeBlock([
            ['Desa/Kelurahan', family.villageName],
            ['Kecamatan', family.districtName],
            ['Kabupaten/Kota', family.regencyName],
            ['Provinsi', family.provinceName],
          ]),
        ],
        margin: [0, 0, 0, 8],
      },
      {
        table: {
          headerRows: 1,
          widths: [14, '*', 70, 44, 60, 46, 40, 70, 70],
          body: [
            headerRow([
              'No',
              'Nama Lengkap',
              'NIK',
              'Jenis Kelamin',
              'Tempat Lahir',
              'Tanggal Lahir',
              'Agama',
              'Pendidikan',
              'Jenis Pekerjaan',
            ]),
            ...members.map(({ m, no }) => [
              no,
              m.full_name,
              identifier(m.nik, ctx),
              labelOf(SEX, m.sex),
              m.birth_place ?? '-',
              printedDate(m.birth_date),
              labelOf(AGAMA, m.religion),
              labelOf(PENDIDIKAN_KK, m.education_kk),
              labelOf(PEKERJAAN, m.occupation),
            ]),
          ],
        },
        margin: [0, 0, 0, 8],
      },
      {
        table: {
          headerRows: 1,
          widths: [14, 70, 80, 60, '*', '*'],
          body: [
            headerRow([
              'No',
              'Status Perkawinan',
              'Status Hubungan Dalam Keluarga',
              'Kewarganegaraan',
              'Nama Ayah',
              'Nama Ibu',
            ]),
            ...members.map(({ m, no }) => [
              no,
              labelOf(STATUS_KAWIN, m.marital_status),
              labelOf(KK_LEVEL, m.relationship),
              labelOf(WARGANEGARA, m.citizenship),
              m.father_name ?? '-',
              m.mother_name ?? '-',
            ]),
          ],
        },
      },
      footer(ctx),
    ],
  };
}

export interface PrintedResident extends PrintedMember, PrintedPlace {
  kk_number: string | null;
  blood_type: number | null;
  address: string | null;
  rt: string | null;
  rw: string | null;
  dusun: string | null;
}

/** One resident's biodata: a two-column form on A4 portrait. */
export function biodataDocument(r: PrintedResident, ctx: PrintContext): PdfDocument {
  const rows: [string, string][] = [
    ['NIK', identifier(r.nik, ctx)],
    ['Nomor KK', r.kk_number ? identifier(r.kk_number, ctx) : '-'],
    ['Nama Lengkap', r.full_name],
    ['Jenis Kelamin', labelOf(SEX, r.sex)],
    ['Tempat, Tanggal Lahir', `${r.birth_place ?? '-'}, ${printedDate(r.birth_date)}`],
    ['Agama', labelOf(AGAMA, r.religion)],
    ['Pendidikan dalam KK', labelOf(PENDIDIKAN_KK, r.education_kk)],
    ['Pekerjaan', labelOf(PEKERJAAN, r.occupation)],
    ['Status Perkawinan', labelOf(STATUS_KAWIN, r.marital_status)],
    ['Hubungan dalam Keluarga', labelOf(KK_LEVEL, r.relationship)],
    ['Kewarganegaraan', labelOf(WARGANEGARA, r.citizenship)],
    ['Golongan Darah', labelOf(GOLONGAN_DARAH, r.blood_type)],
    ['Nama Ayah', r.father_name ?? '-'],
    ['Nama Ibu', r.mother_name ?? '-'],
    ['Alamat', r.address ?? '-'],
    ['RT/RW', `${r.rt ?? '-'}/${r.rw ?? '-'}`],
    ['Dusun', r.dusun ?? '-'],
    ['Desa/Kelurahan', r.villageName],
    ['Kecamatan', r.districtName],
    ['Kabupaten/Kota', r.regencyName],
    ['Provinsi', r.provinceName],
  ];
  return {
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 48],
    info: { title: 'Biodata Penduduk', creator: 'Smart Kampung' },
    defaultStyle: { fontSize: 10 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 16] },
      label: { bold: true },
      note: { fontSize: 8, italics: true, color: '#444444' },
    },
    content: [
      { text: 'BIODATA PENDUDUK', style: 'title' },
      {
        table: {
          widths: [160, '*'],
          body: rows.map(([label, value]) => [{ text: label, style: 'label' }, value]),
        },
        layout: 'lightHorizontalLines',
      },
      footer(ctx),
    ],
  };
}
