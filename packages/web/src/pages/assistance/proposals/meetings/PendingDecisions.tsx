import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  takeProposalStep,
  type Deliberation,
  type ProposalItem,
  type ProposalSummary,
} from '../../../../api/proposals.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { formatDate, formatShortAddress } from '../../../../ui/format.ts';
import { FormField } from '../../../../ui/FormField.tsx';
import { splitServerErrors } from '../../../../ui/formErrors.ts';
import { DecisionRadios } from '../item/VillageDecisionForm.tsx';
import { ProposalClock } from '../ProposalClock.tsx';
import '../../../../i18n/lazy/proposals.ts';

/**
 * The musyawarah's decisions, item by item: every checked item of the village gets accepted or rejected with
 * the meeting's reason, on a meeting whose berita acara is uploaded.
 */
export function PendingDecisions({
  items,
  meetings,
}: {
  items: ProposalSummary[];
  meetings: Deliberation[];
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const withMinutes = meetings.filter((m) => m.minutes);
  const [meetingId, setMeetingId] = useState('');
  const chosen = meetingId || withMinutes[0]?.id || '';
  if (items.length === 0) return <p className="muted">{t('proposals.meetings.noneWaiting')}</p>;
  return (
    <div className="form-stack">
      {withMinutes.length === 0 ? (
        <p className="notice notice-info">{t('proposals.meetings.needsMinutes')}</p>
      ) : (
        <FormField label={t('proposals.meetings.decideMeeting')} name="deliberationId">
          {(control) => (
            <select {...control} value={chosen} onChange={(e) => setMeetingId(e.target.value)}>
              {withMinutes.map((m) => (
                <option key={m.id} value={m.id}>
                  {t('proposals.act.meetingOption', { date: formatDate(m.heldOn, language), place: m.place })}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <ul className="proposal-list">
        {items.map((item) => (
          <PendingItem key={item.id} item={item} meetingId={chosen} />
        ))}
      </ul>
    </div>
  );
}

function PendingItem({ item, meetingId }: { item: ProposalSummary; meetingId: string }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'accepted' | 'rejected'>('accepted');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ProposalItem | null>(null);
  const [problem, setProblem] = useState<string[]>([]);

  async function save() {
    setBusy(true);
    try {
      setDone(
        await takeProposalStep(item.villageCode, item.id, {
          step: 'decide_village',
          body: { deliberationId: meetingId, decision, reason },
        }),
      );
      setProblem([]);
    } catch (error) {
      const split = splitServerErrors(error, currentLanguage(), () => null);
      setProblem(split.general);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      className={item.overdue ? 'proposal-row overdue' : 'proposal-row'}
      data-testid="pending-decision"
      data-id={item.id}
    >
      <div className="proposal-row-head">
        <span className={`badge proposal-kind-${item.kind}`}>{t(`proposals.kind.${item.kind}`)}</span>
        <strong>
          {item.program.name} — {item.subject.name ?? t('proposals.queue.unknownFamily')}
        </strong>
      </div>
      <span className="muted">
        {formatShortAddress(item.subject.dusun, item.subject.rw, item.subject.rt)}
      </span>
      <span>{item.reason}</span>
      <ProposalClock item={item} />
      {done ? (
        <p className="notice notice-success" role="status">
          {t(
            done.villageDecision?.decision === 'accepted'
              ? 'proposals.item.accepted'
              : 'proposals.item.rejected',
          )}
          {' — '}
          {done.villageDecision?.reason}
        </p>
      ) : (
        <div className="form-stack">
          <DecisionRadios name={`decision-${item.id}`} value={decision} onChange={setDecision} />
          <FormField label={t('proposals.act.reason')} name={`reason-${item.id}`} required>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </FormField>
          {problem.length > 0 && (
            <div className="notice notice-error" role="alert">
              {problem.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          )}
          <button
            className="button button-primary"
            type="button"
            disabled={busy || !meetingId || reason.trim().length === 0}
            onClick={() => void save()}
          >
            {t('proposals.act.decideSubmit')}
          </button>
        </div>
      )}
    </li>
  );
}
