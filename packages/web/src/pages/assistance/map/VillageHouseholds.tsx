import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchMapPoints, filterParams, type MapHouseholdFilter } from '../../../api/assistanceMap.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { DecileLegend } from './DecileLegend.tsx';
import { DrillDownFilters } from './DrillDownFilters.tsx';
import { hideHouseholdPoints, showHouseholdPoints } from './householdLayer.ts';
import { HouseholdBadges, HouseholdLink } from './HouseholdSummary.tsx';
import '../../../i18n/lazy/povertyMap.ts';

/**
 * A village opened on the map: its pinned households drawn as points coloured by decile on the map, the
 * filters (program, decile range), and the household a point was tapped on, linking to its page.
 */
export function VillageHouseholds({
  village,
  villageName,
  programs,
  filter,
  onFilter,
  map,
  onClose,
}: {
  village: string;
  villageName: string;
  programs: readonly string[];
  filter: MapHouseholdFilter;
  onFilter: (filter: MapHouseholdFilter) => void;
  map: MapLibreMap | null;
  onClose?: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const points = useAsyncData(`${village}?${filterParams(filter).toString()}`, () =>
    fetchMapPoints(village, filter),
  );
  const [picked, setPicked] = useState<string | null>(null);
  const shown = points.status === 'success' ? points.data.points : null;

  useEffect(() => {
    if (!map || !shown) return;
    return showHouseholdPoints(map, shown, setPicked);
  }, [map, shown]);
  useEffect(() => {
    if (!map) return;
    return () => {
      try {
        hideHouseholdPoints(map);
      } catch {
        // The map went with the page: nothing left to clear.
      }
    };
  }, [map]);

  const household = shown?.find((p) => p.id === picked);
  return (
    <section
      className="panel poverty-map-village"
      aria-labelledby="poverty-village-title"
      data-testid="poverty-village"
    >
      <div className="poverty-map-village-header">
        <h2 id="poverty-village-title" className="section-title">
          {t('povertyMap.village.title', { name: villageName })}
        </h2>
        {onClose && (
          <button type="button" className="button button-secondary button-small" onClick={onClose}>
            {t('povertyMap.village.close')}
          </button>
        )}
      </div>
      <p>
        {/* Who each program missed here (and who it reaches but should not), with the enrol action. */}
        <Link
          to={{ pathname: '/bantuan-sosial/penargetan', search: `?region=${village}` }}
          data-testid="poverty-village-targeting"
        >
          {t('povertyMap.village.targeting')}
        </Link>
      </p>
      <DrillDownFilters programs={programs} filter={filter} onChange={onFilter} />
      {points.status === 'error' && (
        <LoadError
          title={t('povertyMap.village.pointsFailed')}
          error={points.error}
          onRetry={points.reload}
        />
      )}
      {shown && (
        <p className="muted" data-testid="poverty-points-count">
          {shown.length === 0
            ? t('povertyMap.village.noPoints')
            : t('povertyMap.village.points', { n: shown.length.toLocaleString(language) })}
        </p>
      )}
      {household && (
        <p className="poverty-map-household" aria-live="polite" data-testid="poverty-household">
          {household.householdNo && (
            <strong>{t('povertyMap.household.number', { no: household.householdNo })} </strong>
          )}
          <HouseholdBadges
            decile={household.decile}
            programs={household.programs}
            incomplete={household.incomplete}
          />{' '}
          <HouseholdLink village={village} id={household.id} label={t('povertyMap.household.open')} />
        </p>
      )}
      <DecileLegend />
    </section>
  );
}
