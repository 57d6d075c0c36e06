import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth, useCurrentUser } from '../auth/useAuth.ts';
import { roleLabel } from './roleLabel.ts';

/** Who is signed in, in which role, and the way out. Shown in the header on desktop, in the drawer on phones. */
export function UserSummary({ className }: { className: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { signOut } = useAuth();
  const [signingOut, setSigningOut] = useState(false);

  const handleSignOut = () => {
    setSigningOut(true);
    void signOut().finally(() => setSigningOut(false));
  };

  return (
    <div className={`user-summary ${className}`}>
      <div className="user-summary-text">
        <span className="user-name">{user.displayName}</span>
        <span className="user-role">{roleLabel(user, t)}</span>
      </div>
      {user.role !== 'citizen' && (
        <Link className="button button-ghost" to="/kata-sandi" data-testid="change-password-link">
          {t('header.changePassword')}
        </Link>
      )}
      <button type="button" className="button button-ghost" onClick={handleSignOut} disabled={signingOut}>
        {t('header.logout')}
      </button>
    </div>
  );
}
