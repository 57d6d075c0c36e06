import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unlockStaffAccount } from '../../api/users.ts';
import type { StaffAccount } from '../../api/users.ts';
import { Dialog } from '../../ui/Dialog.tsx';

interface UnlockDialogProps {
  /** The account to unlock; null keeps the dialog closed. */
  account: StaffAccount | null;
  onClose: () => void;
  onUnlocked: (account: StaffAccount) => void;
}

/** "Buka kunci": a confirmation first, since the lock-out protects the account from password guessing. */
export function UnlockDialog({ account, onClose, onUnlocked }: UnlockDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = () => {
    if (!account) return;
    setBusy(true);
    setError(null);
    unlockStaffAccount(account.id).then(
      () => {
        setBusy(false);
        onUnlocked(account);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  };

  return (
    <Dialog open={account !== null} title={t('users.unlock.title')} onClose={close} testId="unlock-dialog">
      {account && (
        <div className="form-stack">
          <p>{t('users.unlock.intro', { name: account.displayName, username: account.username })}</p>
          <p className="notice notice-warning" role="note">
            {t('users.unlock.check')}
          </p>
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={confirm} disabled={busy}>
              {busy ? t('users.unlock.busy') : t('users.unlock.submit')}
            </button>
            <button type="button" className="button button-secondary" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
