// The boundary levels made at build time (boundary-levels.ts) over the real Banyuwangi file: every village at
// every level, neighbours that do not overlap after simplification (the topology is kept), the household's
// village exactly as the server has it, and files small enough for a phone.
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { boundaryLevels } from '../../../../boundary-levels.ts';
import {
  districtsInView,
  featureBounds,
  joinLevels,
  type BoundaryCollection,
  type BoundaryLevel,
  type LevelIndex,
} from '../../../ui/map/boundaries.ts';

const source = readFileSync(new URL('../../../../public/geo/villages.geojson', import.meta.url), 'utf8');
const serverCopy = readFileSync(
  new URL('../../../../../server/data/geo/villages.geojson', import.meta.url),
  'utf8',
);
const villages = JSON.parse(source) as BoundaryCollection;
const files = boundaryLevels(JSON.parse(source) as never);
const read = <T>(name: string) => JSON.parse(files.get(name)!) as T;
const regency = read<BoundaryLevel>('geo/levels/regency.json');
const index = read<LevelIndex>('geo/levels/index.json');
const districts = index.districts.map((d) => read<BoundaryLevel>(`geo/levels/district/${d.code}.json`));

/** Points of a grid over the regency that fall inside more than one village of a level. */
function overlaps(level: BoundaryCollection, step: number): number {
  const boxes = level.features.map((f) => ({ f, b: featureBounds(f) }));
  let shared = 0;
  for (let lng = 113.84; lng < 114.61; lng += step) {
    for (let lat = -8.78; lat < -7.88; lat += step) {
      const inside = boxes.filter(
        ({ f, b }) =>
          lng >= b[0] &&
          lng <= b[2] &&
          lat >= b[1] &&
          lat <= b[3] &&
          booleanPointInPolygon([lng, lat], f.geometry),
      );
      // A point exactly on a shared border is inside both; a grid point almost never is.
      if (inside.length > 1) shared++;
    }
  }
  return shared;
}

describe('boundary levels', () => {
  it('has every village and district in the regency file and in exactly one district file', () => {
    const codes = villages.features.map((f) => f.properties.code).sort();
    expect(regency.villages.features.map((f) => f.properties.code).sort()).toEqual(codes);
    expect(regency.districts.features).toHaveLength(25);
    expect(
      joinLevels(districts)
        .villages.features.map((f) => f.properties.code)
        .sort(),
    ).toEqual(codes);
    for (const [i, level] of districts.entries())
      for (const village of level.villages.features)
        expect(village.properties.code.startsWith(`${index.districts[i]!.code}.`)).toBe(true);
  });

  it('keeps neighbours apart after simplification: no point of a fine grid lies in two villages', () => {
    expect(overlaps(regency.villages, 0.004)).toBe(0);
    expect(overlaps(joinLevels(districts).villages, 0.004)).toBe(0);
  });

  it('gives each village its outline exactly as the server checks pins against it', () => {
    const server = JSON.parse(serverCopy) as BoundaryCollection;
    for (const village of server.features)
      expect(read(`geo/levels/village/${village.properties.code}.json`)).toEqual(village);
  });

  it('keeps the files a map loads small', () => {
    const size = (name: string) => files.get(name)!.length;
    expect(size('geo/levels/regency.json')).toBeLessThan(source.length / 6);
    for (const d of index.districts) expect(size(`geo/levels/district/${d.code}.json`)).toBeLessThan(60_000);
  });

  it('picks the district files whose box touches the view', () => {
    const sarongan = villages.features.find((f) => f.properties.code === '35.10.01.2001')!;
    const inView = districtsInView(index, featureBounds(sarongan));
    expect(inView).toContain('35.10.01');
    expect(inView.length).toBeLessThanOrEqual(3);
    expect(districtsInView(index, [100, 0, 101, 1])).toEqual([]);
  });
});
