import { formatNumber } from './format.ts';
import { useTranslation } from 'react-i18next';

interface PaginationProps {
  total: number;
  /** More than `total` match (a search that stops counting): "1–25 dari lebih dari 1.000". */
  totalCapped?: boolean;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
}

/** "1–25 dari 134" with previous/next buttons: big targets, no page-number row to squeeze onto a phone. */
export function Pagination({ total, totalCapped = false, limit, offset, onChange }: PaginationProps) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  // One page: the count is still useful, the buttons are not.
  if (pages === 1) {
    return (
      <p className="pagination-status muted">
        {t(totalCapped ? 'pagination.rangeMore' : 'pagination.range', {
          from: formatNumber(from),
          to: formatNumber(to),
          total: formatNumber(total),
        })}
      </p>
    );
  }

  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button
        type="button"
        className="button button-secondary"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('pagination.previous')}
      </button>
      <p className="pagination-status" aria-live="polite">
        {t(totalCapped ? 'pagination.rangeMore' : 'pagination.range', {
          from: formatNumber(from),
          to: formatNumber(to),
          total: formatNumber(total),
        })}
        <span className="muted"> · {t('pagination.page', { page, pages })}</span>
      </p>
      <button
        type="button"
        className="button button-secondary"
        disabled={to >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
