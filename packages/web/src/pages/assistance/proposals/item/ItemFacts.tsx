import { useTranslation } from 'react-i18next';
import type { ProposalItem } from '../../../../api/proposals.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { formatDateTime } from '../../../../ui/format.ts';
import { proposalStatusLabel, proposalStepLabel, stepOwnerLabel } from '../labels.ts';
import { programLevelLabel } from '../staffLabels.ts';
import { ProposalClock } from '../ProposalClock.tsx';
import { subjectAddress } from '../subjectAddress.ts';
import '../../../../i18n/lazy/proposals.ts';

/**
 * Who and what the item is about, who made it and where it stands. A sanggah names no disputer: the API
 * gives none, and the page says only how it came in.
 */
export function ItemFacts({ item }: { item: ProposalItem }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { subject } = item;
  return (
    <section className="panel form-stack" aria-labelledby="item-facts">
      <p className="proposal-row-status">
        <span className="proposal-status proposal-status-large" data-status={item.status} id="item-facts">
          {proposalStatusLabel(item.status)}
        </span>
        {item.awaitedStep && item.stepOwner && (
          <span>
            {t('proposals.item.awaiting')}: {proposalStepLabel(item.awaitedStep)} (
            {stepOwnerLabel(item.stepOwner)})
          </span>
        )}
        <ProposalClock item={item} />
      </p>
      <dl className="proposal-facts">
        <dt>{t('proposals.item.subject')}</dt>
        <dd>{subject.name ?? t('proposals.queue.unknownFamily')}</dd>
        {subject.kkNumber && (
          <>
            <dt>{t('proposals.item.kk')}</dt>
            <dd className="mono">{subject.kkNumber}</dd>
          </>
        )}
        {subject.nik && (
          <>
            <dt>{t('proposals.item.nik')}</dt>
            <dd className="mono">{subject.nik}</dd>
          </>
        )}
        <dt>{t('proposals.item.address')}</dt>
        <dd>{subjectAddress(subject)}</dd>
        <dt>{t('proposals.item.program')}</dt>
        <dd>
          {item.program.name} ({programLevelLabel(item.program.level)})
        </dd>
        <dt>{t('proposals.item.reason')}</dt>
        <dd>{item.reason}</dd>
        <dt>{t('proposals.item.channel')}</dt>
        <dd>
          {t(item.channel === 'online' ? 'proposals.item.online' : 'proposals.item.desk')}
          {item.proposerName && ` — ${t('proposals.item.proposer')}: ${item.proposerName}`}
        </dd>
        <dt>{t('proposals.item.submittedAt')}</dt>
        <dd>{formatDateTime(item.submittedAt, language)}</dd>
      </dl>
    </section>
  );
}
