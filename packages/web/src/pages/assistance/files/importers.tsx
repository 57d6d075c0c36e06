// The social assistance importers as the import wizard shows them: the plain program CSV, OpenSID's program
// file (sheets Program and Peserta), OpenDK's program exchange (a zip of two CSVs) and a cycle's
// distribution list coming back from the distributor.
import { useTranslation } from 'react-i18next';
import type { ImporterConfig } from '../../../ui/importWizard/importerConfig.ts';
import '../../../i18n/lazy/assistanceFiles.ts';

const PLAIN_HEADERS = ['kode_program', 'nik', 'no_kk', 'no_rtm', 'no_kartu', 'tanggal_mulai', 'status'];
/** A made-up resident of Kecamatan Pesanggaran: a template sent back unchanged fails the check, enrols nobody. */
const PLAIN_EXAMPLE = ['PBI-JK', '3510010101800001', '', '', '0001234567', '2026-01-05', 'aktif'];
const OPENSID_HEADERS = ['Peserta', 'No. Peserta', 'NIK', 'Nama', 'Tempat Lahir', 'Tanggal Lahir', 'Alamat'];

const csv = (lines: string[][]) => `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;

function useEnrolmentCounts(): Pick<
  ImporterConfig,
  'actions' | 'results' | 'subjectHeader' | 'secondaryLabel' | 'next'
> {
  const { t } = useTranslation();
  return {
    actions: [
      { key: 'enrol', label: t('assistanceFiles.actions.enrol'), tone: 'insert' },
      { key: 'update', label: t('assistanceFiles.actions.update'), tone: 'update' },
    ],
    results: [
      { key: 'enrolled', label: (n) => t('assistanceFiles.results.enrolled', { n }) },
      { key: 'updated', label: (n) => t('assistanceFiles.results.updated', { n }) },
    ],
    subjectHeader: t('assistanceFiles.subject'),
    secondaryLabel: 'KK',
    next: { pathname: '/bantuan-sosial', label: t('assistanceFiles.toList') },
  };
}

export function usePlainProgramImporter(): ImporterConfig {
  const { t } = useTranslation();
  return {
    importer: 'assistance-plain',
    template: { fileName: 'contoh-peserta-program.csv', csv: () => csv([PLAIN_HEADERS, PLAIN_EXAMPLE]) },
    file: {
      intro: t('assistanceFiles.plain.intro'),
      requirements: [t('assistanceFiles.plain.columns', { columns: PLAIN_HEADERS.join(', ') })],
      templateLink: t('assistanceFiles.plain.template'),
      label: t('assistanceFiles.plain.label'),
    },
    ...useEnrolmentCounts(),
  };
}

export function useOpensidProgramImporter(): ImporterConfig {
  const { t } = useTranslation();
  return {
    importer: 'assistance-opensid',
    template: { fileName: 'judul-kolom-peserta-opensid.csv', csv: () => csv([OPENSID_HEADERS]) },
    file: {
      intro: t('assistanceFiles.opensid.intro'),
      requirements: [t('assistanceFiles.opensid.program'), t('assistanceFiles.opensid.participant')],
      templateLink: t('assistanceFiles.opensid.template'),
      label: t('assistanceFiles.opensid.label'),
    },
    ...useEnrolmentCounts(),
  };
}

const OPENDK_PARTICIPANT_HEADERS = [
  'desa_id',
  'id',
  'peserta',
  'program_id',
  'no_id_kartu',
  'kartu_nik',
  'kartu_nama',
  'kartu_tempat_lahir',
  'kartu_tanggal_lahir',
  'kartu_alamat',
  'kartu_peserta',
  'kartu_id_pend',
  'sasaran',
];

export function useOpendkProgramImporter(): ImporterConfig {
  const { t } = useTranslation();
  return {
    importer: 'assistance-opendk',
    template: { fileName: 'judul-kolom-peserta-opendk.csv', csv: () => csv([OPENDK_PARTICIPANT_HEADERS]) },
    file: {
      intro: t('assistanceFiles.opendk.intro'),
      requirements: [t('assistanceFiles.opendk.program'), t('assistanceFiles.opendk.participant')],
      templateLink: t('assistanceFiles.opendk.template'),
      label: t('assistanceFiles.opendk.label'),
    },
    acceptsZip: true,
    ...useEnrolmentCounts(),
  };
}

const DISTRIBUTION_HEADERS = [
  'ID Kepesertaan',
  'Kode Program',
  'Siklus',
  'Nama',
  'Nominal',
  'Diterima (Ya/Tidak)',
  'Tanggal Terima',
  'Saluran',
  'Catatan',
];

export function useDistributionImporter(): ImporterConfig {
  const { t } = useTranslation();
  return {
    importer: 'assistance-distributions',
    template: { fileName: 'judul-kolom-penyaluran.csv', csv: () => csv([DISTRIBUTION_HEADERS]) },
    file: {
      intro: t('assistanceFiles.distributions.intro'),
      requirements: [t('assistanceFiles.distributions.match')],
      templateLink: t('assistanceFiles.distributions.template'),
      label: t('assistanceFiles.distributions.label'),
    },
    actions: [{ key: 'record', label: t('assistanceFiles.distributions.record'), tone: 'update' }],
    results: [{ key: 'recorded', label: (n) => t('assistanceFiles.distributions.recorded', { n }) }],
    subjectHeader: t('assistanceFiles.distributions.subject'),
    next: { pathname: '/bantuan-sosial', label: t('assistanceFiles.toList') },
  };
}
