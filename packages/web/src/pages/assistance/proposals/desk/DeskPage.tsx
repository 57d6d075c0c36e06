import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fetchEnrolment, fetchPrograms } from '../../../../api/assistance.ts';
import { submitAtDesk } from '../../../../api/proposals.ts';
import { useCurrentUser } from '../../../../auth/useAuth.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { levelOfCode } from '../../../../regions/regionCodes.ts';
import { useRegionSearch } from '../../../../regions/useRegionSearch.ts';
import { useSelectedRegion } from '../../../../regions/useSelectedRegion.ts';
import { FormErrorSummary } from '../../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../../ui/FormField.tsx';
import { splitServerErrors, type FieldErrors } from '../../../../ui/formErrors.ts';
import { LoadError } from '../../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../../ui/useAsyncData.ts';
import { servesDesk } from '../access.ts';
import { ProposalsNav } from '../ProposalsNav.tsx';
import { ProposerPicker } from './ProposerPicker.tsx';
import '../proposals.css';
import '../../../../i18n/lazy/proposals.ts';

/**
 * An usul or sanggah written at the village desk for a resident who came in: an usul by the family's KK
 * number; a sanggah from the recipient's own page ("Catat sanggah" there brings its enrolment here).
 */
export function DeskPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const { code } = useSelectedRegion();
  const [params] = useSearchParams();
  const enrolmentId = params.get('kepesertaan') ?? '';
  const village = levelOfCode(code) === 'village' && servesDesk(user) ? code : null;
  const programs = useAsyncData(village, () => fetchPrograms(code));
  const enrolment = useAsyncData(village && enrolmentId ? enrolmentId : null, () =>
    fetchEnrolment(code, enrolmentId),
  );
  const [kind, setKind] = useState<'usul' | 'sanggah'>(enrolmentId ? 'sanggah' : 'usul');
  const [programId, setProgramId] = useState('');
  const [kkNumber, setKkNumber] = useState('');
  const [reason, setReason] = useState('');
  const [proposer, setProposer] = useState<{ id: string; name: string } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const header = (
    <>
      <header className="page-header">
        <h1 className="page-title">{t('proposals.desk.title')}</h1>
        <p className="page-subtitle">{t('proposals.desk.intro')}</p>
      </header>
      <ProposalsNav />
    </>
  );
  if (!servesDesk(user))
    return (
      <div className="page proposals-page">
        {header}
        <p className="notice notice-info">{t('proposals.desk.notAllowed')}</p>
      </div>
    );
  if (!village)
    return (
      <div className="page proposals-page">
        {header}
        <p className="notice notice-info">{t('proposals.desk.chooseVillage')}</p>
      </div>
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const made = await submitAtDesk(code, {
        ...(kind === 'usul' ? { kind, programId, kkNumber } : { kind, enrolmentId }),
        reason,
        ...(proposer ? { submitterResidentId: proposer.id } : {}),
      });
      void navigate(
        { pathname: `/usul-sanggah/${made.villageCode}/${made.id}`, search },
        { state: { notice: t('proposals.desk.saved') } },
      );
    } catch (error) {
      const split = splitServerErrors(error, currentLanguage(), (field) => field);
      setErrors(split.fields);
      setGeneral(split.general);
      setBusy(false);
    }
  }

  const proposable =
    programs.status === 'success' ? programs.data.filter((p) => p.active && p.targetUnit !== 'group') : [];
  const ready = reason.trim() && (kind === 'usul' ? programId && kkNumber.length === 16 : enrolmentId);
  return (
    <div className="page proposals-page" data-testid="desk-proposal">
      {header}
      <form className="panel form-stack" noValidate onSubmit={(event) => void submit(event)}>
        <FormErrorSummary messages={general} fieldCount={Object.keys(errors).length} />
        <div className="segmented" role="radiogroup" aria-label={t('proposals.desk.kind')}>
          {(['usul', 'sanggah'] as const).map((value) => (
            <label key={value} className="segmented-option">
              <input type="radio" name="kind" checked={kind === value} onChange={() => setKind(value)} />
              {t(`proposals.desk.${value}`)}
            </label>
          ))}
        </div>
        {kind === 'usul' ? (
          programs.status === 'error' ? (
            <LoadError
              title={t('proposals.desk.loadFailed')}
              error={programs.error}
              onRetry={programs.reload}
            />
          ) : (
            <>
              <FormField
                label={t('proposals.desk.program')}
                name="programId"
                error={errors.programId}
                required
              >
                {(control) => (
                  <select {...control} value={programId} onChange={(e) => setProgramId(e.target.value)}>
                    <option value="">{t('proposals.desk.choose')}</option>
                    {proposable.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField
                label={t('proposals.desk.kkNumber')}
                name="kkNumber"
                hint={t('proposals.desk.kkHint')}
                error={errors.kkNumber}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    inputMode="numeric"
                    maxLength={16}
                    value={kkNumber}
                    onChange={(e) => setKkNumber(e.target.value.replace(/\D/g, ''))}
                  />
                )}
              </FormField>
            </>
          )
        ) : enrolment.status === 'success' ? (
          <p className="notice notice-info" data-testid="disputed-enrolment">
            {t('proposals.desk.enrolment')}: {enrolment.data.name ?? '—'} · {enrolment.data.programName}
            {errors.enrolmentId && <span className="field-error"> {errors.enrolmentId}</span>}
          </p>
        ) : (
          <p className="notice notice-info">
            {t('proposals.desk.findRecipient')}{' '}
            <Link to={{ pathname: '/bantuan-sosial', search }}>{t('proposals.desk.toPrograms')}</Link>
          </p>
        )}
        <FormField label={t('proposals.desk.reason')} name="reason" error={errors.reason} required>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </FormField>
        <fieldset className="field">
          <legend>{t('proposals.desk.proposer')}</legend>
          <ProposerPicker village={code} picked={proposer} onPick={setProposer} />
        </fieldset>
        <button className="button button-primary" type="submit" disabled={busy || !ready}>
          {t('proposals.desk.submit')}
        </button>
      </form>
    </div>
  );
}
