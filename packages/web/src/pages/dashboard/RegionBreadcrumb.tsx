import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Region } from '../../api/types.ts';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { getRegion } from '../../regions/regionCache.ts';
import { ancestorAt, isWithinArea, regionDisplayName } from '../../regions/regionCodes.ts';
import { REGION_PARAM } from '../../regions/useSelectedRegion.ts';
import { useAsyncData } from '../../ui/useAsyncData.ts';

/**
 * "Kabupaten Banyuwangi › Kecamatan Pesanggaran" under a village's name: where the selected region lies. Ancestors inside the
 * user's own area are links back up; those above it are plain text, for context only.
 */
export function RegionBreadcrumb({ region }: { region: Region }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const codes = (['regency', 'district'] as const)
    .map((level) => ancestorAt(region.code, level))
    .filter((code): code is string => code !== undefined && code !== region.code);
  const ancestors = useAsyncData(codes.length > 0 ? codes.join(',') : null, () =>
    Promise.all(codes.map((code) => getRegion(code))),
  );

  if (codes.length === 0 || ancestors.status !== 'success') return null;
  return (
    <nav className="breadcrumb" aria-label={t('dashboard.breadcrumb')}>
      <ol>
        {ancestors.data.map((ancestor) => (
          <li key={ancestor.code}>
            {isWithinArea(ancestor.code, user.areaCode) ? (
              <Link to={{ pathname, search: `?${REGION_PARAM}=${ancestor.code}` }}>
                {regionDisplayName(ancestor)}
              </Link>
            ) : (
              <span>{regionDisplayName(ancestor)}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
