import type { importsId } from './imports.id.ts';

// The words of each importer in the import wizard: residents (OpenSID), households (OpenSID's FormatImporRTM)
// and housing facts (the "3.keterangan perumahan" sheet of the DTKS/Regsosek 2022 workbook).
export const importsEn: typeof importsId = {
  residents: {
    title: 'Import residents',
    intro:
      'Upload an OpenSID export or OpenSID\'s resident import template (sheet "Data Penduduk"), one row per resident.',
    requiredColumns: 'Required columns: {{columns}}.',
    template: 'Download OpenSID\'s template (Excel: 43 columns, an example line, the "Kode Data" sheet)',
    label: 'Resident data file',
    subject: 'Name / NIK',
    actions: { insert: 'New residents', update: 'Changed residents', unchanged: 'Unchanged' },
    results: { inserted: '{{n}} new residents', updated: '{{n}} residents updated' },
    toList: 'Open the resident list',
  },
  formats: {
    label: 'File format',
    opensid: 'OpenSID template',
    siak: 'SIAK export (Dukcapil)',
    bip: 'Buku Induk Penduduk (BIP)',
    opendk: 'OpenDK exchange (zip)',
  },
  bip: {
    intro:
      "Upload a Buku Induk Penduduk (.xls or .xlsx) like OpenSID's samples format_bip_ektp.xls or format_bip_2016.xls: a two-line header, then one block per family card.",
    blocks:
      'Each block starts with a "No. KK" line (the card number and address: RT/RW, dusun); the numbered members below it get that card number and address. A member outside any block is reported, never guessed. A register split into sheets per dusun or RW is read whole (sheets without the BIP header, such as a summary, are skipped); the report names the sheets read.',
    template: "Download the BIP's column headers (CSV, e-KTP edition)",
    label: 'Buku Induk Penduduk file',
  },
  siak: {
    intro:
      "Upload SIAK's export from Dukcapil (.xls or .xlsx, first sheet), one row per resident, like OpenSID's sample format_siak.xls.",
    columns:
      'Required columns: Nomor KK, NIK, Nama Penduduk, Kelamin, SHDK and Tanggal Lahir (or one "Tempat/Tanggal Lahir" column). Other columns are read by their headers. Rows whose Desa/Kel or Kecamatan names another village (a district export) are reported and not imported.',
    labels:
      'Labels ("Perempuan", "Islam", "Kepala Keluarga") are matched to the code lists ignoring case and spacing; a label that is not known is reported on its line, never guessed.',
    template: "Download SIAK's column headers (CSV, 37 columns)",
    label: 'SIAK export file',
  },
  households: {
    title: 'Import households',
    intro:
      "This file places residents who are already registered into numbered households. Each row moves the resident's whole family card, with all its members, into that household; the row with status 1 becomes the head of household, one head per household.",
    columns:
      'Columns: NIK, NOMOR RUMAH TANGGA, STATUS HUBUNGAN DALAM RUMAH TANGGA (1 = head of household, 2 = member; the words "KEPALA KELUARGA" and "ANGGOTA" are accepted too).',
    sheet:
      'Excel file: the "RTM" sheet of the OpenSID template; .csv file: the same headers on the first line.',
    textColumns:
      'In Excel, format the NIK and NOMOR RUMAH TANGGA columns as Text before filling them in, so 16-digit NIKs and leading zeros stay intact.',
    residentsFirst: 'The residents must already be registered in this village. If they are not, first do the',
    residentsFirstLink: 'resident import',
    template: 'Download the template (CSV, 3 columns with one example row)',
    label: 'Household file',
    subject: 'NIK',
    actions: { create: 'New households', update: 'Changed households', unchanged: 'Unchanged households' },
    results: {
      create: '{{n}} new households',
      update: '{{n}} households changed',
      unchanged: '{{n}} households unchanged',
      familiesMoved: '{{n}} family cards moved with all their members',
    },
    toList: 'Open the household list',
  },
  housing: {
    title: 'Import housing data (Regsosek)',
    intro:
      'This file is the housing sheet ("3.keterangan perumahan") of the DTKS/Regsosek 2022 workbook, one row per family card (KK); its answers are recorded on the household the card lives in. Blank cells keep what is already recorded.',
    columns:
      'Columns: no kartu keluarga, then the question numbers 301a to 310. Fill in the code number (or its exact label); the floor area (302) in square metres.',
    sheet:
      'Excel file: sheet "3.keterangan perumahan", column headers on line 3; .csv file: the same headers on its first line.',
    textColumns:
      'In Excel, format the no kartu keluarga column as Text before filling it in, so 16-digit KK numbers stay as they are.',
    followUps:
      'A follow-up question the new answers skip is cleared (e.g. the installed power once lighting is not metered PLN electricity). A family card in no household gets a new household.',
    familiesFirst:
      'The family cards must already be registered in this village. If they are not, first do the',
    familiesFirstLink: 'resident import',
    template: 'Download the template (CSV, 17 columns with one example row)',
    label: 'Housing data file',
    subject: 'KK no.',
    kk: 'KK no.',
    actions: { create: 'New households', update: 'Changed households', unchanged: 'Unchanged households' },
    results: {
      create: '{{n}} new households',
      update: '{{n}} households changed',
      unchanged: '{{n}} households unchanged',
    },
    toList: 'Open the household list',
  },
  opendk: {
    title: 'Import residents from OpenDK',
    intro:
      "Upload the resident zip OpenSID makes for OpenDK (penduduk_<date>_opendk.zip, menu OpenDK › Sinkronisasi), or the .xlsx inside it. One row per resident, with OpenDK's column names.",
    columns: 'Required columns: {{columns}}.',
    village:
      "The desa_id column must be this village's code (with dots, e.g. 35.10.01.2001, or without); rows of another village are not imported.",
    photos: 'Resident photos in the zip are not imported (the report says how many).',
    template: 'Download the column headers (CSV, the 42 OpenDK columns)',
    label: 'OpenDK zip or .xlsx file',
  },
};
