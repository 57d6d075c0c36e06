// Point sampling inside village polygons: rejection sampling in the bounding box, so every generated house
// lies inside its own village.
import {
  insideShape,
  KM_PER_DEGREE_LAT,
  kmPerDegreeLng,
  type VillageShape,
} from '../../geo/village-shapes.ts';
import type { Rng } from './prng.ts';

/** Coordinates are stored to 6 decimals (about 0.1 m), like the source polygons; rounded before the
 * inside test so rounding can never move a house across the boundary. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

export interface Point {
  lng: number;
  lat: number;
}

/** A uniformly random point inside the village. */
export function randomPointIn(rng: Rng, shape: VillageShape): Point {
  const [minLng, minLat, maxLng, maxLat] = shape.bbox;
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const lng = round6(minLng + rng.next() * (maxLng - minLng));
    const lat = round6(minLat + rng.next() * (maxLat - minLat));
    if (insideShape(shape, lng, lat)) return { lng, lat };
  }
  throw new Error(`could not place a point inside village ${shape.code}`);
}

/** A point scattered around `center` (normal, sigma in metres) that stays inside the village. */
export function pointNear(rng: Rng, shape: VillageShape, center: Point, sigmaMetres: number): Point {
  const sigmaLat = sigmaMetres / 1000 / KM_PER_DEGREE_LAT;
  const sigmaLng = sigmaMetres / 1000 / kmPerDegreeLng(center.lat);
  for (let attempt = 0; attempt < 30; attempt++) {
    const lng = round6(center.lng + rng.normal() * sigmaLng);
    const lat = round6(center.lat + rng.normal() * sigmaLat);
    if (insideShape(shape, lng, lat)) return { lng, lat };
  }
  return randomPointIn(rng, shape);
}
