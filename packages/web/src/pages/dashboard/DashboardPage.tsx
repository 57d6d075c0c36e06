import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { useSelectedRegion } from '../../regions/useSelectedRegion.ts';
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
        // Honest placeholder until the household view exists; citizens never browse other regions.
        <p className="notice notice-info">{t('dashboard.citizenNote')}</p>
      ) : (
        <RegionOverview code={code} />
      )}
    </div>
  );
}
