// A build step: the village boundaries at the levels of detail a map needs, so a phone downloads only what
// its view shows instead of the whole regency at full detail (1 MB).
//   geo/levels/regency.json               every village and district, coarse: the map zoomed out
//   geo/levels/district/<district>.json   one district's villages and outline, medium: a few villages in view
//   geo/levels/village/<village>.json     one village exactly as the server has it: its outline on the map
//                                         and the check of a pin against it, the same as the server's
//   geo/levels/index.json                 each district's bounding box, to pick the district files in view
// Simplification is topological (topojson-simplify over a topology from topojson-server): a border shared by
// two villages is one arc, simplified once, so neighbours still meet exactly and never overlap or gap. The
// districts are merged from the simplified villages, so their lines lie on the village lines.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';

type Shape = Polygon | MultiPolygon;
interface VillageProperties {
  code: string;
  name: string;
  district_code: string;
}
type VillageFeature = Feature<Shape, VillageProperties>;
interface LevelFile {
  villages: FeatureCollection<Shape, { code: string }>;
  districts: FeatureCollection<Shape, { code: string }>;
}

/** Share of points kept and decimals of a degree (4 ≈ 11 m, 5 ≈ 1 m) at each simplified level. */
export const LEVELS = {
  regency: { keep: 0.06, decimals: 4 },
  district: { keep: 0.45, decimals: 5 },
} as const;

function roundRing(ring: Position[], decimals: number): Position[] {
  const factor = 10 ** decimals;
  const out: Position[] = [];
  for (const [lng, lat] of ring) {
    const point = [Math.round(lng! * factor) / factor, Math.round(lat! * factor) / factor];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/** Rounds a shape and drops rings that simplification left with no area (fewer than four positions). */
function roundShape(geometry: Shape, decimals: number): Shape | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings.map((ring) => roundRing(ring, decimals));
    // An islet smaller than the level's detail vanishes at that level.
    if (!outer || outer.length < 4) continue;
    kept.push([outer, ...holes.filter((hole) => hole.length >= 4)]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0]! }
    : { type: 'MultiPolygon', coordinates: kept };
}

function collection(features: { code: string; geometry: Shape | null }[]) {
  return {
    type: 'FeatureCollection' as const,
    features: features
      .filter((f): f is { code: string; geometry: Shape } => f.geometry !== null)
      .map((f) => ({ type: 'Feature' as const, properties: { code: f.code }, geometry: f.geometry })),
  };
}

function bounds(geometries: Shape[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) {
    const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
    for (const [lng, lat] of rings.flat()) {
      box[0] = Math.min(box[0], lng!);
      box[1] = Math.min(box[1], lat!);
      box[2] = Math.max(box[2], lng!);
      box[3] = Math.max(box[3], lat!);
    }
  }
  return box;
}

const props = (geometry: unknown) => (geometry as { properties: VillageProperties }).properties;

/** Every file of the levels, by path under the web root, from the full-detail village collection. */
export function boundaryLevels(villages: FeatureCollection<Shape, VillageProperties>): Map<string, string> {
  const files = new Map<string, string>();
  const features = villages.features as VillageFeature[];
  // No quantisation: borders are shared where the source has the same coordinates, which it does.
  const topo = presimplify(topology({ villages }) as unknown as Topology<Objects>);
  const districtCodes = [...new Set(features.map((f) => f.properties.district_code))].sort();

  const level = (keep: number, decimals: number, districtsOnly?: string) => {
    // quantile(p) is the weight above which a share p of the points lies (weights sorted descending).
    const simplified = simplify(topo, quantile(topo, keep));
    const object = simplified.objects.villages as GeometryCollection;
    const chosen = object.geometries.filter(
      (g) => !districtsOnly || props(g).district_code === districtsOnly,
    );
    const villageShapes = chosen.map((g) => ({
      code: props(g).code,
      geometry: roundShape((feature(simplified, g) as VillageFeature).geometry, decimals),
    }));
    const districtShapes = districtCodes
      .filter((code) => !districtsOnly || code === districtsOnly)
      .map((code) => ({
        code,
        geometry: roundShape(
          merge(
            simplified,
            object.geometries.filter((g) => props(g).district_code === code) as never,
          ) as Shape,
          decimals,
        ),
      }));
    const file: LevelFile = { villages: collection(villageShapes), districts: collection(districtShapes) };
    return file;
  };

  files.set('geo/levels/regency.json', JSON.stringify(level(LEVELS.regency.keep, LEVELS.regency.decimals)));
  const index: { code: string; bounds: [number, number, number, number] }[] = [];
  for (const code of districtCodes) {
    const file = level(LEVELS.district.keep, LEVELS.district.decimals, code);
    files.set(`geo/levels/district/${code}.json`, JSON.stringify(file));
    index.push({ code, bounds: bounds(file.districts.features.map((f) => f.geometry)) });
  }
  files.set('geo/levels/index.json', JSON.stringify({ districts: index }));
  for (const village of features)
    files.set(`geo/levels/village/${village.properties.code}.json`, JSON.stringify(village));
  return files;
}

/** Emits the levels into the build, beside the full files in public/geo. */
export function boundaryLevelFiles(villagesFile: string): Plugin {
  return {
    name: 'smart-kampung-boundary-levels',
    apply: 'build',
    generateBundle() {
      const villages = JSON.parse(readFileSync(villagesFile, 'utf8')) as FeatureCollection<
        Shape,
        VillageProperties
      >;
      for (const [fileName, source] of boundaryLevels(villages))
        this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
