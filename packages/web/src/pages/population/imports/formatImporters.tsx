// Resident files in other registries' formats, as the import wizard offers them beside OpenSID's template:
// SIAK's export (Dukcapil). Each is its own importer on the server; the lines are checked and saved as resident
// rows, so the counts and results read as the resident import's.
import { SIAK_HEADERS } from '@smart-kampung/domain';
import { useTranslation } from 'react-i18next';
import type { ImporterConfig } from '../../../ui/importWizard/importerConfig.ts';
import { useResidentCounts } from './importers.tsx';
import '../../../i18n/lazy/imports.ts';

/** The BIP's header lines (e-KTP edition), for operators who retype a printed register. */
const BIP_HEADER_CSV =
  '\uFEFFNO,Nama Lengkap,NIK,Tempat dan Tanggal Lahir,,JK,Stat Kwn,Gol. Drh,SHDK,Agama,Pendidikan Terakhir,No Akta Lahir,Pekerjaan,Nama Ibu,Nama Ayah,Wjb KTP,KTP-eL,Status,Stat Rkm\r\n,,,Tempat Lahir,Tgl/Bln/Th\r\n';

export function useBipImporter(): ImporterConfig {
  const { t } = useTranslation();
  return {
    importer: 'residents-bip',
    template: { fileName: 'format-bip.csv', csv: () => BIP_HEADER_CSV },
    file: {
      intro: t('imports.bip.intro'),
      requirements: [t('imports.bip.blocks'), t('imports.siak.labels')],
      templateLink: t('imports.bip.template'),
      label: t('imports.bip.label'),
    },
    ...useResidentCounts(),
  };
}

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
    ...useResidentCounts(),
  };
}
