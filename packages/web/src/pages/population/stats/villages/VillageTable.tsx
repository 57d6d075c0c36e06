import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VillageFigures } from '../../../../api/populationTypes.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { toTitleCaseIfShouting } from '../../../../regions/regionCodes.ts';
import { formatDate, formatDateTime } from '../../../../ui/format.ts';
import { totalsOf, type MapMetric, type SortColumn, type SortDirection } from './villageMetrics.ts';

interface VillageTableProps {
  villages: VillageFigures[];
  showDistrict: boolean;
  sort: { column: SortColumn; direction: SortDirection };
  onSort: (column: SortColumn) => void;
  formatCount: (value: number) => string;
  /** The page to reopen for a village (the same page, narrowed to it). */
  villageLink: (code: string) => string;
}

/** Where a figure that is still to be completed leads: the list of exactly those records. */
const GAP_LISTS: Partial<Record<MapMetric, (region: string) => string>> = {
  flagged: (region) => `/penduduk?${new URLSearchParams({ region, flagged: 'true' }).toString()}`,
  householdsUnpinned: (region) =>
    `/penduduk/rumah-tangga?${new URLSearchParams({ region, incomplete: 'location' }).toString()}`,
  householdsHousingIncomplete: (region) =>
    `/penduduk/rumah-tangga?${new URLSearchParams({ region, incomplete: 'housing' }).toString()}`,
};

const COUNT_COLUMNS: MapMetric[] = ['residents', 'families', 'households'];
const GAP_COLUMNS: MapMetric[] = ['flagged', 'householdsUnpinned', 'householdsHousingIncomplete'];

/**
 * Every village of the area in one sortable table: the headings sort (aria-sort says how), a gap links to
 * the list of its records, and the last row sums the area. On a phone each village is a card.
 */
export function VillageTable({
  villages,
  showDistrict,
  sort,
  onSort,
  formatCount,
  villageLink,
}: VillageTableProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const totals = totalsOf(villages);
  const columns: SortColumn[] = [
    'name',
    ...(showDistrict ? (['district'] as const) : []),
    ...COUNT_COLUMNS,
    ...GAP_COLUMNS,
    'changedAt',
  ];
  const heading = (column: SortColumn) => {
    const active = sort.column === column;
    return (
      <th
        key={column}
        scope="col"
        aria-sort={active ? sort.direction : 'none'}
        className={
          column === 'name' || column === 'district' || column === 'changedAt' ? undefined : 'cell-count'
        }
      >
        <button type="button" className="sort-button" onClick={() => onSort(column)}>
          {t(`villageGlance.columns.${column}`)}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll village-table-scroll">
      <table className="data-table responsive-table village-table" data-testid="village-table">
        <caption className="visually-hidden">{t('villageGlance.tableCaption')}</caption>
        <thead>
          <tr>{columns.map(heading)}</tr>
        </thead>
        <tbody>
          {villages.map((v) => (
            <tr key={v.code} data-village={v.code}>
              <th scope="row" className="cell-title">
                <Link to={villageLink(v.code)}>{toTitleCaseIfShouting(v.name)}</Link>
                {v.kind === 'kelurahan' && <span className="badge">{t('villageGlance.kelurahan')}</span>}
              </th>
              {showDistrict && (
                <td data-label={t('villageGlance.columns.district')}>
                  {toTitleCaseIfShouting(v.districtName)}
                </td>
              )}
              {COUNT_COLUMNS.map((column) => (
                <td key={column} className="cell-count" data-label={t(`villageGlance.columns.${column}`)}>
                  {formatCount(v[column])}
                </td>
              ))}
              {GAP_COLUMNS.map((column) => (
                <td
                  key={column}
                  className={`cell-count${v[column] > 0 ? ' cell-gap' : ''}`}
                  data-label={t(`villageGlance.columns.${column}`)}
                >
                  {v[column] > 0 ? (
                    <Link to={GAP_LISTS[column]!(v.code)} title={t('villageGlance.openList')}>
                      {formatCount(v[column])}
                    </Link>
                  ) : (
                    formatCount(0)
                  )}
                </td>
              ))}
              <td data-label={t('villageGlance.columns.changedAt')} className="cell-date">
                {v.changedAt ? (
                  <time dateTime={v.changedAt} title={formatDateTime(v.changedAt, language)}>
                    {formatDate(v.changedAt, language)}
                  </time>
                ) : (
                  <span className="muted">{t('villageGlance.never')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('villageGlance.total')}</th>
            {showDistrict && <td aria-hidden="true" />}
            {[...COUNT_COLUMNS, ...GAP_COLUMNS].map((column) => (
              <td key={column} className="cell-count" data-label={t(`villageGlance.columns.${column}`)}>
                {formatCount(totals[column])}
              </td>
            ))}
            <td aria-hidden="true" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
