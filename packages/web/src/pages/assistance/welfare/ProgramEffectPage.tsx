import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { ProgramEffectSection } from './ProgramEffectSection.tsx';
import '../../../i18n/lazy/welfare.ts';

/** Dampak program: the effect section on a page of its own (/bantuan-sosial/program/:id/dampak). */
export function ProgramEffectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { code } = useSelectedRegion();
  return (
    <div className="page" data-testid="program-effect-page">
      <div className="page-header">
        <h1 className="page-title">{t('welfare.effect.title')}</h1>
        <p className="page-subtitle">{t('welfare.effect.subtitle')}</p>
      </div>
      <ProgramEffectSection programId={id} region={code} />
    </div>
  );
}
