import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HouseholdListItem } from '../../../api/populationTypes.ts';
import { toTitleCaseIfShouting } from '../../../regions/regionCodes.ts';
import { householdAddress } from '../household/householdAddress.ts';
import { formatNumber } from '../../../ui/format.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { CompletenessBadges } from './CompletenessBadges.tsx';

interface HouseholdTableProps {
  households: HouseholdListItem[];
  /** Name the village under each address when the list spans a district or the regency. */
  showVillage: boolean;
}

/**
 * A table on desktop; on a phone each household is a card: its number, the head, address and size on one
 * wrapping line, and what is still missing as badges underneath (CSS only, one DOM). The village goes
 * under the address rather than in a column of its own, so the badges keep their room.
 */
export function HouseholdTable({ households, showVillage }: HouseholdTableProps) {
  const { t } = useTranslation();
  const search = useRegionSearch();

  return (
    <div className="table-scroll">
      <table className="data-table responsive-table household-table" data-testid="household-table">
        <caption className="visually-hidden">{t('population.householdList.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('population.householdList.number')}</th>
            <th scope="col">{t('population.householdHead.label')}</th>
            <th scope="col">{t('population.fields.address')}</th>
            <th scope="col">{t('population.householdList.size')}</th>
            <th scope="col">{t('population.householdList.completeness')}</th>
          </tr>
        </thead>
        <tbody>
          {households.map((household) => (
            <tr key={household.id} data-testid="household-row">
              <th scope="row" className="cell-title cell-nowrap">
                <Link to={{ pathname: `/rumah-tangga/${household.villageCode}/${household.id}`, search }}>
                  {household.householdNo
                    ? t('population.householdList.numberValue', { no: household.householdNo })
                    : t('population.householdList.noNumber')}
                </Link>
              </th>
              <td data-label={t('population.householdHead.label')} className="cell-head">
                {household.headName ?? <span className="muted">{t('population.householdHead.unset')}</span>}
              </td>
              <td data-label={t('population.fields.address')} className="cell-fact cell-address">
                {householdAddress(household.address, household.dusun, household.rw, household.rt)}
                {showVillage && (
                  <span className="cell-village">{toTitleCaseIfShouting(household.villageName)}</span>
                )}
              </td>
              <td data-label={t('population.householdList.size')} className="cell-fact cell-size">
                {t('population.householdList.sizeValue', {
                  families: formatNumber(household.familyCount),
                  members: formatNumber(household.memberCount),
                })}
              </td>
              <td data-label={t('population.householdList.completeness')} className="cell-badges">
                <CompletenessBadges household={household} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
