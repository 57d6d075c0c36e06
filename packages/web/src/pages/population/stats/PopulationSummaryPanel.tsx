import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchPopulationStats } from '../../../api/population.ts';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { PopulationTotals } from './PopulationTotals.tsx';

/** The dashboard's population numbers for the selected region, with the way to the full statistics. */
export function PopulationSummaryPanel({ code }: { code: string }) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  const stats = useAsyncData(code, () => fetchPopulationStats(code));
  // The dashboard stays useful without this panel: a failure here is not worth an error box.
  if (stats.status !== 'success') return null;
  return (
    <section className="panel" aria-labelledby="population-summary-title">
      <div className="panel-heading">
        <h2 id="population-summary-title" className="section-title">
          {t('population.stats.dashboardTitle')}
        </h2>
        <Link to={{ pathname: '/penduduk/statistik', search }}>{t('population.stats.openStats')}</Link>
      </div>
      <PopulationTotals totals={stats.data.totals} />
    </section>
  );
}
