import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../api/users.ts';
import '../../i18n/lazy/users.ts';

/** Aktif / Nonaktif, plus Terkunci while a sign-in lock-out lasts: a word and a colour, never colour alone. */
export function AccountBadges({ account }: { account: Pick<StaffAccount, 'active' | 'locked'> }) {
  const { t } = useTranslation();
  return (
    <span className="account-badges">
      {account.active ? (
        <span className="badge account-badge is-active">{t('users.status.active')}</span>
      ) : (
        <span className="badge account-badge is-inactive">{t('users.status.inactive')}</span>
      )}
      {account.locked && (
        <span className="badge account-badge is-locked" data-testid="locked-badge">
          <LockIcon />
          {t('users.status.locked')}
        </span>
      )}
    </span>
  );
}

function LockIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5zm-3 8V7a3 3 0 1 1 6 0v3H9z"
      />
    </svg>
  );
}
