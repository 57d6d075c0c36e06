import { describe, expect, it } from 'vitest';
import { featureBounds, pointInFeature } from './boundaries.ts';
import type { BoundaryFeature } from './boundaries.ts';

const square = (west: number, south: number, size: number) => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ] as [number, number][],
];

describe('map bounds', () => {
  it('spans every part of a multipolygon (islets included)', () => {
    const feature: BoundaryFeature = {
      type: 'Feature',
      properties: { code: '35.10.01.2001', name: 'Sarongan' },
      geometry: { type: 'MultiPolygon', coordinates: [square(114, -8.6, 0.1), square(114.3, -8.7, 0.01)] },
    };
    const [west, south, east, north] = featureBounds(feature);
    expect(west).toBe(114);
    expect(south).toBe(-8.7);
    expect(east).toBeCloseTo(114.31);
    expect(north).toBeCloseTo(-8.5);
  });
});

describe('inside the village', () => {
  const withHole: BoundaryFeature = {
    type: 'Feature',
    properties: { code: '35.10.01.2001', name: 'Sarongan' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [[square(114, -8.6, 0.1)[0]!, square(114.04, -8.56, 0.02)[0]!], square(114.3, -8.7, 0.01)],
    },
  };

  it('finds a point in the main polygon and in an islet', () => {
    expect(pointInFeature(withHole, [114.01, -8.59])).toBe(true);
    expect(pointInFeature(withHole, [114.305, -8.695])).toBe(true);
  });

  it('leaves out holes and everything around', () => {
    expect(pointInFeature(withHole, [114.05, -8.55])).toBe(false);
    expect(pointInFeature(withHole, [114.2, -8.55])).toBe(false);
  });
});
