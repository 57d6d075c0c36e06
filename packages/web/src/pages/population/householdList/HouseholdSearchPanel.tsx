import { useTranslation } from 'react-i18next';
import { HOUSEHOLD_GAPS } from '../../../api/populationTypes.ts';
import type { HouseholdGap } from '../../../api/populationTypes.ts';
import { FormField } from '../../../ui/FormField.tsx';
import { AreaFilterFields } from '../shared/AreaFilterFields.tsx';
import { ListSearchPanel } from '../../../ui/ListSearchPanel.tsx';
import { DEFAULT_HOUSEHOLD_FILTERS, householdFilterCount } from './householdListQuery.ts';
import type { HouseholdFilters } from './householdListQuery.ts';

interface HouseholdSearchPanelProps {
  filters: HouseholdFilters;
  onApply: (filters: HouseholdFilters) => void;
}

/** Household number or head's name, the area, and "Tampilkan": all households or those lacking something. */
export function HouseholdSearchPanel({ filters, onApply }: HouseholdSearchPanelProps) {
  const { t } = useTranslation();
  return (
    <ListSearchPanel
      filters={filters}
      defaults={DEFAULT_HOUSEHOLD_FILTERS}
      activeFilters={householdFilterCount(filters)}
      searchLabel={t('population.householdList.searchLabel')}
      searchPlaceholder={t('population.householdList.searchPlaceholder')}
      searchHint={() => t('population.householdList.searchHint')}
      renderFilters={(draft, onChange) => (
        <div className="filter-grid household-filter-grid">
          <FormField className="filter-wide" label={t('population.householdList.show')} name="incomplete">
            {(control) => (
              <select
                {...control}
                value={draft.incomplete}
                onChange={(event) =>
                  onChange({ ...draft, incomplete: event.target.value as HouseholdGap | '' })
                }
              >
                <option value="">{t('population.householdList.showAll')}</option>
                {HOUSEHOLD_GAPS.map((gap) => (
                  <option key={gap} value={gap}>
                    {t(`population.householdList.showMissing.${gap}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <AreaFilterFields area={draft} onChange={(changes) => onChange({ ...draft, ...changes })} />
        </div>
      )}
      onApply={onApply}
    />
  );
}
