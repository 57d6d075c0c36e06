import { useTranslation } from 'react-i18next';
import type { LetterRequest } from '../../../api/letterRequests.ts';
import { dueDay } from './dueDay.ts';
import './i18n.ts';

/** The request's status and its clock: due by when, or overdue since when, or done. */
export function RequestStatus({ request }: { request: LetterRequest }) {
  const { t } = useTranslation('requests');
  const open = ['requested', 'checked', 'verified'].includes(request.status);
  const when = dueDay(request.dueAt);
  return (
    <span className="request-status">
      <span className={`badge request-badge request-${request.status}`} data-status={request.status}>
        {t(`status.${request.status}`)}
      </span>{' '}
      {open && (
        <span className={request.overdue ? 'request-clock overdue' : 'request-clock'}>
          {request.overdue ? t('clock.overdue', { date: when }) : t('clock.due', { date: when })}
        </span>
      )}
    </span>
  );
}
