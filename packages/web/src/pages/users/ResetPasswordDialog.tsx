import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetStaffPassword } from '../../api/users.ts';
import type { StaffAccount } from '../../api/users.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import '../../i18n/lazy/users.ts';

interface ResetPasswordDialogProps {
  /** The account whose password is reset; null keeps the dialog closed. */
  account: StaffAccount | null;
  onClose: () => void;
  /** The reset happened (whether or not the admin has closed the dialog yet). */
  onReset: () => void;
}

/**
 * "Atur ulang kata sandi": a confirmation, then the one-time password the server made, shown this once in
 * large letters to read out or write down. It is never shown again; a lost one takes another reset.
 */
export function ResetPasswordDialog({ account, onClose, onReset }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);

  const close = () => {
    setError(null);
    setPassword(null);
    onClose();
  };

  const confirm = () => {
    if (!account) return;
    setBusy(true);
    setError(null);
    resetStaffPassword(account.id).then(
      (oneTime) => {
        setBusy(false);
        setPassword(oneTime);
        onReset();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  };

  return (
    <Dialog
      open={account !== null}
      title={t('users.reset.title')}
      onClose={close}
      testId="reset-password-dialog"
    >
      {account && password === null && (
        <div className="form-stack">
          <p>{t('users.reset.intro', { name: account.displayName, username: account.username })}</p>
          <p className="notice notice-warning" role="note">
            {t('users.reset.effect')}
          </p>
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={confirm} disabled={busy}>
              {busy ? t('users.reset.busy') : t('users.reset.submit')}
            </button>
            <button type="button" className="button button-secondary" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {account && password !== null && (
        <div className="form-stack">
          <p>{t('users.reset.shown', { username: account.username })}</p>
          <p className="one-time-password mono" data-testid="one-time-password">
            {password}
          </p>
          <p className="notice notice-info" role="note">
            {t('users.reset.handOver')}
          </p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={close}>
              {t('users.reset.close')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
