// A choropleth of villages on the offline boundaries: the reusable map of the regency at a glance (and of
// the poverty map to come). It takes one value per village code; MapLibre is fetched only when a page shows
// one, as its own chunk.
import { lazy, Suspense, type ReactNode } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import './choropleth.css';

export interface ChoroplethProps {
  /** The region shown: the regency ('35.10') or one district ('35.10.01'). */
  area: string;
  /** One value per village code; null (or a village not listed) is "no data", drawn grey. */
  values: ReadonlyMap<string, number | null>;
  /** Village names by code, for the readout of the village pointed at. */
  names: ReadonlyMap<string, string>;
  formatValue: (value: number) => string;
  /** What the colours mean: the legend's title and the map's label for screen readers. */
  label: string;
  /** Called with a village's code when the reader asks to open it. */
  onSelect?: (villageCode: string) => void;
  /** More of the village pointed at, below its name and value in the readout (e.g. all its figures). */
  details?: (villageCode: string) => ReactNode;
  /** The readout button's label (default: open the village). */
  selectLabel?: string;
  /** A mouse click opens the village at once (`onSelect`); a tap on a phone still shows its figures first. */
  openOnClick?: boolean;
  /** A village to zoom to and outline; null or absent: the whole area. */
  focus?: string | null;
  /** The map once it is ready, null when it goes: for a page's own layers (points) and image export. */
  onMap?: (map: MapLibreMap | null) => void;
  /** A line under the legend about the values themselves (e.g. some being recounted). */
  legendNote?: string | undefined;
}

const ChoroplethMap = lazy(() => import('./ChoroplethMap.tsx'));

export function Choropleth(props: ChoroplethProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<div className="choropleth-map choropleth-loading">{t('map.loading')}</div>}>
      <ChoroplethMap {...props} />
    </Suspense>
  );
}
