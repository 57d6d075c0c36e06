import type { householdImportId } from './householdImport.id.ts';

export const householdImportEn: typeof householdImportId = {
  title: 'Import households',
  crossLink: 'Have an OpenSID household file (FormatImporRTM)?',
  crossLinkAction: 'Import households',
  intro:
    "This file places residents who are already registered into numbered households. Each row moves the resident's whole family card, with all its members, into that household; the row with status 1 becomes the head of household, one head per household.",
  fileLine: 'File: {{name}}',
  file: {
    title: '1. Choose the file',
    columns:
      'Columns: NIK, NOMOR RUMAH TANGGA, STATUS HUBUNGAN DALAM RUMAH TANGGA (1 = head of household, 2 = member; the words "KEPALA KELUARGA" and "ANGGOTA" are accepted too).',
    formats:
      'Format: .xlsx or .xlsm (the "RTM" sheet of the OpenSID template), or .csv with the same headers; at most 20 MB.',
    textColumns:
      'In Excel, format the NIK and NOMOR RUMAH TANGGA columns as Text before filling them in, so 16-digit NIKs and leading zeros stay intact.',
    residentsFirst: 'The residents must already be registered in this village. If they are not, first do the',
    residentsFirstLink: 'resident import',
    template: 'Download the template (CSV, 3 columns with one example row)',
    label: 'Household file',
    hint: 'Checking saves nothing. Old .xls files: open them in Excel and save as .xlsx.',
    required: 'Choose the file to check.',
    wrongType: 'The file must end in .xlsx, .xlsm or .csv.',
    tooLarge: 'The file is larger than 20 MB.',
    submit: 'Check',
    checking: 'Checking the file…',
  },
  summary: {
    title: 'Check result: {{n}} rows',
    create: 'New households',
    update: 'Changed households',
    unchanged: 'Unchanged households',
    familiesMoved: 'Family cards moving',
    errors: 'Errors',
    warnings: 'Warnings',
  },
  decision: {
    title: '2. Apply',
    ready: 'No errors: this file can be applied.',
    nothing: 'No errors, but nothing to change either: every household already matches the file.',
    warnings: 'Read the {{n}} warnings below first; warnings do not stop the import.',
    blocked:
      '"Apply" cannot be used while {{n}} errors remain. Correct the file, then choose and check it again.',
    changedSince:
      "Nothing was saved: the village's data changed after the check, and the new check found errors. The result is below.",
    apply: 'Apply',
    applying: 'Applying…',
    another: 'Choose another file',
    note: 'All changes are saved together in one transaction: if one fails, nothing is saved.',
  },
  issues: {
    title: 'Errors and warnings by row',
    caption: 'Errors and warnings of the household file, by row number',
    line: 'Row',
    lineNo: 'Row {{n}}',
    wholeFile: 'Whole file',
    level: 'Kind',
    error: 'Error',
    warning: 'Warning',
    column: 'Column',
    reason: 'Reason',
    none: 'No errors or warnings.',
  },
  done: {
    title: 'Household import finished',
    created: '{{n}} new households',
    updated: '{{n}} households changed',
    unchanged: '{{n}} households unchanged',
    moved: '{{n}} family cards moved with all their members',
    toList: 'View the resident list',
    another: 'Import another file',
  },
};
