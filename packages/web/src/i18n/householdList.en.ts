import type { householdListId } from './householdList.id.ts';

export const householdListEn: typeof householdListId = {
  householdList: {
    title: 'Households',
    searchLabel: 'Search households',
    searchPlaceholder: 'Number or name of the head',
    searchHint: 'Type the household number (12 or 00012) or the name of the head of household.',
    show: 'Show',
    showAll: 'All households',
    showMissing: {
      location: 'No map pin yet',
      head: 'No head yet',
      housing: 'Housing facts incomplete',
    },
    found: '{{n}} households found',
    tableCaption:
      'Households and how complete their data is. Open a household to add its location, head or housing facts.',
    number: 'Household',
    numberValue: 'No. {{no}}',
    noNumber: 'No number',
    size: 'Families',
    sizeValue: 'Families: {{families}} · people: {{members}}',
    completeness: 'Completeness',
    badges: {
      locationDone: 'Pinned',
      locationMissing: 'No pin',
      headDone: 'Head set',
      headMissing: 'No head',
      housing: 'Housing {{answered}}/{{total}}',
      housingTitle: '{{answered}} of {{total}} housing facts (Regsosek) answered',
    },
    empty: {
      none: 'No household is registered in this area yet.',
      howImport:
        "Have OpenSID's household file (FormatImporRTM)? Import it: every family card goes straight into its household.",
      howFamilyCard:
        'Or create them one at a time from family cards: find a head of family in the resident list, open the family card, then choose "Create household".',
      openResidents: 'Open the resident list',
      readOnly:
        "Households are registered by the village operator, by importing OpenSID's household file or from family cards.",
      noMatch: 'No household matches this search or these filters.',
      location: 'No household in this area lacks a map pin.',
      head: 'No household in this area lacks a head.',
      housing: 'No household in this area has incomplete housing facts.',
    },
    export: {
      label: 'Download the household list',
      xlsx: 'Download XLSX',
      csv: 'Download CSV',
      busy: 'Preparing the file…',
      failed: 'The file could not be downloaded.',
    },
    loadFailed: 'The household list could not be loaded.',
  },
};
