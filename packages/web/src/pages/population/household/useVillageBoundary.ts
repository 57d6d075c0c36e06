import { useCallback, useEffect, useState } from 'react';
import { loadBoundaries, pointInFeature } from './boundaries.ts';
import type { BoundaryFeature } from './boundaries.ts';
import type { VillageTest } from './householdDraft.ts';

/**
 * The village polygon (from the boundary file shipped with the app) and a test whether a point lies inside
 * it; the test answers null until the file is loaded, or for a village the file does not have.
 */
export function useVillageBoundary(villageCode: string): VillageTest {
  const [feature, setFeature] = useState<BoundaryFeature | null>(null);

  useEffect(() => {
    let current = true;
    loadBoundaries('villages').then(
      (villages) => {
        if (current) setFeature(villages.features.find((f) => f.properties.code === villageCode) ?? null);
      },
      () => {
        // Without the file the server alone checks the boundary.
      },
    );
    return () => {
      current = false;
    };
  }, [villageCode]);

  return useCallback(
    (latitude: number, longitude: number) =>
      feature ? pointInFeature(feature, [longitude, latitude]) : null,
    [feature],
  );
}
