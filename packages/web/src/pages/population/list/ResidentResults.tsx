import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentListPage, ResidentSort } from '../../../api/populationTypes.ts';
import { ResultsPanel } from '../../../ui/ResultsPanel.tsx';
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
    <ResultsPanel
      page={page}
      found={(n, capped) => t(capped ? 'population.list.foundMore' : 'population.list.found', { n })}
      tools={
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
      }
      note={exportPartial && <p className="field-hint">{t('population.export.partial')}</p>}
      empty={
        <p className="notice notice-info" data-testid="no-residents">
          {searching || filters.status !== 'present'
            ? t('population.list.noMatch')
            : t('population.list.empty')}
        </p>
      }
      onPage={(offset) => onChange({ ...filters, offset })}
    >
      {(residents) => <ResidentTable residents={residents} showVillage={showVillage} />}
    </ResultsPanel>
  );
}
