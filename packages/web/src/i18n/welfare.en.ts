// Welfare facts forms (Regsosek 2022 sections IV and V) on the resident and family pages.
import type { welfareId } from './welfare.id.ts';

export const welfareEn: typeof welfareId = {
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
};
