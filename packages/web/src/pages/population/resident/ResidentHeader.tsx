import { useTranslation } from 'react-i18next';
import type { ResidentDetail, RevealedResident } from '../../../api/populationTypes.ts';
import { toTitleCaseIfShouting } from '../../../regions/regionCodes.ts';
import { FlagBadge } from '../shared/FlagBadge.tsx';
import { StatusBadge } from '../shared/StatusBadge.tsx';

interface ResidentHeaderProps {
  resident: ResidentDetail;
  revealed: RevealedResident | null;
  onReveal: () => void;
  onHide: () => void;
}

export function ResidentHeader({ resident, revealed, onReveal, onHide }: ResidentHeaderProps) {
  const { t } = useTranslation();
  return (
    <section className="panel resident-header" aria-labelledby="resident-name">
      <p className="eyebrow">{t('population.resident.eyebrow')}</p>
      <h1 id="resident-name" className="page-title">
        {resident.fullName}
      </h1>
      <p className="resident-badges">
        <StatusBadge status={resident.status} />
        <FlagBadge count={resident.flags.length} />
        <span className="muted">
          {t('population.resident.villageLine', { village: toTitleCaseIfShouting(resident.villageName) })}
        </span>
      </p>
      <div className="identifier-row">
        <span className="identifier-label">{t('population.fields.nik')}</span>
        <span
          className={revealed ? 'mono identifier revealed' : 'mono identifier'}
          data-testid="resident-nik"
        >
          {revealed ? revealed.nik : resident.nikMasked}
        </span>
        {revealed ? (
          <button type="button" className="button button-secondary button-small" onClick={onHide}>
            {t('population.reveal.hide')}
          </button>
        ) : (
          <button type="button" className="button button-secondary button-small" onClick={onReveal}>
            {t('population.reveal.button')}
          </button>
        )}
      </div>
    </section>
  );
}
