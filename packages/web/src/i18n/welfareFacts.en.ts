// Welfare facts forms (Regsosek 2022 sections IV and V) on the resident and family pages.
import type { welfareFactsId } from './welfareFacts.id.ts';

export const welfareFactsEn: typeof welfareFactsId = {
  memberTitle: 'Socio-economic facts (Regsosek IV)',
  familyTitle: 'Family assets and services (Regsosek V)',
  loadFailed: 'The socio-economic facts cannot be loaded',
  nothingRecorded: 'No answers recorded yet. Fill in what is known; blanks count as "not known".',
  recorded: 'Last recorded from {{source}} on {{date}}.',
  sourceName: { file: 'an imported file', desk: 'the service desk', visit: 'a home visit' },
  unknown: '— not known —',
  yes: 'Yes',
  no: 'No',
  skipped: 'The form skips this for these answers',
  source: 'Answered',
  sourceDesk: 'At the service desk',
  sourceVisit: 'On a home visit',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  lostLivelihood: 'Lost livelihood',
  lostLivelihoodHint: 'A village note, not a Regsosek question: a disaster, a lay-off, or the earner died.',
  import: {
    template: 'Download the template (CSV with one example line)',
    textColumns:
      'In Excel, format the KK and NIK columns as Text before filling them in, so 16-digit numbers stay as typed.',
    kk: 'KK no.',
    toResidents: 'See the resident list',
    nav: { members: 'Import Regsosek IV', families: 'Import Regsosek V' },
    members: {
      title: 'Member socio-economic import (Regsosek IV)',
      intro:
        'This file is the "4.ket sos-ek anggota" sheet of the DTKS/Regsosek 2022 workbook: one line per family member, found by NIK (403) within the line\'s family card. The card number need only be on the first member\'s line.',
      columns:
        'Columns: no kartu keluarga, 403 NIK, then the question numbers 404 and 410 to 431f. Fill in the code numbers; "sum the codes" questions (411, 426, 431a, 431f) take the sum.',
      sheet:
        'Excel file: the "4.ket sos-ek anggota" sheet, headers on line 3 (the three side-by-side blocks are read once); .csv file: the same headers on the first line.',
      label: 'Member socio-economic file',
      actions: { create: 'Member recorded', update: 'Member changed', unchanged: 'Member unchanged' },
      results: {
        created: '{{n}} members recorded',
        updated: '{{n}} members changed',
        unchanged: '{{n}} members unchanged',
      },
    },
    families: {
      title: 'Family programs and assets import (Regsosek V)',
      intro:
        'This file is the "5.keikutsertaan program dll" sheet of the DTKS/Regsosek 2022 workbook: one line per family card. Programs received (501) become active enrolments; assets, livestock, internet and account are recorded on the family.',
      columns:
        'Columns: no kartu keluarga, 501a to 501g with the month and year last received, 502a to 506. A "No" in 501 does not end an existing enrolment.',
      sheet:
        'Excel file: the "5.keikutsertaan program dll" sheet, headers on line 4; .csv file: the same headers on the first line.',
      label: 'Family programs and assets file',
      actions: { create: 'Family recorded', update: 'Family changed', unchanged: 'Family unchanged' },
      results: {
        created: '{{n}} families recorded',
        updated: '{{n}} families changed',
        unchanged: '{{n}} families unchanged',
        enrolments: '{{n}} new program enrolments',
      },
    },
  },
};
