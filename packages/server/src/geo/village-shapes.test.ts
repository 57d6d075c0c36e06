// Whether a point is inside a village: in one of its polygons (islets too), not in a hole, on the boundary
// line inside; and over the real boundaries, the villages of Banyuwangi do not overlap.
import { describe, expect, it } from 'vitest';
import { insideShape, villageShapes, type VillageShape } from './village-shapes.ts';

const square = (west: number, south: number, size: number): [number, number][] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

/** A main polygon with a hole, and an islet to the south-east. */
const withHoleAndIslet: VillageShape = {
  code: '35.10.01.2001',
  name: 'Contoh',
  districtCode: '35.10.01',
  geometry: {
    type: 'MultiPolygon',
    coordinates: [[square(114, -8.6, 0.1), square(114.04, -8.56, 0.02)], [square(114.3, -8.7, 0.01)]],
  },
  bbox: [114, -8.7, 114.31, -8.5],
  areaKm2: 0,
};

describe('insideShape', () => {
  it('finds a point in the main polygon and in an islet', () => {
    expect(insideShape(withHoleAndIslet, 114.01, -8.59)).toBe(true);
    expect(insideShape(withHoleAndIslet, 114.305, -8.695)).toBe(true);
  });

  it('leaves out holes and the sea between the parts, though both lie in the bounding box', () => {
    expect(insideShape(withHoleAndIslet, 114.05, -8.55)).toBe(false);
    expect(insideShape(withHoleAndIslet, 114.2, -8.55)).toBe(false);
    expect(insideShape(withHoleAndIslet, 114.5, -8.55)).toBe(false);
  });

  it('counts a point on the boundary line as inside', () => {
    expect(insideShape(withHoleAndIslet, 114, -8.55)).toBe(true);
    expect(insideShape(withHoleAndIslet, 114.05, -8.6)).toBe(true);
  });

  it('puts every point of a grid over each village in exactly one village of the regency', () => {
    const shapes = [...villageShapes().values()];
    expect(shapes).toHaveLength(217);
    for (const shape of shapes) {
      const [minLng, minLat, maxLng, maxLat] = shape.bbox;
      let inside = 0;
      for (let i = 1; i < 12; i++) {
        for (let j = 1; j < 12; j++) {
          const lng = minLng + ((maxLng - minLng) * i) / 12;
          const lat = minLat + ((maxLat - minLat) * j) / 12;
          if (!insideShape(shape, lng, lat)) continue;
          inside++;
          const containing = shapes.filter((other) => insideShape(other, lng, lat)).map((s) => s.code);
          expect(containing, `${lng}, ${lat}`).toEqual([shape.code]);
        }
      }
      // Irregular shapes leave part of their box empty, but every village holds some of the grid.
      expect(inside, shape.code).toBeGreaterThan(0);
      expect(inside, shape.code).toBeLessThan(121);
    }
  });
});
