import { formatNumber } from '../../ui/format.ts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Region } from '../../api/types.ts';
import { regionDisplayName, toTitleCaseIfShouting } from '../../regions/regionCodes.ts';
import { REGION_PARAM } from '../../regions/useSelectedRegion.ts';

/** One child region; the whole card is a link that selects it, so it is an easy target on a phone. */
export function RegionCard({ region }: { region: Region }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();

  return (
    <li>
      <Link
        className="region-card"
        to={{ pathname, search: `?${new URLSearchParams({ [REGION_PARAM]: region.code }).toString()}` }}
        aria-label={t('dashboard.openRegion', { name: regionDisplayName(region) })}
      >
        <span className="region-card-top">
          {/* Inside a district the desa/kelurahan difference matters; "Kecamatan" on every card would not. */}
          {region.kind && <span className="badge">{t(`kinds.${region.kind}`)}</span>}
          <span className="mono region-card-code">{region.code}</span>
        </span>
        <span className="region-card-name">{toTitleCaseIfShouting(region.name)}</span>
        {region.level !== 'village' && (
          <span className="region-card-count">
            <strong>{formatNumber(region.childCount)}</strong> {t('dashboard.childVillages')}
          </span>
        )}
      </Link>
    </li>
  );
}
