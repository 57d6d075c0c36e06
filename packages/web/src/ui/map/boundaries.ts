// The offline base map of every map (the household map, the regency choropleth): village and district
// boundaries served from /geo/levels/ with the app (MIT, see public/geo/README.md), at the level of detail
// the view needs (made at build time by boundary-levels.ts): the household's own village exactly, its
// neighbours in medium detail, the regency coarse when zoomed out.
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

/** One level of detail: village and district outlines (the regency, coarse, or one district, medium). */
export interface BoundaryLevel {
  villages: BoundaryCollection;
  districts: BoundaryCollection;
}

export interface LevelIndex {
  districts: { code: string; bounds: Bounds }[];
}

/** From this zoom on a map shows the villages of the districts in view in medium detail; below, the regency. */
export const DETAIL_ZOOM = 11;

const requests = new Map<string, Promise<unknown>>();

/** Each file is fetched once per page load (the browser revalidates it with its ETag on the next visit). */
function loadOnce<T>(path: string): Promise<T> {
  let request = requests.get(path) as Promise<T> | undefined;
  if (!request) {
    request = fetch(path).then(async (response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return (await response.json()) as T;
    });
    request.catch(() => requests.delete(path));
    requests.set(path, request);
  }
  return request;
}

const LEVELS = '/geo/levels';

/** The village exactly as the server has it: its outline on the map and the check of a pin against it. */
export const loadVillageOutline = (villageCode: string) =>
  loadOnce<BoundaryFeature>(`${LEVELS}/village/${encodeURIComponent(villageCode)}.json`);
export const loadLevelIndex = () => loadOnce<LevelIndex>(`${LEVELS}/index.json`);
export const loadRegencyLevel = () => loadOnce<BoundaryLevel>(`${LEVELS}/regency.json`);
export const loadDistrictLevel = (districtCode: string) =>
  loadOnce<BoundaryLevel>(`${LEVELS}/district/${encodeURIComponent(districtCode)}.json`);

const overlaps = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The districts whose box touches the view: the district files a zoomed-in map needs. */
export function districtsInView(index: LevelIndex, view: Bounds): string[] {
  return index.districts.filter((d) => overlaps(d.bounds, view)).map((d) => d.code);
}

/** Several district files as one level, for the map's sources. */
export function joinLevels(levels: BoundaryLevel[]): BoundaryLevel {
  const join = (pick: (level: BoundaryLevel) => BoundaryCollection): BoundaryCollection => ({
    type: 'FeatureCollection',
    features: levels.flatMap((level) => pick(level).features),
  });
  return { villages: join((l) => l.villages), districts: join((l) => l.districts) };
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
