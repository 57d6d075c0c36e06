import { useTranslation } from 'react-i18next';
import { applyHousingImport, housingReportOfRefusal } from '../../../api/housingImport.ts';
import type { HousingImportIssue, HousingImportReport } from '../../../api/housingImport.ts';
import { HousingImportFileStep } from './HousingImportFileStep.tsx';
import { columnOfQuestion, KK_HEADER } from './housingTemplate.ts';
import { TemplateImportPage } from './TemplateImportPage.tsx';

/**
 * Impor data perumahan: the housing sheet of the DTKS/Regsosek 2022 workbook fills in the Regsosek housing
 * facts of the households its family cards live in.
 */
export function HousingImportPage() {
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
    return field.trim().toLowerCase() === KK_HEADER ? t('population.housingImport.issues.kk') : field;
  };
  return (
    <TemplateImportPage<HousingImportIssue, HousingImportReport>
      config={{
        testId: 'housing-import',
        title: t('population.housingImport.title'),
        fileStep: (village, onChecked) => (
          <HousingImportFileStep key={village} villageCode={village} onChecked={onChecked} />
        ),
        apply: applyHousingImport,
        reportOfRefusal: housingReportOfRefusal,
        doneTitle: t('population.housingImport.done.title'),
        next: { pathname: '/penduduk/rumah-tangga', label: t('population.housingImport.done.toList') },
        issues: {
          caption: t('population.housingImport.issues.caption'),
          identifier: (issue) => issue.kkMasked,
          fieldLabel,
        },
      }}
    />
  );
}
