import { useCurrentUser } from '../../auth/useAuth.ts';
import { canOpen } from '../../layout/navigation.ts';
import { useSelectedRegion } from '../../regions/useSelectedRegion.ts';
import { MyFamilySection } from '../population/citizen/MyFamilySection.tsx';
import { PopulationSummaryPanel } from '../population/stats/PopulationSummaryPanel.tsx';
import { GreetingPanel } from './GreetingPanel.tsx';
import { RegionOverview } from './RegionOverview.tsx';

export function DashboardPage() {
  const user = useCurrentUser();
  const { code } = useSelectedRegion();

  return (
    <div className="page dashboard" data-testid="dashboard">
      <GreetingPanel />
      {user.role === 'citizen' ? (
        // Citizens have one page: their own family card ("Keluarga Saya"); they never browse regions.
        <MyFamilySection />
      ) : (
        <>
          {canOpen(user, 'population') && <PopulationSummaryPanel code={code} />}
          <RegionOverview code={code} />
        </>
      )}
    </div>
  );
}
