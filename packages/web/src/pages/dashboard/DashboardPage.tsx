import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { canOpen } from '../../layout/navigation.ts';
import { useSelectedRegion } from '../../regions/useSelectedRegion.ts';
import { MyFamilySection } from '../population/citizen/MyFamilySection.tsx';
import { PopulationSummaryPanel } from '../population/stats/PopulationSummaryPanel.tsx';
import { GreetingPanel } from './GreetingPanel.tsx';
import { RegionOverview } from './RegionOverview.tsx';

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { code } = useSelectedRegion();

  return (
    <div className="page dashboard" data-testid="dashboard">
      <GreetingPanel />
      {user.role === 'citizen' ? (
        // Citizens see their own family card ("Keluarga Saya") and reach their letters; they never browse regions.
        <>
          <div className="citizen-links">
            <Link className="button button-secondary" to="/surat-saya" data-testid="my-letters-link">
              {t('population.citizen.myLetters')}
            </Link>
            <Link className="button button-secondary" to="/usul-saya" data-testid="my-proposals-link">
              {t('population.citizen.myProposals')}
            </Link>
          </div>
          <MyFamilySection />
        </>
      ) : (
        <>
          {canOpen(user, 'population') && <PopulationSummaryPanel code={code} />}
          <RegionOverview code={code} />
        </>
      )}
    </div>
  );
}
