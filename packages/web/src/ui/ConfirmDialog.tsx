import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/index.ts';
import { Dialog } from './Dialog.tsx';
import { FormErrorSummary } from './FormErrorSummary.tsx';
import { splitServerErrors } from './formErrors.ts';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onClose: () => void;
  /** Rejects with an ApiError to keep the dialog open and say why. */
  onConfirm: () => Promise<void>;
  testId?: string;
}

/** "Are you sure?" for a change that needs no reason: says what happens, then does it or not. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, danger, onClose, onConfirm, testId } = props;
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  const close = () => {
    setErrors([]);
    onClose();
  };

  const confirm = () => {
    setBusy(true);
    setErrors([]);
    onConfirm().then(
      () => {
        setBusy(false);
        close();
      },
      (failure: unknown) => {
        setBusy(false);
        const split = splitServerErrors(failure, currentLanguage(), () => null);
        setErrors(split.general);
      },
    );
  };

  return (
    <Dialog open={open} title={title} onClose={close} testId={testId}>
      <div className="form-stack">
        {children}
        <FormErrorSummary messages={errors} fieldCount={0} />
        <div className="form-actions">
          <button
            type="button"
            className={danger ? 'button button-danger' : 'button button-primary'}
            disabled={busy}
            onClick={confirm}
          >
            {busy ? t('forms.saving') : confirmLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
