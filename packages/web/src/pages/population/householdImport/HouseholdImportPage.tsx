import { useTranslation } from 'react-i18next';
import { applyHouseholdImport, reportOfRefusal } from '../../../api/householdImport.ts';
import type { HouseholdImportIssue, HouseholdImportReport } from '../../../api/householdImport.ts';
import { formatNumber } from '../shared/format.ts';
import { HouseholdImportFileStep } from './HouseholdImportFileStep.tsx';
import { TemplateImportPage } from './TemplateImportPage.tsx';

/**
 * Impor rumah tangga: an OpenSID household file (FormatImporRTM) puts registered residents, each with their
 * whole family card, into numbered households.
 */
export function HouseholdImportPage() {
  const { t } = useTranslation();
  return (
    <TemplateImportPage<HouseholdImportIssue, HouseholdImportReport>
      config={{
        testId: 'household-import',
        title: t('householdImport.title'),
        fileStep: (village, onChecked) => (
          <HouseholdImportFileStep key={village} villageCode={village} onChecked={onChecked} />
        ),
        apply: applyHouseholdImport,
        reportOfRefusal,
        extraCounts: (report) => [
          {
            label: t('householdImport.summary.familiesMoved'),
            done: t('householdImport.done.moved', { n: formatNumber(report.familiesMoved) }),
            value: report.familiesMoved,
          },
        ],
        doneTitle: t('householdImport.done.title'),
        next: { pathname: '/penduduk', label: t('householdImport.done.toList') },
        issues: { caption: t('householdImport.issues.caption'), identifier: (issue) => issue.nikMasked },
      }}
    />
  );
}
