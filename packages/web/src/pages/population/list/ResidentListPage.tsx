import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchResidents } from '../../../api/population.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { PopulationNav } from '../shared/PopulationNav.tsx';
import { useRegionTitle } from '../shared/useRegionTitle.ts';
import {
  apiQuery,
  exportQuery,
  filtersFromSearch,
  filtersIgnoredByExport,
  filtersToSearch,
} from './listQuery.ts';
import type { ResidentFilters } from './listQuery.ts';
import { ResidentResults } from './ResidentResults.tsx';
import { ResidentSearchPanel } from './ResidentSearchPanel.tsx';

/** Penduduk: search, filter and page through the residents of the region chosen in the header. */
export function ResidentListPage() {
  const { t } = useTranslation();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const query = apiQuery(filters, code);
  const result = useAsyncData(query.toString(), () => fetchResidents(query));

  const apply = (next: ResidentFilters) => setSearchParams(filtersToSearch(next, searchParams));

  // A page number can outlive its list (another village picked in the header, records moved away):
  // an empty later page goes back to the first one instead of showing "nothing found".
  const emptyLaterPage = result.status === 'success' && result.data.items.length === 0 && filters.offset > 0;
  useEffect(() => {
    if (emptyLaterPage) {
      setSearchParams((params) => filtersToSearch({ ...filtersFromSearch(params), offset: 0 }, params), {
        replace: true,
      });
    }
  }, [emptyLaterPage, setSearchParams]);
  // The form resets to the URL whenever the URL changes from outside (back button, region picker).
  const formKey = filtersToSearch({ ...filters, offset: 0 }, new URLSearchParams()).toString();

  return (
    <div className="page population-page" data-testid="resident-list-page">
      <header className="page-header">
        <h1 className="page-title">{t('population.list.title')}</h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      <PopulationNav />
      <ResidentSearchPanel key={formKey} filters={filters} onApply={apply} />
      {result.status === 'error' ? (
        <LoadError title={t('population.list.loadFailed')} error={result.error} onRetry={result.reload} />
      ) : (
        <ResidentResults
          page={result.status === 'success' ? result.data : null}
          filters={filters}
          exportQuery={exportQuery(filters, code)}
          exportPartial={filtersIgnoredByExport(filters)}
          showVillage={code.split('.').length < 4}
          onChange={apply}
        />
      )}
    </div>
  );
}
