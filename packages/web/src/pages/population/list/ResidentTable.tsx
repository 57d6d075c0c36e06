import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResidentListItem } from '../../../api/populationTypes.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { toTitleCaseIfShouting } from '../../../regions/regionCodes.ts';
import { FlagBadge } from '../shared/FlagBadge.tsx';
import { formatDate, formatShortAddress } from '../../../ui/format.ts';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { sexLabel } from '../../../ui/codeLabel.ts';
import { useCodeLists } from '../../../ui/useCodeLists.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';

interface ResidentTableProps {
  residents: ResidentListItem[];
  /** Show the village column when the list spans a district or the regency. */
  showVillage: boolean;
}

/**
 * A table on desktop; on a phone the same rows restyle into cards (CSS only, one DOM), each cell labelled by
 * its `data-label`. Identifiers are masked: the full numbers are on the resident page, behind a reason.
 */
export function ResidentTable({ residents, showVillage }: ResidentTableProps) {
  const { t } = useTranslation();
  const { label } = useCodeLists();
  const search = useRegionSearch();
  const language = currentLanguage();

  return (
    <div className="table-scroll">
      <table className="data-table responsive-table resident-table" data-testid="resident-table">
        <caption className="visually-hidden">{t('population.list.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('population.fields.fullName')}</th>
            {/* Across villages, the village comes right after the name: it must not end up behind the
                table's horizontal scroll on a laptop. */}
            {showVillage && <th scope="col">{t('population.fields.village')}</th>}
            {/* The birth date right beside the masked NIK: together they tell two rows apart (docs/rules/NIK.md). */}
            <th scope="col">{t('population.fields.nik')}</th>
            <th scope="col">{t('population.fields.birthDate')}</th>
            <th scope="col">{t('population.fields.sex')}</th>
            <th scope="col">{t('population.kk.shdk')}</th>
            <th scope="col">{t('population.fields.address')}</th>
            <th scope="col">{t('population.fields.status')}</th>
          </tr>
        </thead>
        <tbody>
          {residents.map((resident) => (
            <tr key={resident.id} data-testid="resident-row">
              <th scope="row" className="cell-title">
                <Link
                  to={{
                    pathname: `/penduduk/${resident.villageCode}/${resident.id}`,
                    search,
                  }}
                >
                  {resident.fullName}
                </Link>
                <FlagBadge count={resident.flags.length} />
              </th>
              {showVillage && (
                <td data-label={t('population.fields.village')}>
                  {toTitleCaseIfShouting(resident.villageName)}
                </td>
              )}
              <td data-label={t('population.fields.nik')} className="mono cell-nowrap">
                {resident.nikMasked}
              </td>
              <td data-label={t('population.fields.birthDate')} className="cell-nowrap">
                {formatDate(resident.birthDate, language)}{' '}
                <span className="muted">({t('population.ageYears', { age: resident.age })})</span>
              </td>
              <td data-label={t('population.fields.sex')}>{sexLabel(resident.sex, language)}</td>
              <td data-label={t('population.fields.relationship')}>
                {label('kk_level', resident.relationship) ?? '—'}
              </td>
              <td data-label={t('population.fields.address')}>
                {formatShortAddress(resident.dusun, resident.rw, resident.rt)}
              </td>
              <td data-label={t('population.fields.status')} className="cell-status">
                <StatusBadge status={resident.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
