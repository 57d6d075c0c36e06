import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchHouseholds } from '../../../api/population.ts';
import { levelOfCode } from '../../../regions/regionCodes.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { ListPageFrame } from '../shared/ListPageFrame.tsx';
import { ResultsPanel } from '../../../ui/ResultsPanel.tsx';
import { useListInUrl } from '../../../ui/useListInUrl.ts';
import { HouseholdExportButtons, HouseholdExportProblems } from './HouseholdExportButtons.tsx';
import { HouseholdListEmpty } from './HouseholdListEmpty.tsx';
import {
  emptyReason,
  householdApiQuery,
  householdFiltersFromSearch,
  householdFiltersToSearch,
} from './householdListQuery.ts';
import { HouseholdSearchPanel } from './HouseholdSearchPanel.tsx';
import { HouseholdTable } from './HouseholdTable.tsx';

const HOUSEHOLD_CODEC = { read: householdFiltersFromSearch, write: householdFiltersToSearch };

/**
 * Daftar rumah tangga: every household of the region chosen in the header, and above all the ones whose
 * data is not complete yet (no map pin, no head, housing facts missing), each a tap away from its page.
 */
export function HouseholdListPage() {
  const { t } = useTranslation();
  const { code } = useSelectedRegion();
  const { filters, result, apply, formKey } = useListInUrl(
    HOUSEHOLD_CODEC,
    (next) => householdApiQuery(next, code),
    fetchHouseholds,
  );
  const [exportProblems, setExportProblems] = useState<string[]>([]);

  return (
    <ListPageFrame
      testId="household-list-page"
      title={t('population.householdList.title')}
      search={<HouseholdSearchPanel key={formKey} filters={filters} onApply={apply} />}
      result={result}
      loadFailed={t('population.householdList.loadFailed')}
    >
      <ResultsPanel
        page={result.status === 'success' ? result.data : null}
        found={(n) => t('population.householdList.found', { n })}
        tools={<HouseholdExportButtons filters={filters} region={code} onProblems={setExportProblems} />}
        note={<HouseholdExportProblems messages={exportProblems} />}
        empty={<HouseholdListEmpty reason={emptyReason(filters)} />}
        onPage={(offset) => apply({ ...filters, offset })}
      >
        {(households) => (
          <HouseholdTable households={households} showVillage={levelOfCode(code) !== 'village'} />
        )}
      </ResultsPanel>
    </ListPageFrame>
  );
}
