import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchOwnProposals } from '../../../../api/myProposals.ts';
import { LoadError } from '../../../../ui/LoadError.tsx';
import { SuccessNotice } from '../../../../ui/SuccessNotice.tsx';
import { useAsyncData } from '../../../../ui/useAsyncData.ts';
import { OwnProposalCard } from './OwnProposalCard.tsx';
import './myProposals.css';
import '../../../../i18n/lazy/myProposals.ts';

/** Usul & Sanggah: the citizen's own items, newest first, each with its status, clock and decisions. */
export function MyProposalsPage() {
  const { t } = useTranslation();
  const list = useAsyncData('my-proposals', fetchOwnProposals);
  return (
    <div className="page" data-testid="my-proposals">
      <div className="page-header">
        <h1 className="page-title">{t('myProposals.title')}</h1>
        <p className="page-subtitle">{t('myProposals.intro')}</p>
      </div>
      <SuccessNotice />
      <p>
        <Link className="button button-primary" to="/usul-saya/baru">
          {t('myProposals.new')}
        </Link>
      </p>
      {list.status === 'loading' ? (
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      ) : list.status === 'error' ? (
        <LoadError title={t('myProposals.loadFailed')} error={list.error} onRetry={list.reload} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('myProposals.empty')}</p>
      ) : (
        <ul className="own-proposal-list">
          {list.data.items.map((item) => (
            <OwnProposalCard key={item.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}
