import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createOwnProposal, fetchProposablePrograms, uploadHousePhoto } from '../../../../api/myProposals.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { BackLink } from '../../../../ui/BackLink.tsx';
import { FormErrorSummary } from '../../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../../ui/FormField.tsx';
import { splitServerErrors, type FieldErrors } from '../../../../ui/formErrors.ts';
import { LoadError } from '../../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../../ui/useAsyncData.ts';
import { resizePhoto } from '../../../letters/requests/resizePhoto.ts';
import { proposalBody, type Kind, type Whose } from './proposalBody.ts';
import { RecipientPicker } from './RecipientPicker.tsx';
import './myProposals.css';
import '../../../../i18n/lazy/myProposals.ts';

/** Usul or sanggah from the phone: what, which program, whom, why, and for an usul a photo of the house. */
export function NewProposalPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programs = useAsyncData('proposable-programs', fetchProposablePrograms);
  const [kind, setKind] = useState<Kind>('usul');
  const [programId, setProgramId] = useState('');
  const [whose, setWhose] = useState<Whose>('own');
  const [kkNumber, setKkNumber] = useState('');
  const [enrolmentId, setEnrolmentId] = useState('');
  const [reason, setReason] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  if (programs.status === 'loading')
    return (
      <p className="muted" role="status">
        {t('app.loading')}
      </p>
    );
  if (programs.status === 'error')
    return (
      <LoadError title={t('myProposals.form.loadFailed')} error={programs.error} onRetry={programs.reload} />
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const made = await createOwnProposal(
        proposalBody({ kind, programId, whose, kkNumber, enrolmentId, reason }),
      );
      const warnings: string[] = [];
      if (kind === 'usul' && photo)
        await uploadHousePhoto(made.id, await resizePhoto(photo)).catch((error: unknown) =>
          warnings.push(
            t('myProposals.form.photoFailed', {
              message: error instanceof Error ? error.message : String(error),
            }),
          ),
        );
      void navigate('/usul-saya', { state: { notice: t('myProposals.sent'), warnings } });
    } catch (error) {
      const split = splitServerErrors(error, currentLanguage(), (field) => field);
      setErrors(split.fields);
      setGeneral(split.general);
      setBusy(false);
    }
  }

  const ready = programId && reason.trim() && (kind === 'usul' ? whose === 'own' || kkNumber : enrolmentId);
  return (
    <div className="page" data-testid="new-proposal">
      <BackLink to="/usul-saya" label={t('myProposals.back')} />
      <h1 className="page-title">{t('myProposals.form.title')}</h1>
      <form className="panel form-stack" onSubmit={(event) => void submit(event)} noValidate>
        <FormErrorSummary messages={general} fieldCount={Object.keys(errors).length} />
        <fieldset className="field">
          <legend>{t('myProposals.form.what')}</legend>
          <div className="segmented proposal-kind-choice" role="radiogroup">
            {(['usul', 'sanggah'] as const).map((value) => (
              <label key={value} className="segmented-option">
                <input
                  type="radio"
                  name="kind"
                  checked={kind === value}
                  onChange={() => (setKind(value), setEnrolmentId(''))}
                />
                {t(`myProposals.form.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <FormField label={t('myProposals.form.program')} name="programId" error={errors.programId} required>
          {(control) => (
            <select
              {...control}
              value={programId}
              onChange={(event) => (setProgramId(event.target.value), setEnrolmentId(''))}
            >
              <option value="">{t('myProposals.form.choose')}</option>
              {programs.data.items.map((program) => (
                <option key={program.id} value={program.id}>
                  {program.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {kind === 'usul' ? (
          <>
            <fieldset className="field">
              <legend>{t('myProposals.form.family')}</legend>
              {(['own', 'other'] as const).map((value) => (
                <label key={value} className="radio-field">
                  <input
                    type="radio"
                    name="whose"
                    checked={whose === value}
                    onChange={() => setWhose(value)}
                  />
                  <span>
                    {t(value === 'own' ? 'myProposals.form.ownFamily' : 'myProposals.form.otherFamily')}
                  </span>
                </label>
              ))}
            </fieldset>
            {whose === 'other' && (
              <FormField
                label={t('myProposals.form.kkNumber')}
                name="kkNumber"
                hint={t('myProposals.form.kkHint')}
                error={errors.kkNumber}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    inputMode="numeric"
                    maxLength={16}
                    value={kkNumber}
                    onChange={(event) => setKkNumber(event.target.value.replace(/\D/g, ''))}
                  />
                )}
              </FormField>
            )}
          </>
        ) : (
          <>
            <p className="notice notice-info">{t('myProposals.form.secret')}</p>
            <RecipientPicker
              programId={programId}
              value={enrolmentId}
              error={errors.enrolmentId}
              onChange={setEnrolmentId}
            />
          </>
        )}
        <FormField
          label={t('myProposals.form.reason')}
          name="reason"
          hint={t(kind === 'usul' ? 'myProposals.form.reasonUsulHint' : 'myProposals.form.reasonSanggahHint')}
          error={errors.reason}
          required
        >
          {(control) => (
            <textarea
              {...control}
              rows={4}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </FormField>
        {kind === 'usul' && (
          <fieldset className="field">
            <legend>{t('myProposals.form.photo')}</legend>
            <label className="button button-secondary" htmlFor="house-photo-new">
              {t('myProposals.form.takePhoto')}
            </label>
            <input
              id="house-photo-new"
              className="proposal-photo-input"
              type="file"
              accept="image/*"
              capture="environment"
              onChange={(event) => setPhoto(event.target.files?.[0] ?? null)}
            />
            {photo && <p className="field-hint">{t('myProposals.form.photoChosen', { name: photo.name })}</p>}
          </fieldset>
        )}
        <button className="button button-primary" type="submit" disabled={busy || !ready}>
          {busy ? t('myProposals.form.sending') : t('myProposals.form.submit')}
        </button>
      </form>
    </div>
  );
}
