// The codes of OpenDK's program exchange: every program-file code, and the lines of another village.
import { issueBuilder, type RowIssueCatalogue } from '../../../../platform/imports/row-issues.ts';
import { ENROLMENT_ISSUES } from '../enrolments/issues.ts';

export const OPENDK_PROGRAM_ISSUES = {
  ...ENROLMENT_ISSUES,
  ASSIST_OTHER_VILLAGE: {
    level: 'error',
    id: 'Baris ini milik desa lain (kolom desa_id); hanya data desa yang dipilih yang diimpor.',
    en: 'This line belongs to another village (column desa_id); only the chosen village’s data is imported.',
  },
} as const satisfies RowIssueCatalogue;

export const opendkIssue = issueBuilder(OPENDK_PROGRAM_ISSUES);
