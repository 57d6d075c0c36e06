import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchFamily } from '../../../api/population.ts';
import type { FamilyCard } from '../../../api/populationTypes.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { isRegionCode } from '../../../regions/regionCodes.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { StatusPage } from '../../StatusPage.tsx';
import { canWriteRegistry } from '../shared/access.ts';
import '../../../i18n/lazy/populationEvents.ts';

/** Loads the family card a form changes and checks the user may change the village's registry. */
export function FamilyEventRoute({ render }: { render: (family: FamilyCard) => ReactNode }) {
  const { village = '', id = '' } = useParams();
  const valid = isRegionCode(village) && id !== '';
  const user = useCurrentUser();
  const { t } = useTranslation();
  const family = useAsyncData(valid ? `${village}/${id}` : null, () => fetchFamily(village, id));

  if (!valid) return <StatusPage kind="notFound" />;
  if (!canWriteRegistry(user, village)) return <StatusPage kind="forbidden" />;
  if (family.status === 'loading') return <p className="muted page">{t('app.loading')}</p>;
  if (family.status === 'error') {
    return (
      <div className="page">
        <LoadError title={t('population.kk.loadFailed')} error={family.error} onRetry={family.reload} />
      </div>
    );
  }
  return render(family.data);
}
