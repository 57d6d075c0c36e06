// Village polygons of Banyuwangi (packages/server/data/geo, MIT, see its README), read once, and the
// point-in-polygon test (@turf/boolean-point-in-polygon): the generator places houses inside their village
// with it, and the household API refuses a house pinned outside its village.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

type Ring = [number, number][];
/** One polygon: the outer ring first, then holes. */
type Polygon = Ring[];

export interface VillageShape {
  code: string;
  name: string;
  districtCode: string;
  /** Every part of the village (islets too) as one GeoJSON MultiPolygon. */
  geometry: { type: 'MultiPolygon'; coordinates: Polygon[] };
  /** [minLng, minLat, maxLng, maxLat] */
  bbox: readonly [number, number, number, number];
  areaKm2: number;
}

interface Feature {
  properties: { code: string; name: string; district_code: string };
  geometry: { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: Polygon[] };
}

export const GEO_DIR = path.resolve(import.meta.dirname, '../../data/geo');

export const KM_PER_DEGREE_LAT = 110.6;
export const kmPerDegreeLng = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return Math.abs(sum / 2);
}

function shapeOf(feature: Feature): VillageShape {
  const { geometry, properties } = feature;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let [minLng, minLat, maxLng, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  let areaDeg = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, index) => (areaDeg += (index === 0 ? 1 : -1) * ringArea(ring)));
    for (const [lng, lat] of polygon[0]!) {
      minLng = Math.min(minLng, lng);
      maxLng = Math.max(maxLng, lng);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  }
  const midLat = (minLat + maxLat) / 2;
  return {
    code: properties.code,
    name: properties.name,
    districtCode: properties.district_code,
    geometry: { type: 'MultiPolygon', coordinates: polygons },
    bbox: [minLng, minLat, maxLng, maxLat],
    areaKm2: areaDeg * KM_PER_DEGREE_LAT * kmPerDegreeLng(midLat),
  };
}

let cache: Map<string, VillageShape> | undefined;

/** Every village polygon by code, read once from packages/server/data/geo/villages.geojson. */
export function villageShapes(): Map<string, VillageShape> {
  if (!cache) {
    const collection = JSON.parse(readFileSync(path.join(GEO_DIR, 'villages.geojson'), 'utf8')) as {
      features: Feature[];
    };
    cache = new Map(collection.features.map((f) => [f.properties.code, shapeOf(f)]));
  }
  return cache;
}

/** District names by code, from districts.geojson. */
export function districtNames(): Map<string, string> {
  const collection = JSON.parse(readFileSync(path.join(GEO_DIR, 'districts.geojson'), 'utf8')) as {
    features: { properties: { code: string; name: string } }[];
  };
  return new Map(collection.features.map((f) => [f.properties.code, f.properties.name]));
}

/**
 * Whether the point lies inside the village: in one of its polygons and not in a hole. A point exactly on a
 * boundary line counts as inside. The bounding box rejects most points of the generator's sampling first.
 */
export function insideShape(shape: VillageShape, lng: number, lat: number): boolean {
  const [minLng, minLat, maxLng, maxLat] = shape.bbox;
  if (lng < minLng || lng > maxLng || lat < minLat || lat > maxLat) return false;
  return booleanPointInPolygon([lng, lat], shape.geometry);
}
