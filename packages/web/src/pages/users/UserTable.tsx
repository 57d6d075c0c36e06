import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { StaffAccount } from '../../api/users.ts';
import { roleLabel } from '../../layout/roleLabel.ts';
import { AccountBadges } from './AccountBadges.tsx';
import { areaLabel } from './userRules.ts';
import '../../i18n/lazy/users.ts';

interface UserTableProps {
  accounts: StaffAccount[];
  onUnlock: (account: StaffAccount) => void;
}

/** A table on a wide screen; on a phone the same rows restyle into labelled cards (CSS only, one DOM). */
export function UserTable({ accounts, onUnlock }: UserTableProps) {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <div className="table-scroll">
      <table className="data-table responsive-table user-table" data-testid="user-table">
        <caption className="visually-hidden">{t('users.list.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.fields.displayName')}</th>
            <th scope="col">{t('users.fields.username')}</th>
            <th scope="col">{t('users.fields.role')}</th>
            <th scope="col">{t('users.fields.area')}</th>
            <th scope="col">{t('users.fields.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('users.fields.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} data-testid="user-row" data-username={account.username}>
              <th scope="row" className="cell-title">
                <Link to={{ pathname: `/pengguna/${account.id}`, search }} data-testid="account-link">
                  {account.displayName}
                </Link>
              </th>
              <td data-label={t('users.fields.username')} className="mono cell-username">
                {account.username}
              </td>
              <td data-label={t('users.fields.role')}>{roleLabel(account, t)}</td>
              <td data-label={t('users.fields.area')}>{areaLabel(account)}</td>
              <td data-label={t('users.fields.status')}>
                <AccountBadges account={account} />
              </td>
              <td className="cell-actions">
                {account.locked && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('users.unlock.buttonFor', { name: account.displayName })}
                    onClick={() => onUnlock(account)}
                  >
                    {t('users.unlock.button')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
