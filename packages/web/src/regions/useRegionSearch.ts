import { useSearchParams } from 'react-router';
import { REGION_PARAM } from './useSelectedRegion.ts';

/** `?region=…` of the current page (or ''), so links inside the module keep the selected area. */
export function useRegionSearch(): string {
  const [searchParams] = useSearchParams();
  const region = searchParams.get(REGION_PARAM);
  return region ? `?${new URLSearchParams({ [REGION_PARAM]: region }).toString()}` : '';
}
