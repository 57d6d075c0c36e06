import type { assistanceFilesId } from './assistanceFiles.id.ts';

export const assistanceFilesEn: typeof assistanceFilesId = {
  importTitle: 'Import program participants',
  exportTitle: 'Recipient list (BNBA)',
  nav: { imports: 'Import participants', exports: 'BNBA export' },
  formats: { label: 'File format', plain: 'Plain CSV', opensid: "OpenSID's program file" },
  plain: {
    intro:
      'One line per participant: program code, NIK (resident programs), KK number (family programs) or household number, card number and start date.',
    columns:
      'Columns: {{columns}}. The status column may hold aktif, diusulkan, terverifikasi or ditangguhkan (empty = active).',
    template: 'Download an example CSV',
    label: 'Participant CSV file',
  },
  opensid: {
    intro:
      'OpenSID\'s program import file: sheet "Program" (ID, name, sasaran, fund source, period) and sheet "Peserta", each ending at ###.',
    program:
      "The program is found by this village's program ID, then by name or code; if none, a new village program is made on saving.",
    participant:
      'The Peserta column holds the NIK, KK number, household number or group code the sasaran asks for; the NIK column is required and must belong to it.',
    template: 'Download the Peserta sheet headers',
    label: "OpenSID's program Excel file",
  },
  actions: { enrol: 'New participants', update: 'Card/status changed' },
  results: { enrolled: '{{n}} new participants', updated: '{{n}} enrolments changed' },
  subject: 'Participant (NIK/KK)',
  toList: 'To social assistance',
  chooseVillage: 'Choose one village at the top to import participants.',
  export: {
    intro: "One program's recipients by name and address, for the area chosen at the top.",
    program: 'Program ID',
    programHint: 'From the program page (a program picker follows with the program pages).',
    format: 'Format',
    status: 'Status',
    allOpen: 'All not exited',
    full: 'Show whole NIK and KK numbers (recorded in the audit trail)',
    reason: 'Why whole NIKs are needed',
    reasonHint: 'At least 5 characters, e.g. "distribution round 1".',
    download: 'Download the list',
    masked: 'NIK and KK numbers are masked.',
  },
};
