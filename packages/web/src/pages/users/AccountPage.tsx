import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { fetchStaffAccount, setStaffAccountActive } from '../../api/users.ts';
import type { StaffAccount } from '../../api/users.ts';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { roleLabel } from '../../layout/roleLabel.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import { StatusPage } from '../StatusPage.tsx';
import { AccountBadges } from './AccountBadges.tsx';
import { AccountEditForm } from './AccountEditForm.tsx';
import { ResetPasswordDialog } from './ResetPasswordDialog.tsx';
import { UnlockDialog } from './UnlockDialog.tsx';
import { areaLabel } from './userRules.ts';
import '../../i18n/lazy/users.ts';

type Dialogs = 'reset' | 'deactivate' | 'reactivate' | 'unlock' | null;

/**
 * One staff account, for the regency admin: change its name, role and area; reset its password to a
 * one-time password; deactivate or reactivate it; lift a sign-in wait. Each is audited by the server.
 */
export function AccountPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const admin = useCurrentUser();
  const result = useAsyncData(id, () => fetchStaffAccount(id));
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (result.status === 'error' && result.error instanceof ApiError && result.error.status === 404)
    return <StatusPage kind="notFound" />;
  const back = <BackLink to="/pengguna" label={t('users.create.back')} />;
  if (result.status !== 'success')
    return (
      <div className="page">
        {back}
        {result.status === 'error' ? (
          <LoadError title={t('users.account.loadFailed')} error={result.error} onRetry={result.reload} />
        ) : (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )}
      </div>
    );

  const account = result.data;
  const own = account.id === admin.id;
  const done = (message: string) => {
    setNotice(message);
    result.reload();
  };
  const names = { name: account.displayName, username: account.username };

  return (
    <div className="page users-account-page" data-testid="account-page">
      {back}
      <header className="page-header">
        <h1 className="page-title">{account.displayName}</h1>
        <p className="page-subtitle">
          <span className="mono">{account.username}</span> · {roleLabel(account, t)} · {areaLabel(account)}
        </p>
        <AccountBadges account={account} />
        {account.passwordChangeRequired && (
          <p className="field-hint" data-testid="password-change-pending">
            {t('users.account.changePending')}
          </p>
        )}
      </header>

      {notice && (
        <p className="notice notice-success" role="status" data-testid="success-notice">
          {notice}
        </p>
      )}

      <AccountEditForm
        key={`${account.role}|${account.areaCode}|${account.displayName}`}
        account={account}
        onSaved={(saved: StaffAccount) => done(t('users.account.saved', { name: saved.displayName }))}
      />

      <section className="panel form-stack" aria-labelledby="account-actions-title">
        <h2 id="account-actions-title" className="section-title">
          {t('users.account.actionsTitle')}
        </h2>
        <div className="account-actions">
          <button
            type="button"
            className="button button-secondary"
            data-testid="reset-password"
            onClick={() => setDialog('reset')}
          >
            {t('users.reset.button')}
          </button>
          {account.locked && (
            <button type="button" className="button button-secondary" onClick={() => setDialog('unlock')}>
              {t('users.unlock.button')}
            </button>
          )}
          {account.active && !own && (
            <button
              type="button"
              className="button button-danger"
              data-testid="deactivate"
              onClick={() => setDialog('deactivate')}
            >
              {t('users.account.deactivate')}
            </button>
          )}
          {!account.active && (
            <button
              type="button"
              className="button button-secondary"
              data-testid="reactivate"
              onClick={() => setDialog('reactivate')}
            >
              {t('users.account.reactivate')}
            </button>
          )}
        </div>
      </section>

      <ResetPasswordDialog
        account={dialog === 'reset' ? account : null}
        // Reloading unmounts the page's content: only once the one-time password has been read and closed.
        onClose={() => {
          setDialog(null);
          result.reload();
        }}
        onReset={() => setNotice(t('users.reset.done', names))}
      />
      <UnlockDialog
        account={dialog === 'unlock' ? account : null}
        onClose={() => setDialog(null)}
        onUnlocked={() => {
          setDialog(null);
          done(t('users.unlock.done', names));
        }}
      />
      <ConfirmDialog
        open={dialog === 'deactivate' || dialog === 'reactivate'}
        title={dialog === 'reactivate' ? t('users.account.reactivate') : t('users.account.deactivate')}
        confirmLabel={dialog === 'reactivate' ? t('users.account.reactivate') : t('users.account.deactivate')}
        danger={dialog === 'deactivate'}
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          const active = dialog === 'reactivate';
          await setStaffAccountActive(account.id, active);
          done(t(active ? 'users.account.reactivated' : 'users.account.deactivated', names));
        }}
        testId="active-dialog"
      >
        <p>
          {dialog === 'reactivate'
            ? t('users.account.reactivateIntro', names)
            : t('users.account.deactivateIntro', names)}
        </p>
      </ConfirmDialog>
    </div>
  );
}
