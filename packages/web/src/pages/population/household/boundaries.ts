// The offline base map: village and district boundaries served from /geo/ with the app (MIT, see
// public/geo/README.md). Fetched once per page load and only by the map, which is itself loaded lazily.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

export type Position = [number, number];

export interface BoundaryFeature {
  type: 'Feature';
  properties: { code: string; name: string; district_code?: string };
  geometry:
    { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

/** [west, south, east, north] */
export type Bounds = [number, number, number, number];

const requests = new Map<string, Promise<BoundaryCollection>>();

export function loadBoundaries(kind: 'villages' | 'districts'): Promise<BoundaryCollection> {
  let request = requests.get(kind);
  if (!request) {
    request = fetch(`/geo/${kind}.geojson`).then(async (response) => {
      if (!response.ok) throw new Error(`/geo/${kind}.geojson: ${response.status}`);
      return (await response.json()) as BoundaryCollection;
    });
    request.catch(() => requests.delete(kind));
    requests.set(kind, request);
  }
  return request;
}

/** The bounding box of a polygon or multipolygon. */
export function featureBounds(feature: BoundaryFeature): Bounds {
  const rings =
    feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [lng, lat] of ring) {
      bounds[0] = Math.min(bounds[0], lng);
      bounds[1] = Math.min(bounds[1], lat);
      bounds[2] = Math.max(bounds[2], lng);
      bounds[3] = Math.max(bounds[3], lat);
    }
  }
  return bounds;
}

/** Grows `bounds` to include a point (the household's pin may lie just outside a generalised boundary). */
export function extendBounds(bounds: Bounds, [lng, lat]: Position): Bounds {
  return [
    Math.min(bounds[0], lng),
    Math.min(bounds[1], lat),
    Math.max(bounds[2], lng),
    Math.max(bounds[3], lat),
  ];
}

/** Whole Banyuwangi, for when the village is not in the file. */
export const REGENCY_BOUNDS: Bounds = [113.8376, -8.7802, 114.6053, -7.8847];

/**
 * Whether a point lies inside the village polygon (holes excluded, a point on the boundary line inside): the
 * same test over the same file as the server's, so the form can say at once that a pin is outside before the
 * server refuses it.
 */
export function pointInFeature(feature: BoundaryFeature, point: Position): boolean {
  return booleanPointInPolygon(point, feature.geometry);
}
