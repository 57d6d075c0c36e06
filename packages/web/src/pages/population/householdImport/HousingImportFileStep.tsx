import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { checkHousingImport } from '../../../api/housingImport.ts';
import type { HousingImportReport } from '../../../api/housingImport.ts';
import { TemplateFileForm } from '../shared/TemplateFileForm.tsx';
import { useRegionSearch } from '../shared/useRegionSearch.ts';
import { housingTemplateUrl } from './housingTemplate.ts';

const TEMPLATE = { url: housingTemplateUrl, fileName: 'template-impor-perumahan-regsosek.csv' };

/** Step 1: what the housing sheet must look like (with a template), choose it, and have it checked. */
export function HousingImportFileStep({
  villageCode,
  onChecked,
}: {
  villageCode: string;
  onChecked: (file: File, report: HousingImportReport) => void;
}) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  return (
    <TemplateFileForm
      testId="housing-import-file"
      template={TEMPLATE}
      texts={{
        title: t('householdImport.file.title'),
        intro: t('population.housingImport.intro'),
        requirements: [
          t('population.housingImport.file.columns'),
          t('population.housingImport.file.formats'),
          t('population.housingImport.file.textColumns'),
          t('population.housingImport.file.followUps'),
          <>
            {t('population.housingImport.file.familiesFirst')}{' '}
            <Link to={{ pathname: '/penduduk/impor', search }}>
              {t('population.housingImport.file.familiesFirstLink')}
            </Link>
            .
          </>,
        ],
        templateLink: t('population.housingImport.file.template'),
        label: t('population.housingImport.file.label'),
        hint: t('householdImport.file.hint'),
        required: t('householdImport.file.required'),
        wrongType: t('householdImport.file.wrongType'),
        tooLarge: t('householdImport.file.tooLarge'),
        busy: t('householdImport.file.checking'),
        submit: t('householdImport.file.submit'),
      }}
      // An unreadable file or another sheet is a 400 on the "file" field; the form shows it there.
      send={(file) => checkHousingImport(villageCode, file).then((report) => onChecked(file, report))}
    />
  );
}
