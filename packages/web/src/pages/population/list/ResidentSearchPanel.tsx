import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField.tsx';
import { checkAgeRange } from '../shared/validation.ts';
import { activeFilterCount, DEFAULT_FILTERS, isNikSearch } from './listQuery.ts';
import type { ResidentFilters } from './listQuery.ts';
import { ResidentFilterFields } from './ResidentFilterFields.tsx';

interface ResidentSearchPanelProps {
  filters: ResidentFilters;
  onApply: (filters: ResidentFilters) => void;
}

/**
 * Search box and filters in one form: nothing is sent until "Cari" is pressed, so a slow connection is not
 * asked for a new list at every keystroke. On a phone the filters fold away behind one button.
 */
export function ResidentSearchPanel({ filters, onApply }: ResidentSearchPanelProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const filtersId = useId();
  const active = activeFilterCount(filters);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = draft.q.trim();
    if (q.length === 1) return setError(t('population.list.searchTooShort'));
    const ageProblem = checkAgeRange(draft.ageMin, draft.ageMax);
    if (ageProblem) return setError(t(`validation.${ageProblem}`));
    setError(undefined);
    onApply({ ...draft, q, offset: 0 });
  };

  const reset = () => {
    const cleared = { ...DEFAULT_FILTERS, q: draft.q };
    setDraft(cleared);
    setError(undefined);
    onApply({ ...cleared, offset: 0 });
  };

  return (
    <form className="panel search-panel" role="search" onSubmit={submit} noValidate>
      <div className="search-row">
        <FormField
          className="search-field"
          label={t('population.list.searchLabel')}
          name="q"
          hint={
            isNikSearch(draft.q) ? t('population.list.searchHintNik') : t('population.list.searchHintName')
          }
          error={error}
        >
          {(control) => (
            <input
              {...control}
              type="search"
              inputMode="search"
              autoComplete="off"
              enterKeyHint="search"
              maxLength={100}
              placeholder={t('population.list.searchPlaceholder')}
              value={draft.q}
              onChange={(event) => setDraft({ ...draft, q: event.target.value })}
            />
          )}
        </FormField>
        <div className="search-buttons">
          <button type="submit" className="button button-primary">
            {t('population.list.search')}
          </button>
          <button
            type="button"
            className="button button-secondary filter-toggle"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            {active > 0 ? t('population.list.filtersActive', { n: active }) : t('population.list.filters')}
          </button>
        </div>
      </div>
      <div id={filtersId} className={filtersOpen ? 'filter-fields is-open' : 'filter-fields'}>
        <ResidentFilterFields draft={draft} onChange={setDraft} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('population.list.applyFilters')}
          </button>
          <button type="button" className="button button-secondary" onClick={reset}>
            {t('population.list.resetFilters')}
          </button>
        </div>
      </div>
    </form>
  );
}
