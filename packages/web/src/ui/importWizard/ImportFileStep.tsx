import { useEffect, useState } from 'react';
import { stepNumber } from './wizardSteps.ts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadImport } from '../../api/imports.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { FormErrorSummary } from '../FormErrorSummary.tsx';
import { FormField } from '../FormField.tsx';
import { ProgressBar } from '../ProgressBar.tsx';
import { splitServerErrors } from '../formErrors.ts';
import type { ImporterConfig } from './importerConfig.ts';
import '../../i18n/lazy/importWizard.ts';

/** The server's limit (platform/imports/upload.ts); a bigger file is refused here without sending it. */
const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPTED = /\.(xlsx|xlsm|xls|csv)$/i;
/** Importers that take a zip (OpenDK's exchange) take it besides the spreadsheets. */
const ZIP_ACCEPTED = /\.(zip|xlsx|xlsm|xls|csv)$/i;
const ZIP_ATTRIBUTES = '.zip,application/zip,';
const ACCEPT_ATTRIBUTE = [
  '.xlsx',
  '.xlsm',
  '.xls',
  '.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'text/csv',
].join(',');

/** A download link for the importer's template: the server's file, or a CSV built in the browser. */
function useTemplateUrl(template: ImporterConfig['template']): string | null {
  const csv = 'csv' in template ? template.csv : null;
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!csv) return;
    const next = URL.createObjectURL(new Blob([csv()], { type: 'text/csv;charset=utf-8' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [csv]);
  return 'url' in template ? template.url : url;
}

/**
 * Step 1: what the file must look like, a template to start from, the file chosen and checked here (type and
 * size), then sent. The server refuses a file that is not the importer's template, or holds no data, on the
 * upload itself; its message is shown on the file field.
 */
export function ImportFileStep({
  config,
  villageCode,
  onUploaded,
}: {
  config: ImporterConfig;
  villageCode: string;
  onUploaded: (jobId: string) => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const templateUrl = useTemplateUrl(config.template);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setGeneral([]);
    if (!file) return setError(t('importWizard.file.required'));
    if (!(config.acceptsZip ? ZIP_ACCEPTED : ACCEPTED).test(file.name))
      return setError(
        t(config.acceptsZip ? 'importWizard.file.wrongTypeOrZip' : 'importWizard.file.wrongType'),
      );
    if (file.size > MAX_BYTES) return setError(t('importWizard.file.tooLarge'));
    setError(undefined);
    setBusy(true);
    uploadImport(villageCode, config.importer, file).then(onUploaded, (failure: unknown) => {
      setBusy(false);
      const split = splitServerErrors(failure, currentLanguage(), (field) =>
        field === 'file' ? field : null,
      );
      setError(split.fields.file);
      // A refusal about the file is said on the field; the problem's general title would only repeat it.
      setGeneral(split.fields.file ? split.general.slice(1) : split.general);
    });
  };

  return (
    <form
      className="panel form-stack"
      onSubmit={submit}
      noValidate
      data-testid="import-file-step"
      aria-labelledby="import-file-title"
    >
      <h2 id="import-file-title" className="section-title">
        {`${stepNumber('choose')}. ${t('importWizard.file.title')}`}
      </h2>
      <p>{config.file.intro}</p>
      <ul className="plain-list import-requirements">
        {config.file.requirements.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
        <li>{t('importWizard.file.formats')}</li>
        <li>{t('importWizard.file.safe')}</li>
      </ul>
      {templateUrl && (
        <p>
          <a href={templateUrl} download={config.template.fileName}>
            {config.file.templateLink}
          </a>
        </p>
      )}
      <FormErrorSummary messages={general} fieldCount={0} />
      <FormField
        label={config.file.label}
        name="file"
        error={error}
        hint={t('importWizard.file.hint')}
        required
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept={config.acceptsZip ? ZIP_ATTRIBUTES + ACCEPT_ATTRIBUTE : ACCEPT_ATTRIBUTE}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(undefined);
            }}
          />
        )}
      </FormField>
      {busy && <ProgressBar label={t('importWizard.file.uploading')} value={0} max={0} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('importWizard.file.uploading') : t('importWizard.file.submit')}
        </button>
      </div>
    </form>
  );
}
