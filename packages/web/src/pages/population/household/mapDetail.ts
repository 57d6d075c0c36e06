// The neighbouring villages and the district lines follow the map: medium detail for the districts in view
// when zoomed in, the coarse regency file when zoomed out. A household page thus fetches its own village and
// one or two district files (a few KB), and the regency only if someone zooms out.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import {
  DETAIL_ZOOM,
  districtsInView,
  joinLevels,
  loadDistrictLevel,
  loadRegencyLevel,
  type BoundaryLevel,
  type Bounds,
  type LevelIndex,
} from '../../../ui/map/boundaries.ts';
import { CONTEXT_SOURCES } from './mapStyle.ts';

function viewOf(map: MapLibreMap): Bounds {
  const bounds = map.getBounds();
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
}

/** Which files the current view needs: 'regency', or the district codes in view. */
function neededFiles(map: MapLibreMap, index: LevelIndex | null): string[] {
  if (!index || map.getZoom() < DETAIL_ZOOM) return ['regency'];
  const codes = districtsInView(index, viewOf(map));
  return codes.length > 0 ? codes : ['regency'];
}

const load = (files: string[]): Promise<BoundaryLevel> =>
  files[0] === 'regency' ? loadRegencyLevel() : Promise.all(files.map(loadDistrictLevel)).then(joinLevels);

/**
 * Fills the map's context sources for the current view and again after every move that needs other files.
 * Resolves when the first view is drawn (or could not be: the village outline still stands).
 */
export function followZoomDetail(map: MapLibreMap, index: LevelIndex | null): Promise<void> {
  let shown = '';
  let latest = 0;
  const update = async () => {
    const files = neededFiles(map, index);
    const key = files.join(',');
    if (key === shown) return;
    const request = ++latest;
    const level = await load(files);
    // A later move asked for other files meanwhile: its answer wins.
    if (request !== latest || !map.getStyle()) return;
    shown = key;
    void map.getSource<GeoJSONSource>(CONTEXT_SOURCES.villages)?.setData(level.villages);
    void map.getSource<GeoJSONSource>(CONTEXT_SOURCES.districts)?.setData(level.districts);
  };
  const warn = (error: unknown) => console.warn('map boundaries', error);
  map.on('moveend', () => void update().catch(warn));
  return update().catch(warn);
}
