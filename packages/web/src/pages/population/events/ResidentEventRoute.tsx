import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchResident } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { isRegionCode } from '../../../regions/regionCodes.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { StatusPage } from '../../StatusPage.tsx';
import { canWriteRegistry } from '../shared/access.ts';
import '../../../i18n/lazy/populationEvents.ts';

/** Loads the resident a form is about and checks the user may change the village's registry. */
export function ResidentEventRoute({ render }: { render: (resident: ResidentDetail) => ReactNode }) {
  const { village = '', id = '' } = useParams();
  const valid = isRegionCode(village) && id !== '';
  const user = useCurrentUser();
  const { t } = useTranslation();
  const resident = useAsyncData(valid ? `${village}/${id}` : null, () => fetchResident(village, id));

  if (!valid) return <StatusPage kind="notFound" />;
  if (!canWriteRegistry(user, village)) return <StatusPage kind="forbidden" />;
  if (resident.status === 'loading') return <p className="muted page">{t('app.loading')}</p>;
  if (resident.status === 'error') {
    return (
      <div className="page">
        <LoadError
          title={t('population.resident.loadFailed')}
          error={resident.error}
          onRetry={resident.reload}
        />
      </div>
    );
  }
  return render(resident.data);
}
