import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { StatusPage } from '../../StatusPage.tsx';
import { writableVillage, writesAnywhere } from '../shared/access.ts';
import { PopulationNav } from '../shared/PopulationNav.tsx';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';
import { MoveInForm } from './MoveInForm.tsx';
import '../../../i18n/lazy/populationEvents.ts';

/** Pindah datang: people arriving in the selected village, on a new family card or an existing one. */
export function MoveInPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const [searchParams] = useSearchParams();
  const village = writableVillage(user, code);
  // "?keluarga=35.10.01.2001/<id>" comes from a family card's "Pindah datang ke KK ini".
  const [familyVillage, familyId] = (searchParams.get('keluarga') ?? '').split('/');
  const presetFamily = familyVillage === village && familyId ? familyId : null;

  if (!writesAnywhere(user)) return <StatusPage kind="forbidden" />;
  return (
    <div className="page population-page" data-testid="move-in-page">
      <header className="page-header">
        <h1 className="page-title">{t('population.moveIn.title')}</h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      <PopulationNav />
      {village === null ? (
        <p className="notice notice-info">{t('population.forms.chooseVillage')}</p>
      ) : (
        <MoveInForm
          key={`${village}/${presetFamily ?? ''}`}
          villageCode={village}
          presetFamilyId={presetFamily}
        />
      )}
    </div>
  );
}
