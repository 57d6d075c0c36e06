import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadImport } from '../../../api/imports.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../ui/FormField.tsx';
import { ProgressBar } from '../../../ui/ProgressBar.tsx';
import { splitServerErrors } from '../../../ui/formErrors.ts';
import { REQUIRED_HEADERS, templateCsvUrl } from './templateCsv.ts';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPTED = /\.(xlsx|xlsm|csv)$/i;

/** Step 1: choose the file (with what it must look like and a template), then upload it. */
export function ImportFileStep({
  villageCode,
  onUploaded,
}: {
  villageCode: string;
  onUploaded: (jobId: string) => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [templateUrl, setTemplateUrl] = useState<string | null>(null);

  useEffect(() => {
    const url = templateCsvUrl();
    setTemplateUrl(url);
    return () => URL.revokeObjectURL(url);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setGeneral([]);
    if (!file) return setError(t('import.file.required'));
    if (!ACCEPTED.test(file.name)) return setError(t('import.file.wrongType'));
    if (file.size > MAX_BYTES) return setError(t('import.file.tooLarge'));
    setError(undefined);
    setUploading(true);
    uploadImport(villageCode, file).then(
      ({ jobId }) => onUploaded(jobId),
      (failure: unknown) => {
        setUploading(false);
        const split = splitServerErrors(failure, currentLanguage(), (field) =>
          field === 'file' ? field : null,
        );
        setError(split.fields.file);
        setGeneral(split.general);
      },
    );
  };

  return (
    <form className="panel form-stack" onSubmit={submit} noValidate data-testid="import-file-step">
      <h2 className="section-title">{t('import.file.title')}</h2>
      <p>{t('import.file.intro')}</p>
      <ul className="plain-list">
        <li>{t('import.file.formats')}</li>
        <li>{t('import.file.requiredColumns', { columns: REQUIRED_HEADERS.join(', ') })}</li>
        <li>{t('import.file.safe')}</li>
      </ul>
      {templateUrl && (
        <p>
          <a href={templateUrl} download="template-impor-penduduk-opensid.csv">
            {t('import.file.template')}
          </a>
        </p>
      )}
      <FormErrorSummary messages={general} fieldCount={0} />
      <FormField
        label={t('import.file.label')}
        name="file"
        error={error}
        hint={t('import.file.hint')}
        required
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </FormField>
      {uploading && <ProgressBar label={t('import.file.uploading')} value={0} max={0} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={uploading}>
          {uploading ? t('import.file.uploading') : t('import.file.submit')}
        </button>
      </div>
    </form>
  );
}
