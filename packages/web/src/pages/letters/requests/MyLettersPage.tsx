import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchMyRequests } from '../../../api/letterRequests.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { RequestStatus } from './RequestClock.tsx';
import './i18n.ts';
import './requests.css';

/** Surat Saya: the citizen's own letter requests, newest first, each with its status and clock. */
export function MyLettersPage() {
  const { t } = useTranslation('requests');
  const list = useAsyncData('mine', fetchMyRequests);
  return (
    <div className="page" data-testid="my-letters">
      <div className="page-header">
        <h1 className="page-title">{t('mine.title')}</h1>
        <p className="page-subtitle">{t('mine.intro')}</p>
      </div>
      <p>
        <Link className="button" to="/surat-saya/baru">
          {t('mine.new')}
        </Link>
      </p>
      {list.status === 'loading' ? null : list.status === 'error' ? (
        <LoadError title={t('mine.loadFailed')} error={list.error} onRetry={list.reload} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('mine.empty')}</p>
      ) : (
        <ul className="request-list">
          {list.data.items.map((request) => (
            <li key={request.id} className={request.overdue ? 'request-item overdue' : 'request-item'}>
              <Link className="request-item-title" to={`/surat-saya/${request.id}`}>
                {request.letterTypeName}
              </Link>
              <span className="muted">
                {t('mine.forWhom')}: {request.subject.name}
              </span>
              <RequestStatus request={request} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
