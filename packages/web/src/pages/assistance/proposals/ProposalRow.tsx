import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProposalSummary } from '../../../api/proposals.ts';
import { formatShortAddress } from '../../../ui/format.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { proposalStatusLabel, proposalStepLabel, stepOwnerLabel } from './labels.ts';
import { ProposalClock } from './ProposalClock.tsx';
import '../../../i18n/lazy/proposals.ts';

/** One item of a queue: what, about whom, where it stands and whose step it waits for, and its clock. */
export function ProposalRow({ item }: { item: ProposalSummary }) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  return (
    <li
      className={item.overdue ? 'proposal-row overdue' : 'proposal-row'}
      data-testid="proposal-row"
      data-id={item.id}
    >
      <div className="proposal-row-head">
        <span className={`badge proposal-kind-${item.kind}`}>{t(`proposals.kind.${item.kind}`)}</span>
        <Link to={{ pathname: `/usul-sanggah/${item.villageCode}/${item.id}`, search }}>
          {item.program.name} — {item.subject.name ?? t('proposals.queue.unknownFamily')}
        </Link>
      </div>
      <span className="muted">
        {formatShortAddress(item.subject.dusun, item.subject.rw, item.subject.rt)}
        {item.subject.kkNumber && (
          <>
            {' · '}
            <span className="mono">{item.subject.kkNumber}</span>
          </>
        )}
      </span>
      <span className="proposal-row-status">
        <span className="proposal-status" data-status={item.status}>
          {proposalStatusLabel(item.status)}
        </span>
        {item.awaitedStep && item.stepOwner && (
          <span className="muted">
            {t('proposals.item.awaiting')}: {proposalStepLabel(item.awaitedStep)} (
            {stepOwnerLabel(item.stepOwner)})
          </span>
        )}
      </span>
      <ProposalClock item={item} />
    </li>
  );
}
