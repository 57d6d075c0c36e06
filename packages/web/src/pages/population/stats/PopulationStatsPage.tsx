import { useTranslation } from 'react-i18next';
import { fetchPopulationStats } from '../../../api/population.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { PopulationNav } from '../shared/PopulationNav.tsx';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';
import { BreakdownChart } from './BreakdownChart.tsx';
import { PopulationPyramid } from './PopulationPyramid.tsx';
import { PopulationTotals } from './PopulationTotals.tsx';
import { VillageComparison } from './villages/VillageComparison.tsx';

/** Statistik: totals, age pyramid and breakdowns for the village, district or regency chosen in the header. */
export function PopulationStatsPage() {
  const { t } = useTranslation();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const stats = useAsyncData(code, () => fetchPopulationStats(code));

  return (
    <div className="page population-page" data-testid="population-stats-page">
      <header className="page-header">
        <h1 className="page-title">{t('population.stats.title')}</h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      <PopulationNav />
      {stats.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {stats.status === 'error' && (
        <LoadError title={t('population.stats.loadFailed')} error={stats.error} onRetry={stats.reload} />
      )}
      {stats.status === 'success' && (
        <>
          <section className="panel" aria-labelledby="totals-title">
            <h2 id="totals-title" className="section-title">
              {t('population.stats.totals')}
            </h2>
            <PopulationTotals totals={stats.data.totals} />
          </section>
          {stats.data.totals.residents === 0 ? (
            <p className="notice notice-info">{t('population.stats.empty')}</p>
          ) : (
            // Two columns of similar height on a wide screen, one column on a phone.
            <div className="chart-grid">
              <div className="chart-column">
                <PopulationPyramid pyramid={stats.data.pyramid} />
                <BreakdownChart
                  title={t('population.stats.religion')}
                  rows={stats.data.religion}
                  list="agama"
                />
                <BreakdownChart
                  title={t('population.stats.maritalStatus')}
                  rows={stats.data.maritalStatus}
                  list="status_kawin"
                />
              </div>
              <div className="chart-column">
                <BreakdownChart
                  title={t('population.stats.education')}
                  rows={stats.data.education}
                  list="pendidikan_kk"
                />
                <BreakdownChart
                  title={t('population.stats.occupation')}
                  rows={stats.data.occupation}
                  list="pekerjaan"
                  limit={10}
                />
              </div>
            </div>
          )}
          {/* A district or the regency compares its villages side by side. */}
          {code.split('.').length < 4 && <VillageComparison code={code} />}
          <p className="field-hint">{t('population.stats.note')}</p>
        </>
      )}
    </div>
  );
}
