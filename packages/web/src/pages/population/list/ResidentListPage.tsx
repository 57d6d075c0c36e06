import { useTranslation } from 'react-i18next';
import { fetchResidents } from '../../../api/population.ts';
import { levelOfCode } from '../../../regions/regionCodes.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { ListPageFrame } from '../shared/ListPageFrame.tsx';
import { useListInUrl } from '../../../ui/useListInUrl.ts';
import {
  apiQuery,
  exportQuery,
  filtersFromSearch,
  filtersIgnoredByExport,
  filtersToSearch,
} from './listQuery.ts';
import { ResidentResults } from './ResidentResults.tsx';
import { ResidentSearchPanel } from './ResidentSearchPanel.tsx';

const RESIDENT_CODEC = { read: filtersFromSearch, write: filtersToSearch };

/** Penduduk: search, filter and page through the residents of the region chosen in the header. */
export function ResidentListPage() {
  const { t } = useTranslation();
  const { code } = useSelectedRegion();
  const { filters, result, apply, formKey } = useListInUrl(
    RESIDENT_CODEC,
    (next) => apiQuery(next, code),
    fetchResidents,
  );

  return (
    <ListPageFrame
      testId="resident-list-page"
      title={t('population.list.title')}
      search={<ResidentSearchPanel key={formKey} filters={filters} onApply={apply} />}
      result={result}
      loadFailed={t('population.list.loadFailed')}
    >
      <ResidentResults
        page={result.status === 'success' ? result.data : null}
        filters={filters}
        exportQuery={exportQuery(filters, code)}
        exportPartial={filtersIgnoredByExport(filters)}
        showVillage={levelOfCode(code) !== 'village'}
        onChange={apply}
      />
    </ListPageFrame>
  );
}
