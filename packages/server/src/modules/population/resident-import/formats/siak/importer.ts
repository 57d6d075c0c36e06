// The SIAK importer: SIAK's export read by name, each row turned into a row of OpenSID's template (labels to
// codes, serial and dd-mm-yyyy dates, place and date of birth apart, the dusun out of the address), then
// checked and saved by the resident importer (../format-importer.ts). Rows naming another village or district
// are refused on their line (village-check.ts).
import type { PlainCell } from '../../../../../platform/sheets/cell-values.ts';
import type { RawRow } from '../../../../../platform/sheets/read-sheet.ts';
import type { TemplateHeader } from '../../template-columns.ts';
import { splitAddress, splitBirth } from '../cells.ts';
import { defineResidentFormat } from '../format-importer.ts';
import { templateCell } from '../template-cell.ts';
import { SIAK_BIRTH_COMBINED, SIAK_COLUMNS, SIAK_LAYOUT, type SiakHeader } from './layout.ts';
import { otherVillageIssues, SIAK_OWN_ISSUES } from './village-check.ts';

const isMapped = (header: SiakHeader): header is keyof typeof SIAK_COLUMNS =>
  Object.hasOwn(SIAK_COLUMNS, header);
const isCombinedBirth = (header: SiakHeader) => (SIAK_BIRTH_COMBINED as readonly string[]).includes(header);

function adaptSiakRow(row: RawRow<SiakHeader>): RawRow<TemplateHeader> {
  const cells: RawRow<TemplateHeader>['cells'] = {};
  for (const [header, cell] of Object.entries(row.cells) as [SiakHeader, PlainCell][]) {
    if (isMapped(header)) {
      const target = SIAK_COLUMNS[header];
      if (target === 'alamat') {
        const { address, dusun } = splitAddress(cell);
        cells.alamat = address;
        cells.dusun = dusun;
      } else cells[target] = templateCell(target, cell);
    } else if (isCombinedBirth(header)) {
      const { place, date } = splitBirth(cell);
      cells.tempatlahir ??= place;
      cells.tanggallahir ??= date;
    }
  }
  return { lineNo: row.lineNo, cells };
}

function templateHeaders(headers: readonly SiakHeader[]): TemplateHeader[] {
  const result = new Set<TemplateHeader>();
  for (const header of headers) {
    if (isMapped(header)) result.add(SIAK_COLUMNS[header]);
    if (header === 'alamat') result.add('dusun');
    if (isCombinedBirth(header)) result.add('tempatlahir').add('tanggallahir');
  }
  return [...result];
}

/** The SIAK header of each template column, as the operator reads it in the file. */
const SEPARATE_COLUMN_NAMES: Partial<Record<TemplateHeader, string>> = {
  ...Object.fromEntries(
    Object.entries(SIAK_COLUMNS).map(([siak, template]) => [
      template,
      siak.replace(/(^|[\s.])\S/g, (initial) => initial.toUpperCase()),
    ]),
  ),
  dusun: 'Alamat',
  no_kk: 'Nomor KK',
  nik: 'NIK',
  ayah_nik: 'NIK Ayah',
  ibu_nik: 'NIK Ibu',
  kk_level: 'SHDK',
  rw: 'RW',
  rt: 'RT',
};

function columnNames(headers: readonly SiakHeader[]): Partial<Record<TemplateHeader, string>> {
  const combined = headers.some(isCombinedBirth) && !headers.includes('tanggal lahir');
  return combined
    ? { ...SEPARATE_COLUMN_NAMES, tempatlahir: 'Tempat/Tanggal Lahir', tanggallahir: 'Tempat/Tanggal Lahir' }
    : SEPARATE_COLUMN_NAMES;
}

export const siakImporter = defineResidentFormat<SiakHeader>({
  name: 'residents-siak',
  kind: 'population.residents_siak',
  title: { id: 'Impor penduduk dari SIAK', en: 'Resident import from SIAK' },
  summary: "Upload SIAK's resident export (Dukcapil, .xls/.xlsx): labelled columns, checked as resident rows",
  layout: SIAK_LAYOUT,
  templateHeaders,
  adaptRows: (rows) => rows.map(adaptSiakRow),
  columnNames,
  refuseRow: otherVillageIssues,
  ownIssues: SIAK_OWN_ISSUES,
});
