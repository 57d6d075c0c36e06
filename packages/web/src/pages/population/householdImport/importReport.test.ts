import { describe, expect, it } from 'vitest';
import type { HouseholdImportIssue, HouseholdImportReport } from '../../../api/householdImport.ts';
import { issueMessage, issuesByLine, summariseReport } from './importReport.ts';
import { RTM_EXAMPLE, RTM_HEADERS, rtmTemplateCsv } from './rtmTemplate.ts';

const issue = (lineNo: number, level: 'error' | 'warning', code: string): HouseholdImportIssue => ({
  lineNo,
  field: 'nik',
  level,
  code,
  message: `pesan ${code}`,
  message_en: `message ${code}`,
});

const report = (issues: HouseholdImportIssue[]): HouseholdImportReport => ({
  committed: false,
  rows: 12,
  households: { create: 2, update: 1, unchanged: 3 },
  familiesMoved: 4,
  issues,
});

describe('household import report', () => {
  it('counts errors and warnings and allows applying only without errors', () => {
    expect(summariseReport(report([issue(3, 'warning', 'W')]))).toEqual({
      errors: 0,
      warnings: 1,
      changes: 7,
      canApply: true,
    });
    const blocked = summariseReport(report([issue(3, 'warning', 'W'), issue(5, 'error', 'E')]));
    expect(blocked).toMatchObject({ errors: 1, warnings: 1, canApply: false });
  });

  it('says when applying would change nothing', () => {
    const same = { ...report([]), households: { create: 0, update: 0, unchanged: 5 }, familiesMoved: 0 };
    expect(summariseReport(same).changes).toBe(0);
  });

  it('counts only households for an import that moves no family card (Regsosek housing)', () => {
    const housing = {
      committed: false,
      rows: 4,
      households: { create: 1, update: 2, unchanged: 1 },
      issues: [],
    };
    expect(summariseReport(housing)).toEqual({ errors: 0, warnings: 0, changes: 3, canApply: true });
  });

  it('lists problems by line, whole-file problems first, errors before warnings on a line', () => {
    const sorted = issuesByLine([
      issue(7, 'warning', 'a'),
      issue(2, 'error', 'b'),
      issue(7, 'error', 'c'),
      issue(0, 'error', 'd'),
      issue(7, 'warning', 'e'),
    ]);
    expect(sorted.map((i) => `${i.lineNo}${i.code}`)).toEqual(['0d', '2b', '7c', '7a', '7e']);
  });

  it('speaks the reader language, Indonesian when there is no English message', () => {
    const one = issue(2, 'error', 'X');
    expect(issueMessage(one, 'id')).toBe('pesan X');
    expect(issueMessage(one, 'en')).toBe('message X');
    expect(issueMessage({ ...one, message_en: '' }, 'en')).toBe('pesan X');
  });
});

describe('household import template', () => {
  it('is the OpenSID header and one example head row, with a BOM', () => {
    expect(rtmTemplateCsv()).toBe(
      '\uFEFFNIK,NOMOR RUMAH TANGGA,STATUS HUBUNGAN DALAM RUMAH TANGGA\r\n3510010101800001,00001,1\r\n',
    );
    expect(RTM_EXAMPLE).toHaveLength(RTM_HEADERS.length);
  });
});
