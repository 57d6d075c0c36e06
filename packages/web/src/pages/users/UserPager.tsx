import { useTranslation } from 'react-i18next';
import { PAGE_SIZE } from './userRules.ts';
import '../../i18n/lazy/users.ts';

interface UserPagerProps {
  offset: number;
  /** Rows on this page. */
  count: number;
  hasNext: boolean;
  onChange: (offset: number) => void;
}

/**
 * Previous / next for a list whose total the server does not send: "Menampilkan 26–50 · halaman 2".
 * One page only: nothing to page through, so nothing is shown.
 */
export function UserPager({ offset, count, hasNext, onChange }: UserPagerProps) {
  const { t } = useTranslation();
  if (offset === 0 && !hasNext) return null;
  const page = Math.floor(offset / PAGE_SIZE) + 1;

  return (
    <nav className="pagination user-pager" aria-label={t('pagination.label')}>
      <button
        type="button"
        className="button button-secondary pager-previous"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - PAGE_SIZE))}
      >
        {t('pagination.previous')}
      </button>
      <p className="pagination-status" aria-live="polite">
        {t('users.list.range', { from: offset + 1, to: offset + count })}
        <span className="muted"> · {t('users.list.page', { page })}</span>
      </p>
      <button
        type="button"
        className="button button-secondary pager-next"
        disabled={!hasNext}
        onClick={() => onChange(offset + PAGE_SIZE)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
