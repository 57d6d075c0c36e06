import { getRegion } from './regionCache.ts';
import { regionDisplayName } from './regionCodes.ts';
import { useAsyncData } from '../ui/useAsyncData.ts';

/** "Desa Sarongan" for a region code; the code itself until the name has loaded (or if it cannot). */
export function useRegionTitle(code: string): string {
  const region = useAsyncData(code, () => getRegion(code));
  return region.status === 'success' ? regionDisplayName(region.data) : code;
}
