import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { checkHouseholdImport } from '../../../api/householdImport.ts';
import type { HouseholdImportReport } from '../../../api/householdImport.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../ui/FormField.tsx';
import { ProgressBar } from '../../../ui/ProgressBar.tsx';
import { splitServerErrors } from '../../../ui/formErrors.ts';
import { useRegionSearch } from '../shared/useRegionSearch.ts';
import { rtmTemplateUrl } from './rtmTemplate.ts';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPTED = /\.(xlsx|xlsm|csv)$/i;

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
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [checking, setChecking] = useState(false);
  const [templateUrl, setTemplateUrl] = useState<string | null>(null);

  useEffect(() => {
    const url = rtmTemplateUrl();
    setTemplateUrl(url);
    return () => URL.revokeObjectURL(url);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setGeneral([]);
    if (!file) return setError(t('householdImport.file.required'));
    if (!ACCEPTED.test(file.name)) return setError(t('householdImport.file.wrongType'));
    if (file.size > MAX_BYTES) return setError(t('householdImport.file.tooLarge'));
    setError(undefined);
    setChecking(true);
    checkHouseholdImport(villageCode, file).then(
      (report) => onChecked(file, report),
      (failure: unknown) => {
        setChecking(false);
        // An unreadable file is a 400 with a message and no field; it is about the file all the same.
        const split = splitServerErrors(failure, currentLanguage(), (field) =>
          field === 'file' ? field : null,
        );
        setError(split.fields.file);
        setGeneral(split.general);
      },
    );
  };

  return (
    <form className="panel form-stack" onSubmit={submit} noValidate data-testid="household-import-file">
      <h2 className="section-title">{t('householdImport.file.title')}</h2>
      <p>{t('householdImport.intro')}</p>
      <ul className="plain-list">
        <li>{t('householdImport.file.columns')}</li>
        <li>{t('householdImport.file.formats')}</li>
        <li>{t('householdImport.file.textColumns')}</li>
        <li>
          {t('householdImport.file.residentsFirst')}{' '}
          <Link to={{ pathname: '/penduduk/impor', search }}>
            {t('householdImport.file.residentsFirstLink')}
          </Link>
          .
        </li>
      </ul>
      {templateUrl && (
        <p>
          <a href={templateUrl} download="template-impor-rumah-tangga-opensid.csv">
            {t('householdImport.file.template')}
          </a>
        </p>
      )}
      <FormErrorSummary messages={general} fieldCount={0} />
      <FormField
        label={t('householdImport.file.label')}
        name="file"
        error={error}
        hint={t('householdImport.file.hint')}
        required
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(undefined);
            }}
          />
        )}
      </FormField>
      {checking && <ProgressBar label={t('householdImport.file.checking')} value={0} max={0} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={checking}>
          {checking ? t('householdImport.file.checking') : t('householdImport.file.submit')}
        </button>
      </div>
    </form>
  );
}
