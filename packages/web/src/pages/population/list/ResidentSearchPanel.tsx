import { useTranslation } from 'react-i18next';
import { ListSearchPanel } from '../../../ui/ListSearchPanel.tsx';
import { checkAgeRange } from '../../../ui/validation.ts';
import { activeFilterCount, DEFAULT_FILTERS, isNikSearch } from './listQuery.ts';
import type { ResidentFilters } from './listQuery.ts';
import { ResidentFilterFields } from './ResidentFilterFields.tsx';

interface ResidentSearchPanelProps {
  filters: ResidentFilters;
  onApply: (filters: ResidentFilters) => void;
}

/** Name or NIK search with the resident filters (status, sex, age, area, verification). */
export function ResidentSearchPanel({ filters, onApply }: ResidentSearchPanelProps) {
  const { t } = useTranslation();
  const check = (draft: ResidentFilters) => {
    if (draft.q.length === 1) return t('population.list.searchTooShort');
    const ageProblem = checkAgeRange(draft.ageMin, draft.ageMax);
    return ageProblem ? t(`validation.${ageProblem}`) : undefined;
  };

  return (
    <ListSearchPanel
      filters={filters}
      defaults={DEFAULT_FILTERS}
      activeFilters={activeFilterCount(filters)}
      searchLabel={t('population.list.searchLabel')}
      searchPlaceholder={t('population.list.searchPlaceholder')}
      searchHint={(q) =>
        isNikSearch(q) ? t('population.list.searchHintNik') : t('population.list.searchHintName')
      }
      check={check}
      renderFilters={(draft, onChange) => <ResidentFilterFields draft={draft} onChange={onChange} />}
      onApply={onApply}
    />
  );
}
