import type { Map as MapLibreMap } from 'maplibre-gl';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchMapFigures, mapFiguresExportUrl, type MapHouseholdFilter } from '../../../api/assistanceMap.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { toTitleCaseIfShouting } from '../../../regions/regionCodes.ts';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { Choropleth } from '../../../ui/map/Choropleth.tsx';
import { classify } from '../../../ui/map/choropleth.ts';
import { todayIso } from '../../../ui/todayIso.ts';
import { useRefreshingData } from '../../../ui/useRefreshingData.ts';
import { FreshnessNote } from '../FreshnessNote.tsx';
import { HouseholdList } from './HouseholdList.tsx';
import { download, legendRows, mapPng } from './mapImage.ts';
import { DEFAULT_METRIC, formatRate, isCatchingUp, stalenessOf, valuesOf } from './mapMetrics.ts';
import { MetricPicker } from './MetricPicker.tsx';
import { VillageHouseholds } from './VillageHouseholds.tsx';
import { VillageReadout } from './VillageReadout.tsx';
import './povertyMap.css';
import '../../../i18n/lazy/povertyMap.ts';

/** The village opened on the map (`?desa=`); a village user's own village is always open. */
const VILLAGE_PARAM = 'desa';
const isVillage = (code: string) => code.split('.').length === 4;

/**
 * The poverty map: the area's villages coloured by the metric picked, a village's figures on hover or tap,
 * and a village opened to its households as points and the by-name list; the map as PNG, the figures as XLSX.
 */
export function PovertyMapPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { code: area } = useSelectedRegion();
  const regionTitle = useRegionTitle(area);
  const [params, setParams] = useSearchParams();
  // Stored figures: while some are being recounted (after a change), the page asks again until they are current.
  const figures = useRefreshingData(area, () => fetchMapFigures(area), isCatchingUp);
  const [metricId, setMetricId] = useState(DEFAULT_METRIC);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [filter, setFilter] = useState<MapHouseholdFilter>({});
  const asked = params.get(VILLAGE_PARAM);
  const village = isVillage(area) ? area : asked?.startsWith(`${area}.`) ? asked : null;

  const data = figures.status === 'success' ? figures.data : null;
  const metric = data?.metrics.find((m) => m.id === metricId) ?? data?.metrics[0];
  const values = useMemo(
    () => (data && metric ? valuesOf(data, metric.id) : new Map<string, number | null>()),
    [data, metric],
  );
  const names = useMemo(
    () => new Map((data?.villages ?? []).map((v) => [v.code, toTitleCaseIfShouting(v.name)])),
    [data],
  );

  if (figures.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (figures.status === 'error' || !data || !metric)
    return (
      <div className="page">
        <LoadError
          title={t('povertyMap.loadFailed')}
          error={figures.status === 'error' ? figures.error : new Error('no metric')}
          onRetry={figures.reload}
        />
      </div>
    );

  const formatValue = (value: number) => formatRate(value, metric, language);
  const staleness = stalenessOf(data);
  const metricStaleness = stalenessOf(data, metric.id);
  const legendNote =
    metricStaleness.pending > 0
      ? t('assistance.freshness.villages', { n: metricStaleness.pending })
      : undefined;
  const openVillage = (code: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (code) next.set(VILLAGE_PARAM, code);
      else next.delete(VILLAGE_PARAM);
      return next;
    });
  const programs = data.metrics.flatMap((m) =>
    m.family === 'recipients' && m.programCode ? [m.programCode] : [],
  );
  const savePng = async () => {
    if (!map) return;
    const classes = classify([...values.values()].filter((v): v is number => v !== null));
    const blob = await mapPng(map, {
      title: `${t('povertyMap.title')}: ${metric.label[language]}`,
      subtitle: village ? `${regionTitle} · ${names.get(village) ?? village}` : regionTitle,
      legend: legendRows(classes, formatValue, t('map.noData')),
      footer: [t('povertyMap.pngFooter', { date: todayIso() }), legendNote].filter(Boolean).join(' · '),
    });
    download(blob, `peta-kemiskinan-${village ?? area}-${metric.id.replace(':', '-')}.png`);
  };

  return (
    <div className="page poverty-map-page" data-testid="poverty-map-page">
      <header className="page-header">
        <h1 className="page-title">{t('povertyMap.title')}</h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      <p className="field-hint">{t('povertyMap.intro')}</p>
      <p className={data.ranking ? 'muted' : 'notice notice-warning'}>
        {data.ranking
          ? t('povertyMap.ranking', {
              model: data.ranking.modelId,
              date: data.ranking.finishedAt?.slice(0, 10) ?? '–',
            })
          : t('povertyMap.noRanking')}
      </p>
      <div className="poverty-map-toolbar">
        <MetricPicker metrics={data.metrics} value={metric.id} onChange={setMetricId} language={language} />
        <div className="poverty-map-downloads">
          <button
            type="button"
            className="button button-secondary"
            disabled={!map}
            onClick={() => void savePng()}
          >
            {t('povertyMap.downloadPng')}
          </button>
          <a className="button button-secondary" href={mapFiguresExportUrl(area)} download>
            {t('povertyMap.downloadXlsx')}
          </a>
        </div>
      </div>
      <FreshnessNote staleness={staleness} />
      <div className={village ? 'poverty-map-layout poverty-map-layout-village' : 'poverty-map-layout'}>
        <div className="poverty-map-main">
          <Choropleth
            area={area}
            values={values}
            names={names}
            formatValue={formatValue}
            label={metric.label[language]}
            legendNote={legendNote}
            details={(code) => (
              <VillageReadout figures={data} code={code} metric={metric} language={language} />
            )}
            onSelect={isVillage(area) ? undefined : (code) => openVillage(code)}
            selectLabel={t('povertyMap.openVillage')}
            openOnClick
            focus={village}
            onMap={setMap}
          />
          {village && (
            <VillageHouseholds
              village={village}
              villageName={names.get(village) ?? village}
              programs={programs}
              filter={filter}
              onFilter={setFilter}
              map={map}
              onClose={isVillage(area) ? undefined : () => openVillage(null)}
            />
          )}
        </div>
        {village && <HouseholdList village={village} filter={filter} />}
      </div>
    </div>
  );
}
