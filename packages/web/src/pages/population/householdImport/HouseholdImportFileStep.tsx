import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { checkHouseholdImport } from '../../../api/householdImport.ts';
import type { HouseholdImportReport } from '../../../api/householdImport.ts';
import { TemplateFileForm } from '../shared/TemplateFileForm.tsx';
import { useRegionSearch } from '../shared/useRegionSearch.ts';
import { rtmTemplateUrl } from './rtmTemplate.ts';

const TEMPLATE = { url: rtmTemplateUrl, fileName: 'template-impor-rumah-tangga-opensid.csv' };

/** Step 1: what the file must look like (with a template), choose it, and have it checked. */
export function HouseholdImportFileStep({
  villageCode,
  onChecked,
}: {
  villageCode: string;
  onChecked: (file: File, report: HouseholdImportReport) => void;
}) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  return (
    <TemplateFileForm
      testId="household-import-file"
      template={TEMPLATE}
      texts={{
        title: t('householdImport.file.title'),
        intro: t('householdImport.intro'),
        requirements: [
          t('householdImport.file.columns'),
          t('householdImport.file.formats'),
          t('householdImport.file.textColumns'),
          <>
            {t('householdImport.file.residentsFirst')}{' '}
            <Link to={{ pathname: '/penduduk/impor', search }}>
              {t('householdImport.file.residentsFirstLink')}
            </Link>
            .
          </>,
        ],
        templateLink: t('householdImport.file.template'),
        label: t('householdImport.file.label'),
        hint: t('householdImport.file.hint'),
        required: t('householdImport.file.required'),
        wrongType: t('householdImport.file.wrongType'),
        tooLarge: t('householdImport.file.tooLarge'),
        busy: t('householdImport.file.checking'),
        submit: t('householdImport.file.submit'),
      }}
      // An unreadable file is a 400 on the "file" field; the form shows it there.
      send={(file) => checkHouseholdImport(villageCode, file).then((report) => onChecked(file, report))}
    />
  );
}
