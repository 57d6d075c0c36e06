import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fetchOverdueRequests, fetchRequestQueue, type LetterRequest } from '../../../api/letterRequests.ts';
import { levelOfCode } from '../../../regions/regionCodes.ts';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { RequestStatus } from './RequestClock.tsx';
import './i18n.ts';
import './requests.css';

const STATUSES = [
  'requested',
  'checked',
  'verified',
  'signed',
  'collected',
  'rejected',
  'cancelled',
] as const;

function RequestItems({ items, code }: { items: LetterRequest[]; code: string }) {
  const { t } = useTranslation('requests');
  return (
    <ul className="request-list">
      {items.map((request) => (
        <li key={request.id} className={request.overdue ? 'request-item overdue' : 'request-item'}>
          <Link className="request-item-title" to={`/surat/permohonan/${code}/${request.id}`}>
            {request.letterTypeName} — {request.subject.name}
          </Link>
          <span className="muted">
            {request.subject.nik} · {t(`detail.channel.${request.channel}`)}
          </span>
          <RequestStatus request={request} />
        </li>
      ))}
    </ul>
  );
}

/** Permohonan Surat: the village's queue, open requests first and the overdue ones on top, with their clocks. */
export function RequestQueuePage() {
  const { t } = useTranslation('requests');
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const isVillage = levelOfCode(code) === 'village';
  const query = new URLSearchParams({ limit: '50', ...(status ? { status } : {}) });
  const queue = useAsyncData(isVillage ? `${code}?${query.toString()}` : null, () =>
    fetchRequestQueue(code, query),
  );
  const overdue = useAsyncData(isVillage ? `overdue ${code}` : null, () => fetchOverdueRequests(code));

  return (
    <div className="page" data-testid="request-queue">
      <header className="page-header">
        <h1 className="page-title">{t('queue.title')}</h1>
        <p className="page-subtitle">{t('queue.subtitle', { region: regionTitle })}</p>
        <p className="request-actions">
          <Link to="/surat">{t('queue.letters')}</Link>
          <a href="/cek-surat.html">{t('queue.verifier')}</a>
        </p>
      </header>
      {!isVillage ? (
        <p className="notice notice-info">{t('queue.chooseVillage')}</p>
      ) : (
        <>
          <section className="panel form-stack" data-testid="overdue-requests">
            {overdue.status === 'success' && (
              <>
                <h2>{t('queue.overdueTitle', { count: overdue.data.total })}</h2>
                {overdue.data.items.length === 0 ? (
                  <p className="muted">{t('queue.overdueNone')}</p>
                ) : (
                  <RequestItems items={overdue.data.items} code={code} />
                )}
              </>
            )}
          </section>
          <section className="panel form-stack">
            <label className="field">
              {t('queue.filter')}
              <select
                value={status}
                onChange={(event) => setParams(event.target.value ? { status: event.target.value } : {})}
              >
                <option value="">{t('queue.all')}</option>
                {STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`status.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            {queue.status === 'loading' ? null : queue.status === 'error' ? (
              <LoadError title={t('queue.loadFailed')} error={queue.error} onRetry={queue.reload} />
            ) : queue.data.items.length === 0 ? (
              <p className="muted">{t('queue.empty')}</p>
            ) : (
              <RequestItems items={queue.data.items} code={code} />
            )}
          </section>
        </>
      )}
    </div>
  );
}
