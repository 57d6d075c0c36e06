import { OFFICIAL_POSITIONS, positionLabel, type OfficialPosition } from '@smart-kampung/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createOfficial,
  endOfficial,
  fetchOfficials,
  fetchStaffAccounts,
  linkOfficialAccount,
  updateOfficial,
  type Official,
  type OfficialInput,
} from '../../api/lettersAdmin.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { levelOfCode } from '../../regions/regionCodes.ts';
import { useRegionSearch } from '../../regions/useRegionSearch.ts';
import { useRegionTitle } from '../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../regions/useSelectedRegion.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { FormErrorSummary } from '../../ui/FormErrorSummary.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { splitServerErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import { EndDateForm } from './EndDateForm.tsx';
import { LogoPanel } from './LogoPanel.tsx';
import { OfficialAccountForm } from './OfficialAccountForm.tsx';
import './letters.css';
import '../../i18n/lazy/lettersAdmin.ts';

const kindOf = (code: string) => (code.split('.').at(-1)!.startsWith('1') ? 'kelurahan' : 'desa');

function blankOfficial(kind: 'desa' | 'kelurahan'): OfficialInput {
  return {
    position: 'kepala_desa',
    positionTitle: positionLabel('kepala_desa', kind).id,
    fullName: '',
    nip: null,
    niap: null,
    termStart: new Date().toISOString().slice(0, 10),
    termEnd: null,
    acting: null,
  };
}

/** Perangkat desa: who signs the village's letters, with acting officials and their dates. */
export function OfficialsPage() {
  const { t } = useTranslation();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const search = useRegionSearch();
  const isVillage = levelOfCode(code) === 'village';
  const list = useAsyncData(isVillage ? code : null, () => fetchOfficials(code));
  const [editing, setEditing] = useState<{ id: string | null; input: OfficialInput } | null>(null);
  /** The row whose term is being ended or whose account is being linked. */
  const [rowAction, setRowAction] = useState<{ id: string; kind: 'end' | 'account' } | null>(null);
  const accounts = useAsyncData(rowAction?.kind === 'account' ? code : null, () => fetchStaffAccounts(code));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const kind = kindOf(code);
  const label = (position: OfficialPosition) => positionLabel(position, kind)[currentLanguage()];

  const attempt = async (action: () => Promise<unknown>, saved = t('lettersAdmin.officials.saved')) => {
    try {
      await action();
      setEditing(null);
      setRowAction(null);
      setErrors({});
      setGeneral([]);
      setNotice(saved);
      list.reload();
    } catch (error) {
      const split = splitServerErrors(error, currentLanguage(), (field) => field);
      setErrors(split.fields);
      setGeneral(split.general);
    }
  };

  return (
    <div className="page letters-page" data-testid="officials-page">
      <BackLink to={`/surat${search}`} label={t('letters.list.title')} />
      <div className="page-header letters-page-header">
        <div>
          <h1 className="page-title">{t('lettersAdmin.officials.heading')}</h1>
          <p className="page-subtitle">{t('lettersAdmin.officials.subtitle', { region: regionTitle })}</p>
        </div>
        {isVillage && !editing && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => setEditing({ id: null, input: blankOfficial(kind) })}
          >
            {t('lettersAdmin.officials.add')}
          </button>
        )}
      </div>
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      {editing && (
        <form
          className="panel letter-form"
          onSubmit={(event) => {
            event.preventDefault();
            void attempt(() =>
              editing.id
                ? updateOfficial(code, editing.id, editing.input)
                : createOfficial(code, editing.input),
            );
          }}
          noValidate
        >
          <FormErrorSummary messages={general} fieldCount={Object.keys(errors).length} />
          <OfficialFields
            input={editing.input}
            errors={errors}
            label={label}
            kind={kind}
            onChange={(input) => setEditing({ ...editing, input })}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t('lettersAdmin.officials.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEditing(null)}>
              {t('lettersAdmin.officials.cancel')}
            </button>
          </div>
        </form>
      )}
      <section className="panel">
        {!isVillage ? (
          <p className="notice notice-info">{t('letters.list.chooseVillage')}</p>
        ) : list.status === 'error' ? (
          <LoadError
            title={t('lettersAdmin.officials.loadFailed')}
            error={list.error}
            onRetry={list.reload}
          />
        ) : list.status === 'loading' ? (
          <p className="muted">{t('app.loading')}</p>
        ) : list.data.length === 0 ? (
          <p className="muted">{t('lettersAdmin.officials.empty')}</p>
        ) : (
          <ul className="letter-list">
            {list.data.map((official) => (
              <li key={official.id} className="letter-item" data-testid="official-row">
                <div className="letter-item-main">
                  <strong>
                    {official.acting ? `${official.acting === 'plt' ? 'Plt.' : 'Plh.'} ` : ''}
                    {official.positionTitle}
                  </strong>
                  <span>{official.fullName}</span>
                </div>
                <span className="muted">
                  {label(official.position)} · {official.termStart} –{' '}
                  {official.termEnd
                    ? t('lettersAdmin.officials.ended', { date: official.termEnd })
                    : t('lettersAdmin.officials.current')}
                </span>
                <span className="muted official-account" data-testid="official-account">
                  {t('lettersAdmin.officials.account')}:{' '}
                  {official.account
                    ? `${official.account.displayName} (${official.account.username})`
                    : t('lettersAdmin.officials.accountNone')}
                </span>
                {rowAction?.id === official.id && rowAction.kind === 'end' ? (
                  <EndDateForm
                    label={t('lettersAdmin.officials.endDate')}
                    name="termEnd"
                    error={errors.termEnd}
                    submitLabel={t('lettersAdmin.officials.endSubmit')}
                    onSubmit={(date) => void attempt(() => endOfficial(code, official.id, date))}
                    onCancel={() => setRowAction(null)}
                  />
                ) : rowAction?.id === official.id && rowAction.kind === 'account' ? (
                  <OfficialAccountForm
                    official={official}
                    accounts={accounts.status === 'success' ? accounts.data : null}
                    error={errors.userId ?? (general.join(' ') || undefined)}
                    onSubmit={(userId) =>
                      void attempt(
                        () => linkOfficialAccount(code, official.id, userId),
                        t('lettersAdmin.officials.accountSaved'),
                      )
                    }
                    onCancel={() => setRowAction(null)}
                  />
                ) : (
                  <div className="action-buttons">
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => setEditing({ id: official.id, input: officialInput(official) })}
                    >
                      {t('lettersAdmin.officials.edit')}
                    </button>
                    {!official.termEnd && (
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => {
                          setErrors({});
                          setGeneral([]);
                          setRowAction({ id: official.id, kind: 'account' });
                        }}
                      >
                        {official.account
                          ? t('lettersAdmin.officials.accountChange')
                          : t('lettersAdmin.officials.accountLink')}
                      </button>
                    )}
                    {!official.termEnd && (
                      <button
                        type="button"
                        className="button button-danger-outline"
                        onClick={() => setRowAction({ id: official.id, kind: 'end' })}
                      >
                        {t('lettersAdmin.officials.end')}
                      </button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {isVillage && <LogoPanel villageCode={code} />}
    </div>
  );
}

/** The editable part of an official's record (the list adds its id, active flag and account). */
function officialInput(official: Official): OfficialInput {
  const { position, positionTitle, fullName, nip, niap, termStart, termEnd, acting } = official;
  return { position, positionTitle, fullName, nip, niap, termStart, termEnd, acting };
}

function OfficialFields({
  input,
  errors,
  label,
  kind,
  onChange,
}: {
  input: OfficialInput;
  errors: FieldErrors;
  label: (position: OfficialPosition) => string;
  kind: 'desa' | 'kelurahan';
  onChange: (input: OfficialInput) => void;
}) {
  const { t } = useTranslation();
  const text = (key: 'positionTitle' | 'fullName' | 'nip' | 'niap', required = false) => (
    <FormField label={t(`lettersAdmin.officials.${key}`)} name={key} error={errors[key]} required={required}>
      {(control) => (
        <input
          {...control}
          value={input[key] ?? ''}
          onChange={(e) => onChange({ ...input, [key]: e.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <div className="form-grid">
      <FormField label={t('lettersAdmin.officials.position')} name="position" required>
        {(control) => (
          <select
            {...control}
            value={input.position}
            onChange={(e) => {
              const position = e.target.value as OfficialPosition;
              onChange({ ...input, position, positionTitle: positionLabel(position, kind).id });
            }}
          >
            {OFFICIAL_POSITIONS.map((position) => (
              <option key={position} value={position}>
                {label(position)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {text('positionTitle', true)}
      {text('fullName', true)}
      {text('nip')}
      {text('niap')}
      <FormField label={t('lettersAdmin.officials.acting')} name="acting">
        {(control) => (
          <select
            {...control}
            value={input.acting ?? ''}
            onChange={(e) =>
              onChange({ ...input, acting: (e.target.value || null) as OfficialInput['acting'] })
            }
          >
            <option value="">{t('lettersAdmin.officials.holder')}</option>
            <option value="plt">{t('lettersAdmin.officials.plt')}</option>
            <option value="plh">{t('lettersAdmin.officials.plh')}</option>
          </select>
        )}
      </FormField>
      <FormField
        label={t('lettersAdmin.officials.termStart')}
        name="termStart"
        error={errors.termStart}
        required
      >
        {(control) => (
          <input
            {...control}
            type="date"
            value={input.termStart}
            onChange={(e) => onChange({ ...input, termStart: e.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('lettersAdmin.officials.termEnd')} name="termEnd" error={errors.termEnd}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={input.termEnd ?? ''}
            onChange={(e) => onChange({ ...input, termEnd: e.target.value || null })}
          />
        )}
      </FormField>
    </div>
  );
}
