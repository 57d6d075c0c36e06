// The population importers as the import wizard shows them: their upload route, template, words,
// counts and where their result shows.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import type { ImporterConfig } from '../../../ui/importWizard/importerConfig.ts';
import { housingTemplateCsv, KK_HEADER, columnOfQuestion } from './housingTemplate.ts';
import { OPENDK_REQUIRED_HEADERS, opendkTemplateCsv } from './opendkTemplate.ts';
import { REQUIRED_HEADERS, RESIDENT_TEMPLATE_URL } from './residentTemplate.ts';
import { rtmTemplateCsv } from './rtmTemplate.ts';
import '../../../i18n/lazy/imports.ts';

/** A hint that ends in a link to the resident import ("… lakukan dahulu impor data penduduk."). */
function ResidentsFirst({ text, link }: { text: string; link: string }) {
  const search = useRegionSearch();
  return (
    <>
      {text} <Link to={{ pathname: '/penduduk/impor', search }}>{link}</Link>.
    </>
  );
}

/** The resident counts and results every resident format shares. */
export function useResidentCounts(): Pick<
  ImporterConfig,
  'actions' | 'results' | 'subjectHeader' | 'secondaryLabel' | 'next'
> {
  const { t } = useTranslation();
  return {
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

export function useResidentImporter(): ImporterConfig {
  const { t } = useTranslation();
  return {
    importer: 'residents',
    template: { fileName: 'template-impor-penduduk-opensid.xlsx', url: RESIDENT_TEMPLATE_URL },
    file: {
      intro: t('imports.residents.intro'),
      requirements: [t('imports.residents.requiredColumns', { columns: REQUIRED_HEADERS.join(', ') })],
      templateLink: t('imports.residents.template'),
      label: t('imports.residents.label'),
    },
    ...useResidentCounts(),
  };
}

/** OpenDK's exchange: the resident import under OpenDK's column names, from the zip OpenSID makes. */
export function useOpendkImporter(): ImporterConfig {
  const { t } = useTranslation();
  const residents = useResidentImporter();
  return {
    ...residents,
    importer: 'residents-opendk',
    acceptsZip: true,
    template: { fileName: 'judul-kolom-penduduk-opendk.csv', csv: opendkTemplateCsv },
    file: {
      intro: t('imports.opendk.intro'),
      requirements: [
        t('imports.opendk.columns', { columns: OPENDK_REQUIRED_HEADERS.join(', ') }),
        t('imports.opendk.village'),
        t('imports.opendk.photos'),
      ],
      templateLink: t('imports.opendk.template'),
      label: t('imports.opendk.label'),
    },
  };
}

export function useHouseholdImporter(): ImporterConfig {
  const { t } = useTranslation();
  return {
    importer: 'households',
    template: { fileName: 'template-impor-rumah-tangga-opensid.csv', csv: rtmTemplateCsv },
    file: {
      intro: t('imports.households.intro'),
      requirements: [
        t('imports.households.columns'),
        t('imports.households.sheet'),
        t('imports.households.textColumns'),
        <ResidentsFirst
          key="first"
          text={t('imports.households.residentsFirst')}
          link={t('imports.households.residentsFirstLink')}
        />,
      ],
      templateLink: t('imports.households.template'),
      label: t('imports.households.label'),
    },
    actions: [
      { key: 'create', label: t('imports.households.actions.create'), tone: 'insert' },
      { key: 'update', label: t('imports.households.actions.update'), tone: 'update' },
      { key: 'unchanged', label: t('imports.households.actions.unchanged') },
    ],
    results: [
      { key: 'create', label: (n) => t('imports.households.results.create', { n }) },
      { key: 'update', label: (n) => t('imports.households.results.update', { n }) },
      { key: 'unchanged', label: (n) => t('imports.households.results.unchanged', { n }) },
      { key: 'familiesMoved', label: (n) => t('imports.households.results.familiesMoved', { n }) },
    ],
    subjectHeader: t('imports.households.subject'),
    fieldLabel: (field) => <code>{field.toUpperCase()}</code>,
    next: { pathname: '/penduduk/rumah-tangga', label: t('imports.households.toList') },
  };
}

export function useHousingImporter(): ImporterConfig {
  const { t } = useTranslation();
  // "303 · Jenis lantai terluas": the number the file uses, and the short label the household form uses.
  const fieldLabel = (field: string) => {
    const column = columnOfQuestion(field);
    if (column) {
      return (
        <span>
          <code>{field}</code> · {t(`population.housing.${column}`)}
        </span>
      );
    }
    return field.trim().toLowerCase() === KK_HEADER ? t('imports.housing.kk') : <code>{field}</code>;
  };
  return {
    importer: 'housing',
    template: { fileName: 'template-impor-perumahan-regsosek.csv', csv: housingTemplateCsv },
    file: {
      intro: t('imports.housing.intro'),
      requirements: [
        t('imports.housing.columns'),
        t('imports.housing.sheet'),
        t('imports.housing.textColumns'),
        t('imports.housing.followUps'),
        <ResidentsFirst
          key="first"
          text={t('imports.housing.familiesFirst')}
          link={t('imports.housing.familiesFirstLink')}
        />,
      ],
      templateLink: t('imports.housing.template'),
      label: t('imports.housing.label'),
    },
    actions: [
      { key: 'create', label: t('imports.housing.actions.create'), tone: 'insert' },
      { key: 'update', label: t('imports.housing.actions.update'), tone: 'update' },
      { key: 'unchanged', label: t('imports.housing.actions.unchanged') },
    ],
    results: [
      { key: 'create', label: (n) => t('imports.housing.results.create', { n }) },
      { key: 'update', label: (n) => t('imports.housing.results.update', { n }) },
      { key: 'unchanged', label: (n) => t('imports.housing.results.unchanged', { n }) },
    ],
    subjectHeader: t('imports.housing.subject'),
    fieldLabel,
    next: { pathname: '/penduduk/rumah-tangga', label: t('imports.housing.toList') },
  };
}
