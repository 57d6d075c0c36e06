// OpenDK's resident exchange as an import: the zip OpenSID sends to OpenDK (or its bare .xlsx). A format
// adapter: each row's OpenDK columns are renamed to the template columns of OpenSID's resident file, and the
// resident importer checks and commits them (same rules, same set-based commit). Only the desa_id column is
// the adapter's own: rows of another village are line errors, never written. Issues and changes name the
// OpenDK column the operator sees in the file.
import {
  defineImporter,
  type FieldChange,
  type Importer,
  type StagedLine,
} from '../../../../../platform/imports/importer.ts';
import type { RowIssue } from '../../../../../platform/imports/row-issues.ts';
import type { RawRow, SheetLayout } from '../../../../../platform/sheets/read-sheet.ts';
import type { StagedRowData } from '../../check-row.ts';
import { residentImporter } from '../../importer.ts';
import type { TemplateHeader } from '../../template-columns.ts';
import {
  OPENDK_HEADER_OF,
  OPENDK_REQUIRED_HEADERS,
  OPENDK_SHEET_HEADERS,
  OPENDK_TEMPLATE_COLUMNS,
  type OpendkHeader,
} from './columns.ts';
import { OPENDK_IMPORT_ISSUES, otherVillageLine } from './village-rows.ts';
import { villageCodeOfCell } from './village-code.ts';

export const OPENDK_LAYOUT: SheetLayout<OpendkHeader> = {
  // OpenSID's spreadsheet writer names its only sheet "Sheet1"; any sheet with the columns is read.
  sheetName: 'Sheet1',
  formatName: {
    id: 'format data penduduk OpenDK (zip dari OpenSID)',
    en: "OpenDK's resident exchange format (the zip OpenSID makes)",
  },
  headers: OPENDK_SHEET_HEADERS,
  required: OPENDK_REQUIRED_HEADERS,
  rowNoun: { id: 'data penduduk', en: 'resident rows' },
  acceptsZip: true,
};

// The resident importer, with its line data's type (the registry erases it).
const residents = residentImporter as unknown as Importer<TemplateHeader, StagedRowData>;

const isMapped = (header: string): header is keyof typeof OPENDK_TEMPLATE_COLUMNS =>
  Object.hasOwn(OPENDK_TEMPLATE_COLUMNS, header);

function asTemplateRow(row: RawRow<OpendkHeader>): RawRow<TemplateHeader> {
  const cells: RawRow<TemplateHeader>['cells'] = {};
  for (const [header, cell] of Object.entries(row.cells))
    if (isMapped(header)) cells[OPENDK_TEMPLATE_COLUMNS[header]] = cell;
  return { lineNo: row.lineNo, cells };
}

/** The template's column name, wherever an issue or change names it, becomes the file's OpenDK name. */
function renameWord(text: string, from: string, to: string): string {
  return text.replace(new RegExp(`(?<![\\w])${from}(?![\\w])`, 'g'), to);
}

function inOpendkTerms(issue: RowIssue): RowIssue {
  const header = OPENDK_HEADER_OF.get(issue.field);
  if (!header) return issue;
  return {
    ...issue,
    field: header,
    message: {
      id: renameWord(issue.message.id, issue.field, header),
      en: renameWord(issue.message.en, issue.field, header),
    },
  };
}

const changeInOpendkTerms = (change: FieldChange): FieldChange => ({
  ...change,
  field: OPENDK_HEADER_OF.get(change.field) ?? change.field,
});

export const opendkResidentImporter = defineImporter<OpendkHeader, StagedRowData>({
  name: 'residents-opendk',
  kind: 'population.residents-opendk',
  title: { id: 'Impor penduduk dari OpenDK', en: 'Resident import from OpenDK' },
  summary: 'Upload the resident zip OpenSID makes for OpenDK (penduduk_<date>_opendk.zip) or its .xlsx',
  layout: OPENDK_LAYOUT,
  issues: OPENDK_IMPORT_ISSUES,
  allowPartial: true,
  auditAction: residents.auditAction,
  async check({ db, villageCode, headers, rows, progress }) {
    const own: RawRow<TemplateHeader>[] = [];
    const elsewhere: StagedLine<StagedRowData>[] = [];
    for (const row of rows) {
      if (villageCodeOfCell(row.cells.desa_id ?? null) === villageCode) own.push(asTemplateRow(row));
      else elsewhere.push(otherVillageLine(row, villageCode));
    }
    const checked = await residents.check({
      db,
      villageCode,
      headers: headers.filter(isMapped).map((header) => OPENDK_TEMPLATE_COLUMNS[header]),
      rows: own,
      progress,
    });
    const lines = checked.map((line) => ({
      ...line,
      errors: line.errors.map(inOpendkTerms),
      warnings: line.warnings.map(inOpendkTerms),
      changes: line.changes?.map(changeInOpendkTerms) ?? null,
    }));
    return [...lines, ...elsewhere].sort((a, b) => a.lineNo - b.lineNo);
  },
  subject: (data, masks) => residents.subject(data, masks),
  commit: (input) => residents.commit(input),
});
