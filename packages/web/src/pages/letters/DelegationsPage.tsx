import { OFFICIAL_POSITIONS, POSITION_LABELS } from '@smart-kampung/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchLetterTypes } from '../../api/letters.ts';
import {
  createDelegation,
  endDelegation,
  fetchDelegations,
  type DelegationInput,
} from '../../api/lettersAdmin.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { EndDateForm } from './EndDateForm.tsx';
import { FormErrorSummary } from '../../ui/FormErrorSummary.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { splitServerErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import './letters.css';
import '../../i18n/lazy/lettersAdmin.ts';

const REGENCY = '35.10';
/** Any village shows the catalogue's letter types with their authority; the regency has no settings. */
const CATALOGUE_VILLAGE = '35.10.01.2001';

const blank = (): DelegationInput => ({
  areaCode: REGENCY,
  authority: 'bupati',
  mode: 'delegasi',
  letterTypeCodes: [],
  regulationNumber: '',
  regulationDate: '',
  validFrom: new Date().toISOString().slice(0, 10),
  validTo: null,
  signingPosition: 'kepala_desa',
});

/**
 * Pelimpahan kewenangan (regency admin): delegations of letters of the regent's or a district head's
 * authority to villages. Recording or ending one changes, from its dates, which letters the villages it
 * reaches may issue and who signs them; no code changes.
 */
