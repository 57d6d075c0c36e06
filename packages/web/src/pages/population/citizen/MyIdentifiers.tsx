import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revealMyIdentifiers } from '../../../api/population.ts';

/** A citizen's own NIK and KK number in full, on request (each read is audited on the server). */
export function MyIdentifiers() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<{ nik: string; kkNumber: string | null } | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const show = () => {
    setBusy(true);
    setFailed(false);
    revealMyIdentifiers().then(
      (identifiers) => {
        setBusy(false);
        setShown(identifiers);
      },
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };

  if (shown) {
    return (
      <dl className="panel facts-list" data-testid="my-identifiers">
        <dt>{t('population.citizen.ownNik')}</dt>
        <dd className="mono identifier revealed">{shown.nik}</dd>
        <dt>{t('population.citizen.ownKk')}</dt>
        <dd className="mono identifier revealed">{shown.kkNumber ?? '—'}</dd>
      </dl>
    );
  }
  return (
    <div className="form-stack">
      <p className="field-hint">{t('population.citizen.ownNotice')}</p>
      {failed && <p className="notice notice-error">{t('population.citizen.loadFailed')}</p>}
      <div>
        <button type="button" className="button button-secondary" onClick={show} disabled={busy}>
          {t('population.citizen.ownShow')}
        </button>
      </div>
    </div>
  );
}
