// For importers whose rules look at the whole file at once (a household spans several lines): turns the
// issues such a check reports by line, and what it plans for each line's unit (a household), into the
// pipeline's staged lines.
import type { RawRow } from '../sheets/read-sheet.ts';
import type { StagedLine } from './importer.ts';

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
