import { useCallback, useEffect, useState } from 'react';
import { loadVillageOutline, pointInFeature } from '../../../ui/map/boundaries.ts';
import type { BoundaryFeature } from '../../../ui/map/boundaries.ts';
import type { VillageTest } from './householdDraft.ts';

/**
 * The village polygon (its full-detail file shipped with the app, the server's own) and a test whether a
 * point lies inside it; the test answers null until the file is loaded, or for a village with no file.
 */
export function useVillageBoundary(villageCode: string): VillageTest {
  const [feature, setFeature] = useState<BoundaryFeature | null>(null);

  useEffect(() => {
    let current = true;
    setFeature(null);
    loadVillageOutline(villageCode).then(
      (outline) => {
        if (current) setFeature(outline);
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
