import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchProposal, type ProposalItem } from '../../../../api/proposals.ts';
import { BackLink } from '../../../../ui/BackLink.tsx';
import { SuccessNotice } from '../../../../ui/SuccessNotice.tsx';
import { LoadError } from '../../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../../ui/useAsyncData.ts';
import { ProposalsNav } from '../ProposalsNav.tsx';
import { ItemFacts } from './ItemFacts.tsx';
import { ItemHints } from './ItemHints.tsx';
import { ItemRecord } from './ItemRecord.tsx';
import { StepPanel } from './StepPanel.tsx';
import '../proposals.css';
import '../../../../i18n/lazy/proposals.ts';

/** One usul or sanggah: the facts, the check's hints, the step the reader may take, decisions and history. */
export function ItemPage() {
  const { t } = useTranslation();
  const { village = '', id = '' } = useParams();
  const loaded = useAsyncData(`${village}/${id}`, () => fetchProposal(village, id));
  const [latest, setLatest] = useState<ProposalItem | null>(null);
  if (loaded.status === 'loading')
    return (
      <p className="muted" role="status">
        {t('app.loading')}
      </p>
    );
  if (loaded.status === 'error')
    return <LoadError title={t('proposals.item.loadFailed')} error={loaded.error} onRetry={loaded.reload} />;
  const item = latest?.id === id ? latest : loaded.data;
  return (
    <div className="page proposals-page" data-testid="proposal-item">
      <BackLink to="/usul-sanggah" label={t('proposals.item.back')} />
      <h1 className="page-title">
        {t('proposals.item.title', { kind: t(`proposals.kind.${item.kind}`), program: item.program.name })}
      </h1>
      <ProposalsNav />
      <SuccessNotice />
      <ItemFacts item={item} />
      {item.status === 'submitted' && <ItemHints item={item} />}
      <StepPanel item={item} onDone={setLatest} />
      <ItemRecord item={item} />
    </div>
  );
}
