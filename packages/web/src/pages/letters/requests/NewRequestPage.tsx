import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createMyRequest, fetchRequestableTypes } from '../../../api/letterRequests.ts';
import type { LetterField } from '../../../api/letters.ts';
import { fetchMyFamily } from '../../../api/population.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { BackLink } from '../../../ui/BackLink.tsx';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../ui/FormField.tsx';
import { splitServerErrors, type FieldErrors } from '../../../ui/formErrors.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { LetterFieldInput } from '../LetterFieldInput.tsx';
import './i18n.ts';
import './requests.css';

/** Mohon surat: the citizen picks a letter, the person (themselves or a family member) and fills its fields. */
export function NewRequestPage() {
  const { t } = useTranslation('requests');
  const navigate = useNavigate();
  const data = useAsyncData('new-request', () => Promise.all([fetchRequestableTypes(), fetchMyFamily()]));
  const [typeCode, setTypeCode] = useState('');
  const [residentId, setResidentId] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  if (data.status === 'loading') return <p className="muted">…</p>;
  if (data.status === 'error')
    return <LoadError title={t('form.loadFailed')} error={data.error} onRetry={data.reload} />;
  const [types, family] = data.data;
  const type = types.items.find((item) => item.code === typeCode);
  const members = family.members.filter((member) => member.status === 'present');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const made = await createMyRequest({ letterTypeCode: typeCode, residentId, fields: values });
      void navigate(`/surat-saya/${made.id}`);
    } catch (error) {
      const split = splitServerErrors(error, currentLanguage(), (field) => field);
      setErrors(split.fields);
      setGeneral(split.general);
      setBusy(false);
    }
  }

  return (
    <div className="page" data-testid="new-letter-request">
      <BackLink to="/surat-saya" label={t('detail.back')} />
      <h1 className="page-title">{t('form.title')}</h1>
      <form className="panel form-stack" onSubmit={(event) => void submit(event)} noValidate>
        <FormErrorSummary messages={general} fieldCount={Object.keys(errors).length} />
        <FormField label={t('form.type')} name="letterTypeCode" error={errors.letterTypeCode} required>
          {(control) => (
            <select
              {...control}
              value={typeCode}
              onChange={(e) => (setTypeCode(e.target.value), setValues({}))}
            >
              <option value="">{t('form.choose')}</option>
              {types.items.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {type && <p className="field-hint">{t('form.serviceDays', { count: type.serviceDays })}</p>}
        <FormField label={t('form.person')} name="residentId" error={errors.residentId} required>
          {(control) => (
            <select {...control} value={residentId} onChange={(e) => setResidentId(e.target.value)}>
              <option value="">{t('form.choose')}</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.fullName}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {type?.fields.map((field) => (
          <LetterFieldInput
            key={field.key}
            field={field as LetterField}
            value={values[field.key] ?? ''}
            error={errors[`fields.${field.key}`]}
            onChange={(value) => setValues((current) => ({ ...current, [field.key]: value }))}
          />
        ))}
        <p className="field-hint">{t('form.photosNext')}</p>
        <button className="button" type="submit" disabled={busy || !typeCode || !residentId}>
          {t('form.submit')}
        </button>
      </form>
    </div>
  );
}
