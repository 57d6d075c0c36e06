import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { fetchVillageComparison } from '../../../../api/population.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { toTitleCaseIfShouting } from '../../../../regions/regionCodes.ts';
import { REGION_PARAM } from '../../../../regions/useSelectedRegion.ts';
import { LoadError } from '../../../../ui/LoadError.tsx';
import { Choropleth } from '../../../../ui/map/Choropleth.tsx';
import { useAsyncData } from '../../../../ui/useAsyncData.ts';
import { VillageTable } from './VillageTable.tsx';
import {
  hasData,
  isShare,
  MAP_METRICS,
  mapValue,
  SORT_COLUMNS,
  sortVillages,
  type MapMetric,
  type SortColumn,
  type SortDirection,
} from './villageMetrics.ts';
import './villages.css';

const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;

/**
 * The regency at a glance: every village of a district or of the regency side by side, as a map coloured by
 * the figure chosen and a table sorted by any column, from the precomputed per-village figures.
 */
export function VillageComparison({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const metricId = useId();
  const sortId = useId();
  const comparison = useAsyncData(code, () => fetchVillageComparison(code));
  const [metric, setMetric] = useState<MapMetric>('residents');
  const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({
    column: 'name',
    direction: 'ascending',
  });
  const locale = LOCALES[currentLanguage()];
  const formatCount = (value: number) => value.toLocaleString(locale);
  const formatMetric = (value: number) =>
    isShare(metric)
      ? `${value.toLocaleString(locale, { maximumFractionDigits: value < 10 ? 1 : 0 })} %`
      : value.toLocaleString(locale, { maximumFractionDigits: 0 });

  const villages = comparison.status === 'success' ? comparison.data.villages : [];
  const values = useMemo(
    () => new Map(villages.map((v) => [v.code, mapValue(v, metric)])),
    [villages, metric],
  );
  const names = useMemo(
    () => new Map(villages.map((v) => [v.code, toTitleCaseIfShouting(v.name)])),
    [villages],
  );
  const sorted = useMemo(() => sortVillages(villages, sort.column, sort.direction), [villages, sort]);

  if (comparison.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (comparison.status === 'error')
    return (
      <LoadError title={t('villageGlance.loadFailed')} error={comparison.error} onRetry={comparison.reload} />
    );

  const villageLink = (village: string) => {
    const params = new URLSearchParams(location.search);
    params.set(REGION_PARAM, village);
    return `${location.pathname}?${params.toString()}`;
  };
  // Numbers read best largest first; names and dates from the start.
  const onSort = (column: SortColumn) =>
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: column === 'name' || column === 'district' ? 'ascending' : 'descending' },
    );
  const withoutData = villages.filter((v) => !hasData(v)).length;

  return (
    <section
      className="panel village-glance"
      aria-labelledby="village-glance-title"
      data-testid="village-glance"
    >
      <h2 id="village-glance-title" className="section-title">
        {t('villageGlance.title')}
      </h2>
      <p className="field-hint">{t('villageGlance.intro')}</p>
      {villages.length === 0 ? (
        <p className="notice notice-info">{t('villageGlance.empty')}</p>
      ) : (
        <>
          <p className={withoutData > 0 ? 'notice notice-warning' : 'notice notice-info'}>
            {withoutData > 0
              ? t('villageGlance.noDataYet', {
                  n: formatCount(withoutData),
                  total: formatCount(villages.length),
                })
              : t('villageGlance.allHaveData', { total: formatCount(villages.length) })}
          </p>
          <div className="inline-field">
            <label htmlFor={metricId}>{t('villageGlance.mapMetric')}</label>
            <select id={metricId} value={metric} onChange={(e) => setMetric(e.target.value as MapMetric)}>
              {MAP_METRICS.map((m) => (
                <option key={m} value={m}>
                  {t(`villageGlance.metrics.${m}`)}
                </option>
              ))}
            </select>
          </div>
          <Choropleth
            area={code}
            values={values}
            names={names}
            formatValue={formatMetric}
            label={t(`villageGlance.metrics.${metric}`)}
            onSelect={(village) => void navigate(villageLink(village))}
          />
          {/* The headings sort on a wide screen; on a phone the table is cards, so the order is chosen here. */}
          <div className="inline-field village-sort">
            <label htmlFor={sortId}>{t('villageGlance.sortBy')}</label>
            <select
              id={sortId}
              value={`${sort.column}:${sort.direction}`}
              onChange={(e) => {
                const [column, direction] = e.target.value.split(':') as [SortColumn, SortDirection];
                setSort({ column, direction });
              }}
            >
              {SORT_COLUMNS.filter((c) => c !== 'district' || code.split('.').length === 2).flatMap((c) =>
                (['ascending', 'descending'] as const).map((d) => (
                  <option key={`${c}:${d}`} value={`${c}:${d}`}>
                    {`${t(`villageGlance.columns.${c}`)} (${t(d === 'ascending' ? 'villageGlance.sortAscending' : 'villageGlance.sortDescending')})`}
                  </option>
                )),
              )}
            </select>
          </div>
          <VillageTable
            villages={sorted}
            showDistrict={code.split('.').length === 2}
            sort={sort}
            onSort={onSort}
            formatCount={formatCount}
            villageLink={villageLink}
          />
        </>
      )}
    </section>
  );
}
