import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/useAuth.ts';
import { resolveSelectedRegion } from './regionCodes.ts';

export const REGION_PARAM = 'region';

/**
 * The selected region lives in the URL (`?region=35.10.01`) so it survives reloads and can be shared.
 * The user's own area is the default and the outer limit.
 */
export function useSelectedRegion(): { code: string; select: (code: string) => void } {
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const code = resolveSelectedRegion(searchParams.get(REGION_PARAM), user.areaCode);

  const select = useCallback(
    (next: string) => {
      setSearchParams((params) => {
        const updated = new URLSearchParams(params);
        if (next === user.areaCode) updated.delete(REGION_PARAM);
        else updated.set(REGION_PARAM, next);
        return updated;
      });
    },
    [setSearchParams, user.areaCode],
  );

  return { code, select };
}
