import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { fetchStaffAccounts } from '../../api/users.ts';
import type { StaffAccount } from '../../api/users.ts';
import { levelOfCode } from '../../regions/regionCodes.ts';
import { useSelectedRegion } from '../../regions/useSelectedRegion.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import { useRegionTitle } from '../../regions/useRegionTitle.ts';
import { UnlockDialog } from './UnlockDialog.tsx';
import { UserPager } from './UserPager.tsx';
import { apiQuery, filtersFromSearch, filtersToSearch, pageOf, STAFF_ROLES } from './userRules.ts';
import type { UserListFilters } from './userRules.ts';
import { UserTable } from './UserTable.tsx';
import '../../i18n/lazy/users.ts';

/** The confirmation the "Tambah pengguna" form leaves behind (`navigate(…, { state: { notice } })`). */
function noticeFrom(state: unknown): string | null {
  return state && typeof state === 'object' && 'notice' in state ? String(state.notice) : null;
}

/**
 * Pengguna: the staff accounts of the area chosen in the header (the whole regency by default), filtered by
 * role, with "Buka kunci" for accounts held back after too many wrong passwords.
 */
export function UserListPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const roleId = useId();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const query = apiQuery(filters, code);
  const result = useAsyncData(query.toString(), () => fetchStaffAccounts(query));
  const [unlocking, setUnlocking] = useState<StaffAccount | null>(null);
  const [unlockNotice, setUnlockNotice] = useState<string | null>(null);
  const notice = unlockNotice ?? noticeFrom(location.state);

  const apply = (next: UserListFilters) => {
    setUnlockNotice(null);
    setSearchParams(filtersToSearch(next, searchParams));
  };

  // An offset can outlive its list (another area picked in the header): an empty later page goes back to
  // the first one instead of saying there is nobody.
  const emptyLaterPage = result.status === 'success' && result.data.length === 0 && filters.offset > 0;
  useEffect(() => {
    if (emptyLaterPage) {
      setSearchParams((params) => filtersToSearch({ ...filtersFromSearch(params), offset: 0 }, params), {
        replace: true,
      });
    }
  }, [emptyLaterPage, setSearchParams]);

  const page = result.status === 'success' ? pageOf(result.data) : null;

  return (
    <div className="page users-page" data-testid="user-list-page">
      <header className="users-page-header">
        <div className="page-header">
          <h1 className="page-title">{t('users.list.title')}</h1>
          <p className="page-subtitle">
            {levelOfCode(code) === 'village'
              ? t('users.list.subtitleVillage', { region: regionTitle })
              : t('users.list.subtitle', { region: regionTitle })}
          </p>
          <p className="field-hint">{t('users.list.areaHint')}</p>
        </div>
        <Link
          className="button button-primary"
          to={{ pathname: '/pengguna/baru', search: location.search }}
          data-testid="add-user"
        >
          <span aria-hidden="true">+</span> {t('users.list.add')}
        </Link>
      </header>

      {notice && (
        <p className="notice notice-success" role="status" data-testid="success-notice">
          {notice}
        </p>
      )}

      <section
        className="panel users-results"
        aria-labelledby="users-results-title"
        aria-busy={page === null}
      >
        <div className="users-results-header">
          <h2 id="users-results-title" className="section-title" aria-live="polite">
            {t('users.list.accounts')}
            {/* With a single page the count is known; the server sends no total for longer lists. */}
            {page !== null && filters.offset === 0 && !page.hasNext && (
              <span className="users-count"> · {t('users.list.count', { n: page.rows.length })}</span>
            )}
          </h2>
          <div className="inline-field">
            <label htmlFor={roleId}>{t('users.list.role')}</label>
            <select
              id={roleId}
              value={filters.role}
              data-testid="role-filter"
              onChange={(event) => apply({ role: event.target.value as UserListFilters['role'], offset: 0 })}
            >
              <option value="">{t('users.list.allRoles')}</option>
              {STAFF_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </div>
        </div>

        {result.status === 'error' ? (
          <LoadError title={t('users.list.loadFailed')} error={result.error} onRetry={result.reload} />
        ) : page === null ? (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        ) : page.rows.length === 0 ? (
          <p className="notice notice-info" data-testid="no-users">
            {filters.role ? t('users.list.noMatch') : t('users.list.empty')}
          </p>
        ) : (
          <>
            <UserTable accounts={page.rows} onUnlock={setUnlocking} />
            <UserPager
              offset={filters.offset}
              count={page.rows.length}
              hasNext={page.hasNext}
              onChange={(offset) => apply({ ...filters, offset })}
            />
          </>
        )}
      </section>

      <UnlockDialog
        account={unlocking}
        onClose={() => setUnlocking(null)}
        onUnlocked={(account) => {
          setUnlocking(null);
          setUnlockNotice(t('users.unlock.done', { name: account.displayName, username: account.username }));
          result.reload();
        }}
      />
    </div>
  );
}
