// OpenSID's resident import template as the wizard offers it: the server builds the whole workbook (the
// "Data Penduduk" sheet with its 43 columns and an example line, and the "Kode Data" sheet of every code the
// import's messages point to), so the codes come from the same lists the import checks.
export const RESIDENT_TEMPLATE_URL = '/api/population/residents/import-template';

/** Columns that must be filled on every row (the server's resident-import/template-columns.ts). */
export const REQUIRED_HEADERS = ['nama', 'nik', 'no_kk', 'sex', 'tanggallahir', 'kk_level'] as const;
