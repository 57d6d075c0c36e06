import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../api/types.ts';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { canOpen } from '../../layout/navigation.ts';
import { getRegion, getRegionChildren } from '../../regions/regionCache.ts';
import { regionDisplayName, sortByName } from '../../regions/regionCodes.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import { RegionBreadcrumb } from './RegionBreadcrumb.tsx';
import { RegionCard } from './RegionCard.tsx';
import { RegionStats } from './RegionStats.tsx';

// Its own chunk: citizens and village staff, whose home has no village table, never download it.
const VillageComparison = lazy(async () => ({
  default: (await import('../population/stats/villages/VillageComparison.tsx')).VillageComparison,
}));

async function loadOverview(code: string): Promise<{ region: Region; children: Region[] }> {
  // Both requests in parallel: one round trip of waiting instead of two on a slow connection.
  const [region, children] = await Promise.all([getRegion(code), getRegionChildren(code)]);
  return { region, children: sortByName(children) };
}

/** The selected region: name, level, code, headline numbers and a card per child region. */
export function RegionOverview({ code }: { code: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const overview = useAsyncData(code, () => loadOverview(code));

  if (overview.status === 'loading') {
    return (
      <section className="panel" aria-busy="true">
        <p className="muted">{t('app.loading')}</p>
      </section>
    );
  }
  if (overview.status === 'error') {
    return <LoadError title={t('dashboard.loadFailed')} error={overview.error} onRetry={overview.reload} />;
  }

  const { region, children } = overview.data;
  const name = regionDisplayName(region);
  const childTitle = region.level === 'district' ? 'dashboard.villagesIn' : 'dashboard.districtsIn';

  return (
    <>
      <section className="panel region-summary" aria-labelledby="region-title">
        <p className="eyebrow">{t('dashboard.selectedRegion')}</p>
        <h2 id="region-title" className="region-title">
          {name}
        </h2>
        <RegionBreadcrumb region={region} />
        <p className="region-meta">
          <span className="badge">
            {region.kind ? t(`kinds.${region.kind}`) : t(`levels.${region.level}`)}
          </span>
          <span>
            {t('dashboard.regionCode')}: <span className="mono">{region.code}</span>
          </span>
        </p>
        <RegionStats region={region} children={children} />
      </section>

      {/* A district or the regency: its villages side by side, for those who may read its population. */}
      {(region.level === 'district' || region.level === 'regency') && canOpen(user, 'population') && (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <VillageComparison code={region.code} />
        </Suspense>
      )}

      {region.level === 'village' ? (
        <p className="notice notice-info">{t('dashboard.villageLevelNote')}</p>
      ) : (
        <section aria-labelledby="children-title">
          <h2 id="children-title" className="section-title">
            {t(childTitle, { name })}
          </h2>
          {children.length === 0 ? (
            <p className="notice notice-info">{t('dashboard.noChildren')}</p>
          ) : (
            <ul className="region-grid">
              {children.map((child) => (
                <RegionCard key={child.code} region={child} />
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
