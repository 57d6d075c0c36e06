import { useTranslation } from 'react-i18next';
import { unlockStaffAccount } from '../../api/users.ts';
import type { StaffAccount } from '../../api/users.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import '../../i18n/lazy/users.ts';

interface UnlockDialogProps {
  /** The account to unlock; null keeps the dialog closed. */
  account: StaffAccount | null;
  onClose: () => void;
  onUnlocked: (account: StaffAccount) => void;
}

/** "Buka kunci": a confirmation first, since the lock-out protects the account from password guessing. */
export function UnlockDialog({ account, onClose, onUnlocked }: UnlockDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={account !== null}
      title={t('users.unlock.title')}
      confirmLabel={t('users.unlock.submit')}
      onClose={onClose}
      onConfirm={async () => {
        if (!account) return;
        await unlockStaffAccount(account.id);
        onUnlocked(account);
      }}
      testId="unlock-dialog"
    >
      {account && (
        <>
          <p>{t('users.unlock.intro', { name: account.displayName, username: account.username })}</p>
          <p className="notice notice-warning" role="note">
            {t('users.unlock.check')}
          </p>
        </>
      )}
    </ConfirmDialog>
  );
}
