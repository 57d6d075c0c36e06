// For importers whose rules look at the whole file at once (a household spans several lines): turns the
// issues such a check reports by line, and what it plans for each line's unit (a household), into the
// pipeline's staged lines.
import { maskCivilNumber } from '@smart-kampung/domain';
import type { PlainCell } from '../sheets/cell-values.ts';
import type { RawRow } from '../sheets/read-sheet.ts';
import type { StagedLine } from './importer.ts';

/** What such an importer stages per line: the cells as read, so the commit can check the file again. */
export interface CellsLine<H extends string> {
  cells: Partial<Record<H, PlainCell>>;
}

/** A unit (a household) the check plans, with the file's lines that name it. */
export interface PlannedUnit {
  change: string;
  lines: readonly number[];
}

/** The registry moved under a whole-file import between its check and its commit. */
export const FILE_CHANGED_MEANWHILE = {
  id: 'Data keluarga atau rumah tangga berubah sejak berkas diperiksa, sehingga berkas kini bermasalah. Tidak ada yang disimpan; unggah ulang berkasnya untuk melihat masalahnya.',
  en: 'Families or households changed since the file was checked, and the file now has errors. Nothing was saved; upload the file again to see them.',
};

export interface LineIssue {
  lineNo: number;
  level: 'error' | 'warning';
  code: string;
  field: string;
  message: string;
  message_en: string;
}

export function linesFromFileCheck<H extends string, Data>(
  rows: readonly RawRow<H>[],
  issues: readonly LineIssue[],
  planOf: (lineNo: number) => { action: string; unit: string } | undefined,
  dataOf: (row: RawRow<H>) => Data,
): StagedLine<Data>[] {
  const byLine = new Map<number, LineIssue[]>();
  for (const issue of issues) byLine.set(issue.lineNo, [...(byLine.get(issue.lineNo) ?? []), issue]);
  const toRowIssue = (issue: LineIssue) => ({
    code: issue.code,
    field: issue.field,
    message: { id: issue.message, en: issue.message_en },
  });
  return rows.map((row) => {
    const found = byLine.get(row.lineNo) ?? [];
    const errors = found.filter((issue) => issue.level === 'error').map(toRowIssue);
    const plan = errors.length > 0 ? undefined : planOf(row.lineNo);
    return {
      lineNo: row.lineNo,
      action: plan?.action ?? null,
      ...(plan ? { unit: plan.unit } : {}),
      errors,
      warnings: found.filter((issue) => issue.level === 'warning').map(toRowIssue),
      changes: null,
      data: dataOf(row),
    };
  });
}

/** Reads every staged line back (for a commit that checks the whole file again under its locks). */
export async function allStagedLines<Data>(
  lines: (afterLine: number, limit: number) => Promise<StagedLine<Data>[]>,
): Promise<StagedLine<Data>[]> {
  const all: StagedLine<Data>[] = [];
  for (let after = 0; ;) {
    const page = await lines(after, 2000);
    if (page.length === 0) return all;
    all.push(...page);
    after = page[page.length - 1]!.lineNo;
  }
}

/** The staged lines of a whole-file check: its issues by line, each planned unit's action once. */
export function stageWholeFile<H extends string>(
  rows: readonly RawRow<H>[],
  issues: readonly LineIssue[],
  planned: readonly PlannedUnit[],
): StagedLine<CellsLine<H>>[] {
  const planByLine = new Map(
    planned.flatMap((unit) =>
      unit.lines.map((line) => [line, { action: unit.change, unit: String(unit.lines[0]) }] as const),
    ),
  );
  return linesFromFileCheck(
    rows,
    issues,
    (line) => planByLine.get(line),
    (row) => ({ cells: row.cells }),
  );
}

/** Every staged line back as the rows the check reads. */
export async function stagedRows<H extends string>(
  lines: (afterLine: number, limit: number) => Promise<StagedLine<CellsLine<H>>[]>,
): Promise<RawRow<H>[]> {
  return (await allStagedLines(lines)).map((line) => ({ lineNo: line.lineNo, cells: line.data.cells }));
}

/**
 * A line's identifier cell (NIK or KK) for the review: masked when it is 16 digits, otherwise marked invalid
 * with its digit count (a 12-digit NIK must not look valid behind the mask); null when the cell is empty.
 */
export function maskedIdentifierCell(cell: PlainCell | undefined) {
  const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim() : '';
  return {
    identifierMasked: text === '' ? null : maskCivilNumber(text),
    secondaryMasked: null,
    name: null,
  };
}
