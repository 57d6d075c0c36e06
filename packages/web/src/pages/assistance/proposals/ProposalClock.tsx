import { useTranslation } from 'react-i18next';
import type { ProposalSummary } from '../../../api/proposals.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { clockOf } from './clock.ts';
import '../../../i18n/lazy/proposals.ts';

/** When the awaited step is due, or that it is late and by how many days: in words, the colour only repeats it. */
export function ProposalClock({ item }: { item: Pick<ProposalSummary, 'dueAt' | 'overdue'> }) {
  const { t } = useTranslation();
  const clock = clockOf(item, new Date(), currentLanguage());
  if (clock.kind === 'none') return null;
  return clock.kind === 'overdue' ? (
    <span className="proposal-clock overdue" data-overdue="true">
      <span aria-hidden="true">⚠ </span>
      {t('proposals.item.overdue', { days: clock.daysLate, date: clock.day })}
    </span>
  ) : (
    <span className="proposal-clock">{t('proposals.item.due', { date: clock.day })}</span>
  );
}
