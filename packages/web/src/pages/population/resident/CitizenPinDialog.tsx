import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueCitizenPin } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { Dialog } from '../../../ui/Dialog.tsx';

type State =
  | { step: 'confirm' }
  | { step: 'busy' }
  | { step: 'shown'; pin: string }
  | { step: 'error'; message: string };

/**
 * Issues a sign-in PIN for the resident and shows it exactly once. The server keeps only a hash, so the
 * operator must write it down or hand it over now; closing the dialog forgets it.
 */
export function CitizenPinDialog({
  open,
  resident,
  onClose,
}: {
  open: boolean;
  resident: ResidentDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ step: 'confirm' });

  const close = () => {
    setState({ step: 'confirm' });
    onClose();
  };

  const issue = () => {
    setState({ step: 'busy' });
    issueCitizenPin(resident.villageCode, resident.id).then(
      ({ pin }) => setState({ step: 'shown', pin }),
      (error: unknown) =>
        setState({ step: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <Dialog open={open} title={t('population.pin.title')} onClose={close} testId="pin-dialog">
      {state.step === 'shown' ? (
        <div className="form-stack">
          <p>{t('population.pin.shownIntro', { name: resident.fullName })}</p>
          <p className="pin-display mono" data-testid="citizen-pin">
            {state.pin}
          </p>
          <p className="notice notice-warning" role="alert">
            <strong>{t('population.pin.writeDown')}</strong>
          </p>
          <p className="field-hint">{t('population.pin.howToUse')}</p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={close}>
              {t('population.pin.done')}
            </button>
          </div>
        </div>
      ) : (
        <div className="form-stack">
          <p>{t('population.pin.intro', { name: resident.fullName })}</p>
          <p className="field-hint">{t('population.pin.replaceNote')}</p>
          {state.step === 'error' && (
            <p className="notice notice-error" role="alert">
              {state.message}
            </p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={issue}
              disabled={state.step === 'busy'}
            >
              {state.step === 'busy' ? t('forms.saving') : t('population.pin.submit')}
            </button>
            <button type="button" className="button button-secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
