// Resident files in other registries' formats, as the import wizard offers them beside OpenSID's template:
// SIAK's export (Dukcapil). Each is its own importer on the server; the lines are checked and saved as resident
// rows, so the counts and results read as the resident import's.
import { useTranslation } from 'react-i18next';
import type { ImporterConfig } from '../../../ui/importWizard/importerConfig.ts';

/** SIAK's 37 columns as Dukcapil exports them (OpenSID's sample format_siak.xls). */
export const SIAK_HEADERS = [
  'Nomor KK',
  'NIK',
  'Nama Penduduk',
  'Status',
  'Tempat Lahir',
  'Tanggal Lahir',
  'Kelamin',
  'NIK Ayah',
  'Ayah',
  'NIK Ibu',
  'Ibu',
  'Status Kawin',
  'SHDK',
  'Agama',
  'Kecamatan',
  'Desa/Kel',
  'Alamat',
  'RW',
  'RT',
  'Pendidikan',
  'Pekerjaan',
  'Deskripsi Pekerjaan',
  'Gol. Darah',
  'Cacat',
  'Cetak KTP',
  'Ganti KTP',
  'KTP Berakhir',
  'Nomor Paspor',
  'Nomor Akta Lahir',
  'Nomor Akta Kawin',
  'Tanggal Kwn',
  'Nomor Akta Cerai',
  'Tgl Cerai',
  'Petugas Registrasi',
  'Tgl Ubah',
  'Petugas Entri',
  'Tgl Entri',
];

export function useSiakImporter(): ImporterConfig {
  const { t } = useTranslation();
  return {
    importer: 'residents-siak',
    template: { fileName: 'format-siak.csv', csv: () => `\uFEFF${SIAK_HEADERS.join(',')}\r\n` },
    file: {
      intro: t('imports.siak.intro'),
      requirements: [t('imports.siak.columns'), t('imports.siak.labels')],
      templateLink: t('imports.siak.template'),
      label: t('imports.siak.label'),
    },
    actions: [
      { key: 'insert', label: t('imports.residents.actions.insert'), tone: 'insert' },
      { key: 'update', label: t('imports.residents.actions.update'), tone: 'update' },
      { key: 'unchanged', label: t('imports.residents.actions.unchanged') },
    ],
    results: [
      { key: 'inserted', label: (n) => t('imports.residents.results.inserted', { n }) },
      { key: 'updated', label: (n) => t('imports.residents.results.updated', { n }) },
    ],
    subjectHeader: t('imports.residents.subject'),
    secondaryLabel: 'KK',
    next: { pathname: '/penduduk', label: t('imports.residents.toList') },
  };
}
