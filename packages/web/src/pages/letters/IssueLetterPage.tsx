import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  fetchLetterType,
  fetchLetterTypes,
  issueLetter,
  letterPdfUrl,
  type IssuedLetter,
} from '../../api/letters.ts';
import { fetchResident } from '../../api/population.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { isRegionCode } from '../../regions/regionCodes.ts';
import { useRegionSearch } from '../../regions/useRegionSearch.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { FormErrorSummary } from '../../ui/FormErrorSummary.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { splitServerErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import { StatusPage } from '../StatusPage.tsx';
import { LetterFieldInput } from './LetterFieldInput.tsx';
import { LetterPartyInput, type PartyValue } from './LetterPartyInput.tsx';
import './letters.css';
import '../../i18n/lazy/lettersAdmin.ts';

/** OpenSID status_dasar codes of the API's resident statuses (server population/records/status.ts). */
const STATUS_CODES: Record<string, number> = { present: 1, died: 2, moved_out: 3, missing: 4, gone: 6 };

export function IssueLetterRoute() {
  const { village = '', resident = '' } = useParams();
  if (!isRegionCode(village) || resident === '') return <StatusPage kind="notFound" />;
  return <IssueLetterPage key={`${village}/${resident}`} villageCode={village} residentId={resident} />;
}

/**
 * Buat surat: the desk picks a letter type for the resident, fills the fields its template asks, and issues
 * it; the server numbers it, resolves who signs, and answers the letter (its PDF opens from here).
 */
function IssueLetterPage({ villageCode, residentId }: { villageCode: string; residentId: string }) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  const resident = useAsyncData(`${villageCode}/${residentId}`, () => fetchResident(villageCode, residentId));
  const types = useAsyncData(villageCode, () => fetchLetterTypes(villageCode));
  const [typeCode, setTypeCode] = useState('');
  const type = useAsyncData(typeCode ? `${villageCode}/${typeCode}` : null, () =>
    fetchLetterType(villageCode, typeCode),
  );
  const [values, setValues] = useState<Record<string, string>>({});
  const [parties, setParties] = useState<Record<string, PartyValue>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<IssuedLetter | null>(null);
  const back = `/penduduk/${villageCode}/${residentId}`;

  if (resident.status === 'error' || types.status === 'error') {
    const failed = resident.status === 'error' ? resident : types;
    return (
      <div className="page">
        <BackLink to={back} label={t('letters.issue.back')} />
        {failed.status === 'error' && (
          <LoadError title={t('letters.issue.loadFailed')} error={failed.error} onRetry={failed.reload} />
        )}
      </div>
    );
  }
  if (resident.status === 'loading' || types.status === 'loading') {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">{t('app.loading')}</p>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      setIssued(
        await issueLetter(villageCode, { letterTypeCode: typeCode, residentId, fields: values, parties }),
      );
      setErrors({});
      setGeneral([]);
    } catch (error) {
      const split = splitServerErrors(error, currentLanguage(), (field) => field);
      setErrors(split.fields);
      setGeneral(split.general);
    } finally {
      setBusy(false);
    }
  };

  if (issued) {
    return (
      <div className="page letters-page" data-testid="letter-issued">
        <BackLink to={back} label={t('letters.issue.back')} />
        <p className="notice notice-success" role="status">
          {t('letters.issue.done', { number: issued.number })}
        </p>
        <div className="action-buttons">
          <a
            className="button button-primary"
            href={letterPdfUrl(villageCode, issued.id)}
            target="_blank"
            rel="noreferrer"
          >
            {t('letters.issue.openPdf')}
          </a>
          <button type="button" className="button button-secondary" onClick={() => setIssued(null)}>
            {t('letters.issue.another')}
          </button>
          <Link className="button button-secondary" to={{ pathname: '/surat', search }}>
            {t('letters.issue.toList')}
          </Link>
        </div>
      </div>
    );
  }

  // The registry's status code of the resident: a death letter is offered for the deceased, the others for
  // the living (each type says which statuses it accepts).
  const statusCode = STATUS_CODES[resident.data.status] ?? 0;
  const enabled = types.data.filter(
    (candidate) => candidate.enabled && candidate.subjectStatuses.includes(statusCode),
  );
  return (
    <div className="page letters-page" data-testid="issue-letter-page">
      <BackLink to={back} label={t('letters.issue.back')} />
      <div className="page-header">
        <h1 className="page-title">{t('letters.issue.title')}</h1>
        <p className="page-subtitle">{t('letters.issue.forResident', { name: resident.data.fullName })}</p>
      </div>
      <form className="panel letter-form" onSubmit={(event) => void submit(event)} noValidate>
        <FormErrorSummary messages={general} fieldCount={Object.keys(errors).length} />
        <FormField
          label={t('letters.issue.type')}
          name="letterTypeCode"
          error={errors.letterTypeCode}
          required
        >
          {(control) => (
            <select
              {...control}
              value={typeCode}
              data-testid="letter-type"
              onChange={(event) => {
                setTypeCode(event.target.value);
                setValues({});
                setParties({});
                setErrors({});
                setGeneral([]);
              }}
            >
              <option value="">{t('letters.issue.chooseType')}</option>
              {enabled.map((candidate) => (
                <option key={candidate.code} value={candidate.code}>
                  {candidate.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {typeCode && type.status === 'error' && (
          <LoadError title={t('letters.issue.loadFailed')} error={type.error} onRetry={type.reload} />
        )}
        {typeCode && type.status === 'success' && (
          <fieldset>
            <legend>{t('letters.issue.fieldsTitle')}</legend>
            {type.data.fields.length === 0 && <p className="field-hint">{t('letters.issue.noFields')}</p>}
            {type.data.fields.map((field) => (
              <LetterFieldInput
                key={field.key}
                field={field}
                value={values[field.key] ?? ''}
                error={errors[`fields.${field.key}`]}
                onChange={(value) => setValues((current) => ({ ...current, [field.key]: value }))}
              />
            ))}
          </fieldset>
        )}
        {typeCode && type.status === 'success' && type.data.parties.length > 0 && (
          <section aria-labelledby="parties-title">
            <h2 id="parties-title" className="section-title">
              {t('lettersAdmin.parties.title')}
            </h2>
            {type.data.parties.map((party) => (
              <LetterPartyInput
                key={party.key}
                villageCode={villageCode}
                party={party}
                value={parties[party.key]}
                errors={errors}
                onChange={(value) =>
                  setParties((current) => {
                    const next = { ...current };
                    if (value) next[party.key] = value;
                    else delete next[party.key];
                    return next;
                  })
                }
              />
            ))}
          </section>
        )}
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || !typeCode}
            data-testid="issue-letter"
          >
            {busy ? t('letters.issue.submitting') : t('letters.issue.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
