// Reading the report of a household template import (OpenSID's RTM file, the Regsosek housing sheet): what it
// would change, whether it may be applied, and its problems in the order of the spreadsheet.
import type { Language } from '../../../i18n/language.ts';

/** A problem of one line of the file (0: the whole file), as both imports report it. */
export interface ImportIssue {
  lineNo: number;
  /** The column it is about, as the file names it ("nik", "303", "no kartu keluarga"), or "". */
  field: string;
  level: 'error' | 'warning';
  code: string;
  /** Indonesian. */
  message: string;
  message_en: string;
}

/** What both imports answer to a check or an apply. */
export interface ImportReport<I extends ImportIssue = ImportIssue> {
  committed: boolean;
  rows: number;
  households: { create: number; update: number; unchanged: number };
  /** RTM only: family cards (KK) that move into another household. */
  familiesMoved?: number;
  issues: I[];
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  /** Households created or changed plus family cards moved: 0 means applying the file changes nothing. */
  changes: number;
  /** "Terapkan" is offered only for a file without a single error. */
  canApply: boolean;
}

export function summariseReport(report: ImportReport): ReportSummary {
  const errors = report.issues.filter((issue) => issue.level === 'error').length;
  return {
    errors,
    warnings: report.issues.length - errors,
    changes: report.households.create + report.households.update + (report.familiesMoved ?? 0),
    canApply: errors === 0,
  };
}

/** By spreadsheet line (problems of the whole file first), errors before warnings within a line. */
export function issuesByLine<I extends ImportIssue>(issues: readonly I[]): I[] {
  const rank = (issue: I) => (issue.level === 'error' ? 0 : 1);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.lineNo - b.issue.lineNo || rank(a.issue) - rank(b.issue) || a.index - b.index)
    .map(({ issue }) => issue);
}

/** The message in the reader's language; Indonesian when no English one was given. */
export function issueMessage(issue: ImportIssue, language: Language): string {
  return language === 'en' && issue.message_en.trim() !== '' ? issue.message_en : issue.message;
}
