// The domain's NIK/KK/family issues as an import reports them: under the template column the operator knows.
import type { Issue } from '@smart-kampung/domain';
import type { RowIssue } from '../../../platform/imports/row-issues.ts';

/** Domain issue fields are the rules' own names; the operator knows the template's column names. */
const domainFieldToHeader: Record<string, string> = {
  nik: 'nik',
  kk: 'no_kk',
  birthDate: 'tanggallahir',
  sex: 'sex',
  relationshipCode: 'kk_level',
  members: 'kk_level',
};

export function fromDomainIssue(issue: Issue, relatedLines: readonly number[] = []): RowIssue {
  const where = relatedLines.length > 0 ? relatedLines.join(', ') : '';
  return {
    code: issue.code,
    field: domainFieldToHeader[issue.field ?? ''] ?? issue.field ?? '',
    message: where
      ? { id: `${issue.message.id} (lihat baris ${where})`, en: `${issue.message.en} (see line ${where})` }
      : { id: issue.message.id, en: issue.message.en },
  };
}
