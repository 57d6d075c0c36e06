// The BIP importer: the register's family-card blocks unfolded into rows of OpenSID's template (each member
// gets the card's number and address), then checked and saved by the resident importer (../format-importer.ts).
// A member line before any card block of its sheet gets no card number, so the check reports it; nothing is
// guessed.
import { isBlank, type PlainCell } from '../../../../../platform/sheets/cell-values.ts';
import type { RawRow } from '../../../../../platform/sheets/read-sheet.ts';
import type { TemplateHeader } from '../../template-columns.ts';
import { identifierCell } from '../cells.ts';
import { defineResidentFormat } from '../format-importer.ts';
import { templateCell } from '../template-cell.ts';
import { BIP_COLUMNS, BIP_LAYOUT, BIP_NUMBER, type BipHeader } from './layout.ts';

interface CardBlock {
  kk: PlainCell;
  address: Partial<Record<'alamat' | 'dusun' | 'rw' | 'rt', PlainCell>>;
}

const isMapped = (header: BipHeader): header is keyof typeof BIP_COLUMNS =>
  Object.hasOwn(BIP_COLUMNS, header);
const texts = (row: RawRow<BipHeader>) =>
  Object.values(row.cells).filter((cell): cell is string => typeof cell === 'string');

/**
 * The card's address as the BIP writes it: "Alamat : AIK DAREQ, Nama Dusun : -, RT/RW : 003/001" (2016) or
 * "DESA LUBUK BESAR RT/RW : 002/000 DUSUN : DUSUN IV" (e-KTP edition).
 */
export function parseCardAddress(text: string): CardBlock['address'] {
  const rtRw = /RT\s*\/\s*RW\s*:\s*([\w-]*)\s*\/\s*([\w-]*)/i.exec(text);
  const dusun = /(?:Nama\s+)?Dusun\s*:\s*([^,]*?)\s*(?:,|RT\s*\/|$)/i.exec(text);
  const address = text
    .replace(/^\s*Alamat\s*:\s*/i, '')
    .split(/,?\s*(?:Nama\s+Dusun\s*:|RT\s*\/\s*RW\s*:|DUSUN\s*:)/i)[0]!
    .replace(/[\s,]+$/, '');
  return { alamat: address || null, dusun: dusun?.[1] ?? null, rt: rtRw?.[1] ?? null, rw: rtRw?.[2] ?? null };
}

const CARD_LABEL = /^\s*No\.?\s*KK\s*:?\s*(\d{16})?/i;
const isMemberNumber = (cell: PlainCell) =>
  (typeof cell === 'number' && Number.isInteger(cell) && cell > 0) ||
  (typeof cell === 'string' && /^\s*\d{1,5}\s*$/.test(cell) && Number(cell) > 0);
const isIdentifier = (cell: PlainCell) => {
  const cleaned = identifierCell(cell);
  return typeof cleaned === 'string' && /^\d{16}$/.test(cleaned);
};

function memberRow(row: RawRow<BipHeader>, card: CardBlock | null): RawRow<TemplateHeader> {
  const cells: RawRow<TemplateHeader>['cells'] = { no_kk: card?.kk ?? null, ...card?.address };
  for (const [header, cell] of Object.entries(row.cells) as [BipHeader, PlainCell][]) {
    if (!isMapped(header)) continue;
    const target = BIP_COLUMNS[header];
    cells[target] ??= templateCell(target, cell);
  }
  return { lineNo: row.lineNo, cells };
}

/** Walks the blocks: card lines set the card, member lines become residents, other lines are left out. */
export function adaptBipRows(rows: readonly RawRow<BipHeader>[]): RawRow<TemplateHeader>[] {
  const residents: RawRow<TemplateHeader>[] = [];
  let card: CardBlock | null = null;
  let cardValuesNext = false;
  let sheet = rows[0]?.sheet;
  for (const row of rows) {
    // A sheet (one per dusun or RW) starts its own blocks: no card carries over from the sheet before.
    if (row.sheet !== sheet) {
      card = null;
      cardValuesNext = false;
      sheet = row.sheet;
    }
    const first = row.cells[BIP_NUMBER] ?? null;
    const label = typeof first === 'string' ? CARD_LABEL.exec(first) : null;
    if (label) {
      // 2016: number and address on this line; e-KTP edition: labels here, values on the next line.
      cardValuesNext = !label[1];
      const addressText = texts(row).find((text) => /RT\s*\/\s*RW|Alamat\s*:/i.test(text));
      card = label[1] ? { kk: label[1], address: addressText ? parseCardAddress(addressText) : {} } : null;
    } else if (cardValuesNext && isIdentifier(first)) {
      const addressText = texts(row).find((text) => /RT\s*\/\s*RW/i.test(text));
      card = { kk: identifierCell(first), address: addressText ? parseCardAddress(addressText) : {} };
      cardValuesNext = false;
    } else if (isMemberNumber(first) || (isBlank(first) && isIdentifier(row.cells.nik ?? null))) {
      residents.push(memberRow(row, card));
    }
    // Anything else is the column numbering line ("-1", "-2" …) or a header repeated on a new page.
  }
  return residents;
}

function templateHeaders(headers: readonly BipHeader[]): TemplateHeader[] {
  const result = new Set<TemplateHeader>(['no_kk', 'alamat', 'dusun', 'rw', 'rt']);
  for (const header of headers) if (isMapped(header)) result.add(BIP_COLUMNS[header]);
  return [...result];
}

const COLUMN_NAMES: Partial<Record<TemplateHeader, string>> = {
  nama: 'Nama Lengkap',
  nik: 'NIK',
  tempatlahir: 'Tempat Lahir',
  tanggallahir: 'Tgl/Bln/Th',
  sex: 'JK',
  status_kawin: 'Stat Kwn',
  golongan_darah_id: 'Gol. Drh',
  kk_level: 'SHDK',
  agama_id: 'Agama',
  pendidikan_kk_id: 'Pendidikan Terakhir',
  akta_lahir: 'No Akta Lahir',
  pekerjaan_id: 'Pekerjaan',
  nama_ibu: 'Nama Ibu',
  nama_ayah: 'Nama Ayah',
  ktp_el: 'KTP-eL',
  status_rekam: 'Stat Rkm',
  no_kk: 'No. KK',
  alamat: 'Alamat',
  dusun: 'Alamat',
  rw: 'RT/RW',
  rt: 'RT/RW',
};

export const bipImporter = defineResidentFormat<BipHeader>({
  name: 'residents-bip',
  kind: 'population.residents_bip',
  title: {
    id: 'Impor penduduk dari Buku Induk Penduduk',
    en: 'Resident import from the Buku Induk Penduduk',
  },
  summary: 'Upload a Buku Induk Penduduk (BIP, .xls/.xlsx): family-card blocks, checked as resident rows',
  layout: BIP_LAYOUT,
  templateHeaders,
  adaptRows: adaptBipRows,
  columnNames: () => COLUMN_NAMES,
});
