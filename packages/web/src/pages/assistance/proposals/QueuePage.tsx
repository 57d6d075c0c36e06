import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchProposals, ministryExportUrl } from '../../../api/proposals.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { formatNumber } from '../../../ui/format.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { SuccessNotice } from '../../../ui/SuccessNotice.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { exportsToMinistry, takesSteps } from './access.ts';
import { ProposalRow } from './ProposalRow.tsx';
import { ProposalsNav } from './ProposalsNav.tsx';
import {
  QUEUE_LIMIT,
  QUEUE_VIEWS,
  queueApiParams,
  readQueueFilters,
  withQueueFilters,
} from './queueQuery.ts';
import './proposals.css';
import '../../../i18n/lazy/proposals.ts';

/**
 * Usul & Sanggah: the queue of the selected area. Whoever takes a step (the village, the district, Dinas
 * Sosial) opens on what waits for them; overdue items lead the list and say so in words; a count of the
 * area's overdue items sits on top whatever the filter.
 */
export function QueuePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const [params, setParams] = useSearchParams();
  const stepper = takesSteps(user);
  const filters = readQueueFilters(params, stepper);
  const query = queueApiParams(code, filters);
  const queue = useAsyncData(query.toString(), () => fetchProposals(query));
  const overdueQuery = queueApiParams(code, { view: 'overdue', kind: '', offset: 0 });
  overdueQuery.set('limit', '1');
  const overdue = useAsyncData(overdueQuery.toString(), () => fetchProposals(overdueQuery));
  const views = QUEUE_VIEWS.filter((view) => view !== 'mine' || stepper);

  return (
    <div className="page proposals-page" data-testid="proposal-queue">
      <header className="page-header">
        <h1 className="page-title">{t('proposals.queue.title')}</h1>
        <p className="page-subtitle">{t('proposals.queue.subtitle', { region: regionTitle })}</p>
      </header>
      <ProposalsNav />
      <SuccessNotice />
      {overdue.status === 'success' && (
        <p
          className={overdue.data.total > 0 ? 'notice notice-warning' : 'notice notice-info'}
          data-testid="overdue-count"
        >
          {overdue.data.total > 0
            ? t('proposals.queue.overdueCount', { count: formatNumber(overdue.data.total) })
            : t('proposals.queue.noneOverdue')}
          {overdue.data.total > 0 && filters.view !== 'overdue' && (
            <>
              {' '}
              <button
                type="button"
                className="link-button"
                onClick={() => setParams(withQueueFilters(params, { view: 'overdue' }))}
              >
                {t('proposals.queue.showOverdue')}
              </button>
            </>
          )}
        </p>
      )}
      <section className="panel form-stack">
        <div className="proposal-filters">
          <div className="segmented" role="radiogroup" aria-label={t('proposals.queue.show')}>
            {views.map((view) => (
              <label key={view} className="segmented-option">
                <input
                  type="radio"
                  name="view"
                  checked={filters.view === view}
                  onChange={() => setParams(withQueueFilters(params, { view: view }))}
                />
                {t(`proposals.queue.${view}`)}
              </label>
            ))}
          </div>
          <label className="inline-field">
            <span>{t('proposals.queue.kind')}</span>
            <select
              value={filters.kind}
              onChange={(event) =>
                setParams(withQueueFilters(params, { kind: event.target.value as '' | 'usul' | 'sanggah' }))
              }
            >
              <option value="">{t('proposals.queue.allKinds')}</option>
              <option value="usul">{t('proposals.kind.usul')}</option>
              <option value="sanggah">{t('proposals.kind.sanggah')}</option>
            </select>
          </label>
        </div>
        {queue.status === 'loading' ? (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        ) : queue.status === 'error' ? (
          <LoadError title={t('proposals.queue.loadFailed')} error={queue.error} onRetry={queue.reload} />
        ) : queue.data.items.length === 0 ? (
          <p className="muted">{t('proposals.queue.empty')}</p>
        ) : (
          <>
            <ul className="proposal-list">
              {queue.data.items.map((item) => (
                <ProposalRow key={item.id} item={item} />
              ))}
            </ul>
            <Pagination
              total={queue.data.total}
              limit={QUEUE_LIMIT}
              offset={filters.offset}
              onChange={(offset) => setParams(withQueueFilters(params, { ...filters, offset }))}
            />
          </>
        )}
      </section>
      {exportsToMinistry(user) && (
        <section className="panel form-stack">
          <a
            className="button button-secondary"
            href={ministryExportUrl(code)}
            download
            data-testid="ministry-export"
          >
            {t('proposals.queue.export')}
          </a>
          <p className="field-hint">{t('proposals.queue.exportHint')}</p>
        </section>
      )}
    </div>
  );
}
