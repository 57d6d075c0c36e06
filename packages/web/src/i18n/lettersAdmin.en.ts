import type { lettersAdminId } from './lettersAdmin.id.ts';

export const lettersAdminEn: typeof lettersAdminId = {
  parties: {
    title: 'Other people in the letter',
    resident: 'Village resident',
    outsider: 'Someone from outside the village',
    search: 'Search by name or NIK',
    searchHint: 'Type at least 2 letters',
    searching: 'Searching…',
    none: 'No living resident matches.',
    pick: 'Pick',
    change: 'Change',
    chosen: 'Chosen: {{name}}',
    optional: '(may be left empty)',
    name: 'Full name',
    nik: 'NIK (if any)',
    birthPlace: 'Place of birth',
    birthDate: 'Date of birth',
    sex: 'Sex',
    male: 'Male',
    female: 'Female',
    occupation: 'Occupation',
    address: 'Address',
  },
};
