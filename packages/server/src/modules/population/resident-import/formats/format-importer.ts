// Resident files in other registries' formats (SIAK, BIP) are importers of their own on the shared pipeline,
// built from a format adapter: the adapter turns each of the file's rows into a row of OpenSID's template, and
// everything after that is the resident importer's (the same line checks, cross-line checks, commit and audit
// action). Issues are reported under the file's own column names, so the operator finds them in their file.
import type { StagedLine } from '../../../../platform/imports/importer.ts';
import { defineImporter } from '../../../../platform/imports/importer.ts';
import type { RowIssue, RowIssueCatalogue } from '../../../../platform/imports/row-issues.ts';
import { readIdentifier, readText } from '../../../../platform/sheets/cell-values.ts';
import type { Bilingual, RawRow, SheetLayout } from '../../../../platform/sheets/read-sheet.ts';
import type { StagedRowData } from '../check-row.ts';
import { commitResidentImport } from '../commit.ts';
import { RESIDENT_IMPORT_ISSUES } from '../domain-issues.ts';
import { checkResidentRows, residentSubject } from '../importer.ts';
import { findVillageNames } from '../queries.ts';
import type { TemplateHeader } from '../template-columns.ts';

export interface ResidentFormat<H extends string> {
  name: string;
  kind: string;
  title: Bilingual;
  summary: string;
  layout: SheetLayout<H>;
  /** The template columns the file's columns give (a column the file lacks leaves recorded values alone). */
  templateHeaders(headers: readonly H[]): TemplateHeader[];
  /**
   * The file's rows as rows of the template, each on its own line. Rows that hold no resident (a BIP's family
   * card lines) give none.
   */
  adaptRows(rows: readonly RawRow<H>[]): RawRow<TemplateHeader>[];
  /** The file's name of each template column its columns fill, for the issues. */
  columnNames(headers: readonly H[]): Readonly<Partial<Record<TemplateHeader, string>>>;
  /**
   * Rows the file itself says belong elsewhere (SIAK's Desa/Kel and Kecamatan): their refusals, or none. Such
   * a row is an error line and takes no part in the resident checks (its family is another village's).
   */
  refuseRow?(row: RawRow<H>, village: { village: string; district: string }): RowIssue[];
  /** The codes refuseRow reports. */
  ownIssues?: RowIssueCatalogue;
}

const valueOf = (result: { ok: true; value: string | null } | { ok: false }) =>
  result.ok ? result.value : null;

/** A refused row, staged with just enough to show who it is about (masked like every line). */
function refusedLine(row: RawRow<TemplateHeader> | undefined, lineNo: number, errors: RowIssue[]) {
  const cells = row?.cells ?? {};
  const name = valueOf(readText(cells.nama ?? null, 'nama'));
  const line: StagedLine<StagedRowData> = {
    lineNo,
    action: null,
    errors,
    warnings: [],
    changes: null,
    data: {
      nik: valueOf(readIdentifier(cells.nik ?? null, 'nik')),
      kk: valueOf(readIdentifier(cells.no_kk ?? null, 'no_kk')),
      resident: name === null ? {} : { full_name: name },
      family: {},
      familyAddress: {},
      flags: [],
    },
  };
  return line;
}

/** Splits off the rows the format refuses, with their staged lines. */
async function refusedRows<H extends string>(
  format: ResidentFormat<H>,
  input: { db: Parameters<typeof findVillageNames>[0]; villageCode: string; rows: readonly RawRow<H>[] },
) {
  if (!format.refuseRow) return { kept: input.rows, refused: [] };
  const names = await findVillageNames(input.db, input.villageCode);
  if (!names) return { kept: input.rows, refused: [] };
  const kept: RawRow<H>[] = [];
  const refused: StagedLine<StagedRowData>[] = [];
  for (const row of input.rows) {
    const issues = format.refuseRow(row, names);
    if (issues.length === 0) kept.push(row);
    else refused.push(refusedLine(format.adaptRows([row])[0], row.lineNo, issues));
  }
  return { kept, refused };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function renamed(issue: RowIssue, names: Readonly<Partial<Record<string, string>>>): RowIssue {
  const name = names[issue.field];
  if (!name) return issue;
  if (issue.code === 'CODE_UNKNOWN') {
    const value = /"[^"]*"/.exec(issue.message.id)?.[0] ?? '';
    return {
      code: issue.code,
      field: name,
      message: {
        id: `Isi ${value} di kolom "${name}" tidak dikenal sebagai label daftar kode kolom itu. Perbaiki sesuai label resmi (mis. "Kepala Keluarga", "Islam").`,
        en: `The value ${value} in column "${name}" is not a known label of the column's code list. Correct it to the official label (e.g. "Kepala Keluarga", "Islam").`,
      },
    };
  }
  const word = new RegExp(`(?<![\\w"])${escapeRegExp(issue.field)}(?![\\w"])`, 'g');
  return {
    code: issue.code,
    field: name,
    message: {
      id: issue.message.id.replace(word, `"${name}"`),
      en: issue.message.en.replace(word, `"${name}"`),
    },
  };
}

export function defineResidentFormat<H extends string>(format: ResidentFormat<H>) {
  return defineImporter<H, StagedRowData>({
    name: format.name,
    kind: format.kind,
    title: format.title,
    summary: format.summary,
    layout: format.layout,
    issues: { ...RESIDENT_IMPORT_ISSUES, ...format.ownIssues },
    allowPartial: true,
    auditAction: 'population.import',
    holdsRecords: (rows) => format.adaptRows(rows).length > 0,
    async check(input) {
      const { kept, refused } = await refusedRows(format, input);
      const lines = await checkResidentRows({
        ...input,
        headers: format.templateHeaders(input.headers),
        rows: format.adaptRows(kept),
      });
      const names = format.columnNames(input.headers);
      const checked = lines.map((line): StagedLine<StagedRowData> => ({
        ...line,
        errors: line.errors.map((issue) => renamed(issue, names)),
        warnings: line.warnings.map((issue) => renamed(issue, names)),
      }));
      return [...checked, ...refused].sort((a, b) => a.lineNo - b.lineNo);
    },
    subject: residentSubject,
    commit: commitResidentImport,
  });
}
