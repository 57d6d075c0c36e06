// The import wizard's configuration for sections IV and V of the DTKS/Regsosek 2022 workbook (the server's
// regsosek-members and regsosek-families importers): the template to start from, what the file must look
// like, and how the counts read. The question labels are the domain's, in the reader's language.
import {
  FAMILY_WELFARE_VARIABLES,
  MEMBER_WELFARE_VARIABLES,
  REGSOSEK_501_LETTERS,
  REGSOSEK_501_QUESTIONS,
} from '@smart-kampung/domain';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/index.ts';
import type { ImporterConfig } from '../../../ui/importWizard/importerConfig.ts';
import '../../../i18n/lazy/welfareFacts.ts';

const KK = 'no kartu keluarga';
const NIK = '403 nik';
const MEMBER_HEADERS = [KK, NIK, ...MEMBER_WELFARE_VARIABLES.map((v) => v.variable)];
const FAMILY_HEADERS = [
  KK,
  ...REGSOSEK_501_LETTERS.flatMap((l) => [`501${l}`, `501${l} bulan`, `501${l} tahun`]),
  ...FAMILY_WELFARE_VARIABLES.map((v) => v.variable),
];

/** A template CSV: the header and one example line whose card number cannot exist (issued on 00-00-00). */
const templateOf = (headers: string[], example: Record<string, string>) => () =>
  `${headers.join(',')}\n${headers.map((h) => example[h] ?? '').join(',')}\n`;

/** "413 · Jenjang pendidikan …": the number the file uses and the question in the reader's language. */
function questionLabel(field: string) {
  const key = field.trim().toLowerCase();
  const english = currentLanguage() === 'en';
  const question =
    MEMBER_WELFARE_VARIABLES.find((v) => v.variable === key)?.question ??
    FAMILY_WELFARE_VARIABLES.find((v) => v.variable === key)?.question ??
    REGSOSEK_501_QUESTIONS[key.slice(3, 4) as 'a'];
  return (
    <span>
      <code>{field}</code>
      {question && key !== KK && key !== NIK ? ` · ${english ? question.en : question.id}` : ''}
    </span>
  );
}

export function useRegsosekMembersImporter(): ImporterConfig {
  const { t } = useTranslation();
  return {
    importer: 'regsosek-members',
    template: {
      fileName: 'template-impor-regsosek-anggota.csv',
      csv: templateOf(MEMBER_HEADERS, { [KK]: '3510010000000001', [NIK]: '3510010101800001', '404': '1' }),
    },
    file: {
      intro: t('welfareFacts.import.members.intro'),
      requirements: [
        t('welfareFacts.import.members.columns'),
        t('welfareFacts.import.members.sheet'),
        t('welfareFacts.import.textColumns'),
      ],
      templateLink: t('welfareFacts.import.template'),
      label: t('welfareFacts.import.members.label'),
    },
    actions: [
      { key: 'create', label: t('welfareFacts.import.members.actions.create'), tone: 'insert' },
      { key: 'update', label: t('welfareFacts.import.members.actions.update'), tone: 'update' },
      { key: 'unchanged', label: t('welfareFacts.import.members.actions.unchanged') },
    ],
    results: [
      { key: 'created', label: (n) => t('welfareFacts.import.members.results.created', { n }) },
      { key: 'updated', label: (n) => t('welfareFacts.import.members.results.updated', { n }) },
      { key: 'unchanged', label: (n) => t('welfareFacts.import.members.results.unchanged', { n }) },
    ],
    subjectHeader: 'NIK',
    fieldLabel: questionLabel,
    next: { pathname: '/penduduk', label: t('welfareFacts.import.toResidents') },
  };
}

export function useRegsosekFamiliesImporter(): ImporterConfig {
  const { t } = useTranslation();
  return {
    importer: 'regsosek-families',
    template: {
      fileName: 'template-impor-regsosek-keluarga.csv',
      csv: templateOf(FAMILY_HEADERS, {
        [KK]: '3510010000000001',
        '501a': '1',
        '501a bulan': '3',
        '501a tahun': '2024',
        '502i': '1',
      }),
    },
    file: {
      intro: t('welfareFacts.import.families.intro'),
      requirements: [
        t('welfareFacts.import.families.columns'),
        t('welfareFacts.import.families.sheet'),
        t('welfareFacts.import.textColumns'),
      ],
      templateLink: t('welfareFacts.import.template'),
      label: t('welfareFacts.import.families.label'),
    },
    actions: [
      { key: 'create', label: t('welfareFacts.import.families.actions.create'), tone: 'insert' },
      { key: 'update', label: t('welfareFacts.import.families.actions.update'), tone: 'update' },
      { key: 'unchanged', label: t('welfareFacts.import.families.actions.unchanged') },
    ],
    results: [
      { key: 'created', label: (n) => t('welfareFacts.import.families.results.created', { n }) },
      { key: 'updated', label: (n) => t('welfareFacts.import.families.results.updated', { n }) },
      { key: 'unchanged', label: (n) => t('welfareFacts.import.families.results.unchanged', { n }) },
      { key: 'enrolments', label: (n) => t('welfareFacts.import.families.results.enrolments', { n }) },
    ],
    subjectHeader: t('welfareFacts.import.kk'),
    fieldLabel: questionLabel,
    next: { pathname: '/penduduk', label: t('welfareFacts.import.toResidents') },
  };
}
