import { formatNumber } from './format.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from './Pagination.tsx';

export interface ListPage<T> {
  items: T[];
  total: number;
  /** A list that stops counting (name search): more than `total` match. */
  totalCapped?: boolean;
  limit: number;
  offset: number;
}

interface ResultsPanelProps<T> {
  /** null while loading. */
  page: ListPage<T> | null;
  /** "134 penduduk ditemukan", from the formatted total; `capped`: more than that many match. */
  found: (total: string, capped: boolean) => string;
  /** Beside the count: sort order, downloads. */
  tools?: ReactNode;
  /** Under the count, above the rows. */
  note?: ReactNode;
  /** Shown instead of the rows when the page is empty. */
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
  onPage: (offset: number) => void;
}

/** A list's results: the count (announced when it changes), the rows or what to do when there are none, paging. */
export function ResultsPanel<T>({ page, found, tools, note, empty, children, onPage }: ResultsPanelProps<T>) {
  const { t } = useTranslation();
  return (
    <section className="panel results-panel" aria-labelledby="results-title" aria-busy={page === null}>
      <div className="results-header">
        <h2 id="results-title" className="section-title" aria-live="polite">
          {page === null ? t('app.loading') : found(formatNumber(page.total), page.totalCapped === true)}
        </h2>
        {tools}
      </div>
      {note}
      {page !== null && page.items.length === 0 && empty}
      {page !== null && page.items.length > 0 && (
        <>
          {children(page.items)}
          <Pagination
            total={page.total}
            totalCapped={page.totalCapped === true}
            limit={page.limit}
            offset={page.offset}
            onChange={onPage}
          />
        </>
      )}
    </section>
  );
}
