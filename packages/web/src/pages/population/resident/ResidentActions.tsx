import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { voidResident } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { canIssueCitizenPin, canWriteRegistry } from '../shared/access.ts';
import { ReasonDialog } from '../../../ui/ReasonDialog.tsx';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { AssignNikDialog } from './AssignNikDialog.tsx';
import { CitizenPinDialog } from './CitizenPinDialog.tsx';

/** Life events and corrections for the village's own staff; read-only users see nothing here. */
export function ResidentActions({
  resident,
  onChanged,
}: {
  resident: ResidentDetail;
  /** `warnings`: what a change was saved with, to show beside the record (texts in the reader's language). */
  onChanged: (warnings?: string[]) => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = useRegionSearch();
  const [voidOpen, setVoidOpen] = useState(false);
  const [pinOpen, setPinOpen] = useState(false);
  const [nikOpen, setNikOpen] = useState(false);
  if (!canWriteRegistry(user, resident.villageCode)) return null;

  const base = `/penduduk/${resident.villageCode}/${resident.id}`;
  const present = resident.status === 'present';
  // Registered under a temporary number: the NIK Dukcapil issues is added as its own event.
  const awaitingNik = resident.flags.includes('NIK_TEMPORARY');
  const family = resident.family;

  return (
    <section className="panel actions-panel" aria-labelledby="actions-title">
      <h2 id="actions-title" className="section-title">
        {t('population.actions.title')}
      </h2>
      <div className="action-buttons">
        {present && awaitingNik && (
          <button type="button" className="button button-primary" onClick={() => setNikOpen(true)}>
            {t('population.assignNik.action')}
          </button>
        )}
        {present && resident.sex === 2 && resident.age >= 10 && family && (
          <Link
            className="button button-secondary"
            to={{
              pathname: `/keluarga/${resident.villageCode}/${family.id}/kelahiran`,
              search: `?${new URLSearchParams([...new URLSearchParams(search.slice(1)), ['ibu', resident.id]]).toString()}`,
            }}
          >
            {t('population.actions.birth')}
          </Link>
        )}
        {present && (
          <>
            <Link className="button button-secondary" to={{ pathname: `${base}/meninggal`, search }}>
              {t('population.actions.death')}
            </Link>
            <Link className="button button-secondary" to={{ pathname: `${base}/pindah-keluar`, search }}>
              {t('population.actions.moveOut')}
            </Link>
          </>
        )}
        {resident.status !== 'voided' && (
          <Link className="button button-secondary" to={{ pathname: `${base}/koreksi`, search }}>
            {t('population.actions.correct')}
          </Link>
        )}
        {/* The deceased too: the death letter is made for them (with its reporter and witnesses). */}
        {(present || resident.status === 'died') && canIssueCitizenPin(user, resident.villageCode) && (
          <Link
            className="button button-primary"
            to={{ pathname: `/surat/${resident.villageCode}/buat/${resident.id}`, search }}
            data-testid="make-letter"
          >
            {t('population.actions.letter')}
          </Link>
        )}
        {present && canIssueCitizenPin(user, resident.villageCode) && (
          <button type="button" className="button button-secondary" onClick={() => setPinOpen(true)}>
            {t('population.actions.pin')}
          </button>
        )}
        {resident.status !== 'voided' && (
          <button type="button" className="button button-danger-outline" onClick={() => setVoidOpen(true)}>
            {t('population.actions.void')}
          </button>
        )}
      </div>
      {!present && <p className="field-hint">{t('population.actions.notPresentNote')}</p>}
      <ReasonDialog
        open={voidOpen}
        danger
        title={t('population.void.title')}
        intro={t('population.void.intro', { name: resident.fullName })}
        notice={t('population.void.notice')}
        reasonLabel={t('population.void.reason')}
        submitLabel={t('population.void.submit')}
        onClose={() => setVoidOpen(false)}
        onSubmit={async (reason) => {
          await voidResident(resident.villageCode, resident.id, reason);
          onChanged();
        }}
      />
      <CitizenPinDialog open={pinOpen} resident={resident} onClose={() => setPinOpen(false)} />
      <AssignNikDialog
        open={nikOpen}
        resident={resident}
        onClose={() => setNikOpen(false)}
        onAssigned={(warnings) => onChanged(warnings)}
      />
    </section>
  );
}
