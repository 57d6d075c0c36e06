import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyResident } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { canWriteRegistry } from '../shared/access.ts';
import { flagExplanation } from '../shared/flagExplanation.ts';
import { ReasonDialog } from '../../../ui/ReasonDialog.tsx';

/**
 * "Perlu verifikasi": what the registry noticed (e.g. the birth date inside the NIK differs from the recorded
 * one), what to check, and, for village staff, the button to mark the record as checked.
 */
export function VerificationFlags({
  resident,
  onVerified,
}: {
  resident: ResidentDetail;
  onVerified: () => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  if (resident.flags.length === 0) return null;

  return (
    <section
      className="notice notice-warning flags-panel"
      aria-labelledby="flags-title"
      data-testid="flags-panel"
    >
      <h2 id="flags-title" className="notice-title">
        {t('population.flags.title')}
      </h2>
      <p>{t('population.flags.intro')}</p>
      <ul className="flag-list">
        {resident.flags.map((flag) => (
          <li key={flag}>{flagExplanation(flag, t)}</li>
        ))}
      </ul>
      {/* "Awaiting NIK" is cleared by adding the NIK, not by checking: nothing else to verify, no button. */}
      {canWriteRegistry(user, resident.villageCode) && resident.flags.some((f) => f !== 'NIK_TEMPORARY') && (
        <>
          <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
            {t('population.flags.verify')}
          </button>
          <ReasonDialog
            open={open}
            title={t('population.flags.verifyTitle')}
            intro={t('population.flags.verifyIntro')}
            reasonLabel={t('population.flags.verifyReason')}
            reasonHint={t('population.flags.verifyHint')}
            submitLabel={t('population.flags.verifySubmit')}
            onClose={() => setOpen(false)}
            onSubmit={async (reason) => {
              await verifyResident(resident.villageCode, resident.id, reason);
              onVerified();
            }}
          />
        </>
      )}
    </section>
  );
}
