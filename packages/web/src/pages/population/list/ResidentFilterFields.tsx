import { useTranslation } from 'react-i18next';
import { RESIDENT_STATUSES } from '../../../api/populationTypes.ts';
import type { ResidentStatus } from '../../../api/populationTypes.ts';
import { FormField } from '../../../ui/FormField.tsx';
import { sexLabel } from '../../../ui/codeLabel.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { AreaFilterFields, numericInput } from '../shared/AreaFilterFields.tsx';
import type { ResidentFilters } from './listQuery.ts';

interface ResidentFilterFieldsProps {
  draft: ResidentFilters;
  onChange: (draft: ResidentFilters) => void;
}

export function ResidentFilterFields({ draft, onChange }: ResidentFilterFieldsProps) {
  const { t } = useTranslation();
  const set = (changes: Partial<ResidentFilters>) => onChange({ ...draft, ...changes });

  return (
    <div className="filter-grid">
      <FormField label={t('population.list.status')} name="status">
        {(control) => (
          <select
            {...control}
            value={draft.status}
            onChange={(event) => set({ status: event.target.value as ResidentStatus | 'all' })}
          >
            {RESIDENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`population.status.${status}`)}
              </option>
            ))}
            <option value="all">{t('population.list.allStatuses')}</option>
          </select>
        )}
      </FormField>
      <FormField label={t('population.fields.sex')} name="sex">
        {(control) => (
          <select
            {...control}
            value={draft.sex}
            onChange={(event) => set({ sex: event.target.value as ResidentFilters['sex'] })}
          >
            <option value="">{t('population.list.allSexes')}</option>
            <option value="1">{sexLabel(1, currentLanguage())}</option>
            <option value="2">{sexLabel(2, currentLanguage())}</option>
          </select>
        )}
      </FormField>
      <fieldset className="field age-range">
        <legend>{t('population.list.age')}</legend>
        <div className="age-range-inputs">
          <input
            aria-label={t('population.list.ageMin')}
            inputMode="numeric"
            placeholder={t('population.list.ageFrom')}
            value={draft.ageMin}
            onChange={(event) => set({ ageMin: numericInput(event.target.value, 3) })}
          />
          <span aria-hidden="true">–</span>
          <input
            aria-label={t('population.list.ageMax')}
            inputMode="numeric"
            placeholder={t('population.list.ageTo')}
            value={draft.ageMax}
            onChange={(event) => set({ ageMax: numericInput(event.target.value, 3) })}
          />
        </div>
      </fieldset>
      <AreaFilterFields area={draft} onChange={set} />
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={draft.flagged}
          onChange={(event) => set({ flagged: event.target.checked })}
        />
        <span>
          {t('population.list.flaggedOnly')}
          <span className="field-hint">{t('population.list.flaggedHint')}</span>
        </span>
      </label>
    </div>
  );
}
