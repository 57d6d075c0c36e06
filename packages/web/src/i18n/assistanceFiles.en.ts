import type { assistanceFilesId } from './assistanceFiles.id.ts';

export const assistanceFilesEn: typeof assistanceFilesId = {
  importTitle: 'Import program participants',
  exportTitle: 'Recipient list (BNBA)',
  nav: { imports: 'Import participants', exports: 'BNBA export' },
  formats: {
    label: 'File format',
    plain: 'Plain CSV',
    opensid: "OpenSID's program file",
    opendk: "OpenDK's program exchange",
    distributions: 'Distribution results',
  },
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
  opendk: {
    intro:
      "OpenDK's program exchange zip: the programs CSV (desa_id, id, nama, sasaran, …) and the participants CSV (desa_id, peserta, program_id, no_id_kartu, kartu_nik, …), UTF-8.",
    program:
      'A program is found by its id in this village, then by name or code; otherwise a new village program is made on saving. The participants CSV alone knows only programs imported before.',
    participant:
      "The peserta column holds a NIK, KK number, household number or group code as the sasaran asks; kartu_nik must be a member. Other villages' lines (desa_id) are not imported.",
    template: 'Download the participant CSV headers',
    label: 'OpenDK zip or participants CSV',
  },
  distributions: {
    intro:
      "A cycle's distribution list downloaded from the distribution page, filled in by the distributor: Diterima (Ya/Tidak), Tanggal Terima, Nominal, Saluran, Catatan.",
    match:
      'Each line is matched by its ID Kepesertaan, Kode Program and Siklus. Lines with Diterima left empty are not reported yet and change nothing.',
    template: 'Download the headers',
    label: 'Distribution list file',
    record: 'Recorded',
    recorded: '{{n}} distributions recorded',
    subject: 'Recipient',
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
