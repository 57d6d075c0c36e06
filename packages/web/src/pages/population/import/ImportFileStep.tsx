import { useTranslation } from 'react-i18next';
import { uploadImport } from '../../../api/imports.ts';
import { TemplateFileForm } from '../shared/TemplateFileForm.tsx';
import { REQUIRED_HEADERS, templateCsvUrl } from './templateCsv.ts';

const TEMPLATE = { url: templateCsvUrl, fileName: 'template-impor-penduduk-opensid.csv' };

/** Step 1: choose the file (with what it must look like and a template), then upload it. */
export function ImportFileStep({
  villageCode,
  onUploaded,
}: {
  villageCode: string;
  onUploaded: (jobId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TemplateFileForm
      testId="import-file-step"
      template={TEMPLATE}
      texts={{
        title: t('import.file.title'),
        intro: t('import.file.intro'),
        requirements: [
          t('import.file.formats'),
          t('import.file.requiredColumns', { columns: REQUIRED_HEADERS.join(', ') }),
          t('import.file.safe'),
        ],
        templateLink: t('import.file.template'),
        label: t('import.file.label'),
        hint: t('import.file.hint'),
        required: t('import.file.required'),
        wrongType: t('import.file.wrongType'),
        tooLarge: t('import.file.tooLarge'),
        busy: t('import.file.uploading'),
        submit: t('import.file.submit'),
      }}
      send={(file) => uploadImport(villageCode, file).then(({ jobId }) => onUploaded(jobId))}
    />
  );
}
