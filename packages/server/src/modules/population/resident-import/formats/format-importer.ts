// Resident files in other registries' formats (SIAK, BIP) are importers of their own on the shared pipeline,
// built from a format adapter: the adapter turns each of the file's rows into a row of OpenSID's template, and
// everything after that is the resident importer's (the same line checks, cross-line checks, commit and audit
// action). Issues are reported under the file's own column names, so the operator finds them in their file.
import type { StagedLine } from '../../../../platform/imports/importer.ts';
import { defineImporter } from '../../../../platform/imports/importer.ts';
import type { RowIssue } from '../../../../platform/imports/row-issues.ts';
import type { Bilingual, RawRow, SheetLayout } from '../../../../platform/sheets/read-sheet.ts';
import type { StagedRowData } from '../check-row.ts';
import { commitResidentImport } from '../commit.ts';
import { RESIDENT_IMPORT_ISSUES } from '../domain-issues.ts';
import { checkResidentRows, residentSubject } from '../importer.ts';
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
    issues: RESIDENT_IMPORT_ISSUES,
    allowPartial: true,
    auditAction: 'population.import',
    async check(input) {
      const lines = await checkResidentRows({
        ...input,
        headers: format.templateHeaders(input.headers),
        rows: format.adaptRows(input.rows),
      });
      const names = format.columnNames(input.headers);
      return lines.map((line): StagedLine<StagedRowData> => ({
        ...line,
        errors: line.errors.map((issue) => renamed(issue, names)),
        warnings: line.warnings.map((issue) => renamed(issue, names)),
      }));
    },
    subject: residentSubject,
    commit: commitResidentImport,
  });
}
