import type { housingImportId } from './housingImport.id.ts';

export const housingImportEn: typeof housingImportId = {
  title: 'Import housing data (Regsosek)',
  navLabel: 'Import housing',
  intro:
    'This file is the housing sheet ("3.keterangan perumahan") of the DTKS/Regsosek 2022 workbook, one row per family card (KK); its answers are recorded on the household the card lives in. Blank cells keep what is already recorded.',
  file: {
    columns:
      'Columns: no kartu keluarga, then the question numbers 301a to 310. Fill in the code number (or its exact label); the floor area (302) in square metres.',
    formats:
      'Format: .xlsx or .xlsm (sheet "3.keterangan perumahan", column headers on line 3), or .csv with the same headers on its first line; at most 20 MB.',
    textColumns:
      'In Excel, format the no kartu keluarga column as Text before filling it in, so 16-digit KK numbers stay as they are.',
    followUps:
      'A follow-up question the new answers skip is cleared (e.g. the installed power once lighting is not metered PLN electricity). A family card in no household gets a new household.',
    familiesFirst:
      'The family cards must already be registered in this village. If they are not, first do the',
    familiesFirstLink: 'resident import',
    template: 'Download the template (CSV, 17 columns with one example row)',
    label: 'Housing data file',
  },
  issues: {
    caption: 'Errors and notes of the housing data file, by line number',
    kk: 'KK no.',
  },
  done: {
    title: 'Housing data import finished',
    toList: 'Open the household list',
  },
};
