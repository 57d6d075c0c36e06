import { useTranslation } from 'react-i18next';
import { fetchMyFamily } from '../../../api/population.ts';
import { ApiError } from '../../../api/client.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { FamilyCardView } from '../family/FamilyCardView.tsx';
import { MyIdentifiers } from './MyIdentifiers.tsx';

/** Keluarga Saya: the signed-in citizen's own family card, read only, with whom to ask about mistakes. */
export function MyFamilySection() {
  const { t } = useTranslation();
  const family = useAsyncData('me', fetchMyFamily);

  if (family.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (family.status === 'error') {
    if (family.error instanceof ApiError && family.error.status === 404) {
      return <p className="notice notice-info">{t('population.citizen.notLinked')}</p>;
    }
    return (
      <LoadError title={t('population.citizen.loadFailed')} error={family.error} onRetry={family.reload} />
    );
  }
  return (
    <div className="form-stack" data-testid="my-family">
      <MyIdentifiers />
      <FamilyCardView family={family.data} revealed={null} linkMembers={false} />
      <p className="notice notice-info">{t('population.citizen.mistakes')}</p>
    </div>
  );
}