export function DelegationsPage() {
  const { t } = useTranslation();
  const list = useAsyncData(REGENCY, () => fetchDelegations(REGENCY));
  const types = useAsyncData('catalogue', () => fetchLetterTypes(CATALOGUE_VILLAGE));
  const [input, setInput] = useState<DelegationInput | null>(null);
  const [ending, setEnding] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const typeName = (code: string) =>
    (types.status === 'success' && types.data.find((type) => type.code === code)?.name) || code;

  const attempt = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setInput(null);
      setEnding(null);
      setErrors({});
      setGeneral([]);
      setNotice(t('lettersAdmin.delegations.saved'));
      list.reload();
    } catch (error) {
      const split = splitServerErrors(error, currentLanguage(), (field) => field.replace(/\.\d+$/, ''));
      setErrors(split.fields);
      setGeneral(split.general);
    }
  };
  const delegable =
    types.status === 'success' && input
      ? types.data.filter((type) => type.authority === input.authority)
      : [];
  const set = (patch: Partial<DelegationInput>) => input && setInput({ ...input, ...patch });
  const dateField = (key: 'regulationDate' | 'validFrom' | 'validTo', required = true) =>
    input && (
      <FormField
        label={t(`lettersAdmin.delegations.${key}`)}
        name={key}
        error={errors[key]}
        required={required}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            value={input[key] ?? ''}
            onChange={(e) => set({ [key]: e.target.value || (key === 'validTo' ? null : '') })}
          />
        )}
      </FormField>
    );

  return (
    <div className="page letters-page" data-testid="delegations-page">
      <div className="page-header letters-page-header">
        <div>
          <h1 className="page-title">{t('lettersAdmin.delegations.heading')}</h1>
          <p className="page-subtitle">{t('lettersAdmin.delegations.subtitle')}</p>
        </div>
        {!input && (
          <button type="button" className="button button-primary" onClick={() => setInput(blank())}>
            {t('lettersAdmin.delegations.add')}
          </button>
        )}
      </div>
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      {input && (
        <form
          className="panel letter-form"
          onSubmit={(event) => {
            event.preventDefault();
            void attempt(() => createDelegation(input));
          }}
          noValidate
        >
          <FormErrorSummary messages={general} fieldCount={Object.keys(errors).length} />
          <div className="form-grid">
            <FormField
              label={t('lettersAdmin.delegations.area')}
              name="areaCode"
              error={errors.areaCode}
              required
            >
              {(control) => (
                <input
                  {...control}
                  value={input.areaCode}
                  onChange={(e) => set({ areaCode: e.target.value.trim() })}
                />
              )}
            </FormField>
            <FormField label={t('lettersAdmin.delegations.authority')} name="authority">
              {(control) => (
                <select
                  {...control}
                  value={input.authority}
                  onChange={(e) =>
                    set({ authority: e.target.value as 'bupati' | 'camat', letterTypeCodes: [] })
                  }
                >
                  <option value="bupati">{t('lettersAdmin.delegations.bupati')}</option>
                  <option value="camat">{t('lettersAdmin.delegations.camat')}</option>
                </select>
              )}
            </FormField>
            <FormField label={t('lettersAdmin.delegations.mode')} name="mode">
              {(control) => (
                <select
                  {...control}
                  value={input.mode}
                  onChange={(e) => set({ mode: e.target.value as 'delegasi' | 'mandat' })}
                >
                  <option value="delegasi">{t('lettersAdmin.delegations.delegasi')}</option>
                  <option value="mandat">{t('lettersAdmin.delegations.mandat')}</option>
                </select>
              )}
            </FormField>
            <FormField
              label={t('lettersAdmin.delegations.regulationNumber')}
              name="regulationNumber"
              error={errors.regulationNumber}
              required
            >
              {(control) => (
                <input
                  {...control}
                  value={input.regulationNumber}
                  onChange={(e) => set({ regulationNumber: e.target.value })}
                />
              )}
            </FormField>
            {dateField('regulationDate')}
            {dateField('validFrom')}
            {dateField('validTo', false)}
            <FormField label={t('lettersAdmin.delegations.signingPosition')} name="signingPosition">
              {(control) => (
                <select
                  {...control}
                  value={input.signingPosition}
                  onChange={(e) =>
                    set({ signingPosition: e.target.value as DelegationInput['signingPosition'] })
                  }
                >
                  {OFFICIAL_POSITIONS.map((position) => (
                    <option key={position} value={position}>
                      {POSITION_LABELS[position][currentLanguage()]}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <fieldset>
            <legend>{t('lettersAdmin.delegations.letterTypes')}</legend>
            {errors.letterTypeCodes && <p className="field-error">{errors.letterTypeCodes}</p>}
            {delegable.map((type) => (
              <label key={type.code} className="checkbox-field">
                <input
                  type="checkbox"
                  checked={input.letterTypeCodes.includes(type.code)}
                  onChange={(e) =>
                    set({
                      letterTypeCodes: e.target.checked
                        ? [...input.letterTypeCodes, type.code]
                        : input.letterTypeCodes.filter((code) => code !== type.code),
                    })
                  }
                />{' '}
                {type.name}
              </label>
            ))}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t('lettersAdmin.officials.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setInput(null)}>
              {t('lettersAdmin.officials.cancel')}
            </button>
          </div>
        </form>
      )}
      <section className="panel">
        {list.status === 'error' ? (
          <LoadError
            title={t('lettersAdmin.delegations.loadFailed')}
            error={list.error}
            onRetry={list.reload}
          />
        ) : list.status === 'loading' ? (
          <p className="muted">{t('app.loading')}</p>
        ) : list.data.length === 0 ? (
          <p className="muted">{t('lettersAdmin.delegations.empty')}</p>
        ) : (
          <ul className="letter-list">
            {list.data.map((delegation) => (
              <li key={delegation.id} className="letter-item" data-testid="delegation-row">
                <div className="letter-item-main">
                  <strong>{delegation.regulationNumber}</strong>
                  <span className="muted">
                    {delegation.areaCode} · {t(`lettersAdmin.delegations.${delegation.authority}`)} ·{' '}
                    {delegation.mode}
                  </span>
                </div>
                <span>{delegation.letterTypeCodes.map(typeName).join(', ')}</span>
                <span className="muted">
                  {delegation.validFrom}{' '}
                  {delegation.validTo
                    ? t('lettersAdmin.delegations.until', { date: delegation.validTo })
                    : t('lettersAdmin.delegations.open')}
                </span>
                {ending === delegation.id ? (
                  <EndDateForm
                    label={t('lettersAdmin.delegations.endDate')}
                    name="validTo"
                    error={errors.validTo}
                    submitLabel={t('lettersAdmin.delegations.end')}
                    onSubmit={(date) => void attempt(() => endDelegation(delegation.id, date))}
                    onCancel={() => setEnding(null)}
                  />
                ) : (
                  !delegation.validTo && (
                    <div className="action-buttons">
                      <button
                        type="button"
                        className="button button-danger-outline"
                        onClick={() => setEnding(delegation.id)}
                      >
                        {t('lettersAdmin.delegations.end')}
                      </button>
                    </div>
                  )
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
