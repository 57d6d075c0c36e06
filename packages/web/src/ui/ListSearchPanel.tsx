import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from './FormField.tsx';
import type { PagedFilters } from './listUrl.ts';

interface ListSearchPanelProps<F extends PagedFilters> {
  filters: F;
  /** What "Hapus filter" goes back to (the search text stays). */
  defaults: F;
  /** How many filters narrow the list now, shown on the phone's "Filter" button. */
  activeFilters: number;
  searchLabel: string;
  searchPlaceholder: string;
  /** The hint under the search box, which may depend on what is typed. */
  searchHint: (q: string) => string;
  /** Why the form cannot be sent as it is (the search text already trimmed), or undefined. */
  check?: (draft: F) => string | undefined;
  /** The filter grid, editing the draft that "Cari" or "Terapkan" sends. */
  renderFilters: (draft: F, onChange: (draft: F) => void) => ReactNode;
  onApply: (filters: F) => void;
}

/**
 * Search box and filters in one form: nothing is sent until "Cari" is pressed, so a slow connection is not
 * asked for a new list at every keystroke. On a phone the filters fold away behind one button.
 */
export function ListSearchPanel<F extends PagedFilters>({
  filters,
  defaults,
  activeFilters,
  searchLabel,
  searchPlaceholder,
  searchHint,
  check,
  renderFilters,
  onApply,
}: ListSearchPanelProps<F>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const filtersId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { ...draft, q: draft.q.trim(), offset: 0 };
    const problem = check?.(next);
    setError(problem);
    if (problem === undefined) onApply(next);
  };

  const reset = () => {
    const cleared = { ...defaults, q: draft.q };
    setDraft(cleared);
    setError(undefined);
    onApply({ ...cleared, offset: 0 });
  };

  return (
    <form className="panel search-panel" role="search" onSubmit={submit} noValidate>
      <div className="search-row">
        <FormField
          className="search-field"
          label={searchLabel}
          name="q"
          hint={searchHint(draft.q)}
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
              placeholder={searchPlaceholder}
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
            {activeFilters > 0
              ? t('population.list.filtersActive', { n: activeFilters })
              : t('population.list.filters')}
          </button>
        </div>
      </div>
      <div id={filtersId} className={filtersOpen ? 'filter-fields is-open' : 'filter-fields'}>
        {renderFilters(draft, setDraft)}
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
