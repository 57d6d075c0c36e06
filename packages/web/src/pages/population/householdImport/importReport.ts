// Reading a household import report: what it would change, whether it may be applied, and its problems in
// the order of the spreadsheet.
import type { HouseholdImportIssue, HouseholdImportReport } from '../../../api/householdImport.ts';
import type { Language } from '../../../i18n/language.ts';

export interface ReportSummary {
  errors: number;
  warnings: number;
  /** Households created or changed plus family cards moved: 0 means applying the file changes nothing. */
  changes: number;
  /** "Terapkan" is offered only for a file without a single error. */
  canApply: boolean;
}

export function summariseReport(report: HouseholdImportReport): ReportSummary {
  const errors = report.issues.filter((issue) => issue.level === 'error').length;
  return {
    errors,
    warnings: report.issues.length - errors,
    changes: report.households.create + report.households.update + report.familiesMoved,
    canApply: errors === 0,
  };
}

/** By spreadsheet line (problems of the whole file first), errors before warnings within a line. */
export function issuesByLine(issues: HouseholdImportIssue[]): HouseholdImportIssue[] {
  const rank = (issue: HouseholdImportIssue) => (issue.level === 'error' ? 0 : 1);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.lineNo - b.issue.lineNo || rank(a.issue) - rank(b.issue) || a.index - b.index)
    .map(({ issue }) => issue);
}

/** The message in the reader's language; Indonesian when no English one was given. */
export function issueMessage(issue: HouseholdImportIssue, language: Language): string {
  return language === 'en' && issue.message_en.trim() !== '' ? issue.message_en : issue.message;
}
