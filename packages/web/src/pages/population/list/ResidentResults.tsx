import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentListPage, ResidentSort } from '../../../api/populationTypes.ts';
import { Pagination } from '../../../ui/Pagination.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import type { ResidentFilters } from './listQuery.ts';
import { ResidentTable } from './ResidentTable.tsx';

interface ResidentResultsProps {
  /** null while loading. */
  page: ResidentListPage | null;
  filters: ResidentFilters;
  exportQuery: URLSearchParams;
  /** The export cannot apply some active filters (age, verification): say so. */
  exportPartial: boolean;
  showVillage: boolean;
  onChange: (filters: ResidentFilters) => void;
}

export function ResidentResults({
  page,
  filters,
  exportQuery,
  exportPartial,
  showVillage,
  onChange,
}: ResidentResultsProps) {
  const { t } = useTranslation();
  const sortId = useId();
  const searching = filters.q.trim().length >= 2;
  // With a name search the server orders by similarity unless a date order is chosen.
  const sortValue: ResidentSort = searching && filters.sort === 'name' ? 'relevance' : filters.sort;
  const sortOptions: ResidentSort[] = searching
    ? ['relevance', 'birth_date', '-birth_date']
    : ['name', 'birth_date', '-birth_date'];

  return (
    <section className="panel results-panel" aria-labelledby="results-title" aria-busy={page === null}>
      <div className="results-header">
        <h2 id="results-title" className="section-title" aria-live="polite">
          {page === null
            ? t('app.loading')
            : t('population.list.found', { n: page.total.toLocaleString('id-ID') })}
        </h2>
        <div className="results-tools">
          <div className="inline-field">
            <label htmlFor={sortId}>{t('population.list.sort')}</label>
            <select
              id={sortId}
              value={sortValue}
              onChange={(event) =>
                onChange({ ...filters, sort: event.target.value as ResidentSort, offset: 0 })
              }
            >
              {sortOptions.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`population.list.sortOptions.${sort === '-birth_date' ? 'youngest' : sort}`)}
                </option>
              ))}
            </select>
          </div>
          <ExportButtons query={exportQuery} />
        </div>
      </div>
      {exportPartial && <p className="field-hint">{t('population.export.partial')}</p>}
      {page !== null && page.items.length === 0 && (
        <p className="notice notice-info" data-testid="no-residents">
          {searching || filters.status !== 'present'
            ? t('population.list.noMatch')
            : t('population.list.empty')}
        </p>
      )}
      {page !== null && page.items.length > 0 && (
        <>
          <ResidentTable residents={page.items} showVillage={showVillage} />
          <Pagination
            total={page.total}
            limit={page.limit}
            offset={page.offset}
            onChange={(offset) => onChange({ ...filters, offset })}
          />
        </>
      )}
    </section>
  );
}
