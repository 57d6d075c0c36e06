// The drill-down's households on the choropleth's own map: a circle per pinned household, coloured by decile,
// drawn above the villages. Imperative MapLibre calls on the map the choropleth hands over (types only here,
// so MapLibre stays in its own lazy chunk).
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { MapPoint } from '../../../api/assistanceMap.ts';
import { decileColourExpression } from './mapMetrics.ts';

const SOURCE = 'poverty-households';
const LAYER = 'poverty-households-points';

function asGeoJson(points: readonly MapPoint[]) {
  return {
    type: 'FeatureCollection' as const,
    features: points.map((p) => ({
      type: 'Feature' as const,
      id: p.id,
      geometry: { type: 'Point' as const, coordinates: [p.longitude, p.latitude] },
      properties: { id: p.id, decile: p.decile },
    })),
  };
}

/** Shows `points` (replacing earlier ones); a click on one hands its id to `onPick`. */
export function showHouseholdPoints(
  map: MapLibreMap,
  points: readonly MapPoint[],
  onPick: (householdId: string) => void,
): () => void {
  const source = map.getSource<GeoJSONSource>(SOURCE);
  if (source) void source.setData(asGeoJson(points));
  else {
    map.addSource(SOURCE, { type: 'geojson', data: asGeoJson(points) as never });
    map.addLayer({
      id: LAYER,
      type: 'circle',
      source: SOURCE,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 3, 15, 7],
        'circle-color': decileColourExpression() as never,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    });
  }
  const click = (event: MapLayerMouseEvent) => {
    const id: unknown = event.features?.[0]?.properties.id;
    if (typeof id === 'string') onPick(id);
  };
  const enter = () => (map.getCanvas().style.cursor = 'pointer');
  const leave = () => (map.getCanvas().style.cursor = '');
  map.on('click', LAYER, click);
  map.on('mouseenter', LAYER, enter);
  map.on('mouseleave', LAYER, leave);
  return () => {
    map.off('click', LAYER, click);
    map.off('mouseenter', LAYER, enter);
    map.off('mouseleave', LAYER, leave);
  };
}

export function hideHouseholdPoints(map: MapLibreMap) {
  if (map.getLayer(LAYER)) map.removeLayer(LAYER);
  if (map.getSource(SOURCE)) map.removeSource(SOURCE);
}
