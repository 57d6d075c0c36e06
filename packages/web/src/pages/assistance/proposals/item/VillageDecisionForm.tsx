import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchDeliberations, type ProposalItem } from '../../../../api/proposals.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { formatDate } from '../../../../ui/format.ts';
import { FormErrorSummary } from '../../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../../ui/FormField.tsx';
import { LoadError } from '../../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../../ui/useAsyncData.ts';
import { useStep } from './useStep.ts';
import '../../../../i18n/lazy/proposals.ts';

/**
 * The musyawarah desa's decision on one item: on a recorded meeting whose berita acara is uploaded (the
 * server refuses the others), accepted or rejected, with the reason the meeting gave.
 */
export function VillageDecisionForm({
  item,
  onDone,
}: {
  item: ProposalItem;
  onDone: (next: ProposalItem) => void;
}) {
  const { t } = useTranslation();
  const meetings = useAsyncData(`meetings ${item.villageCode}`, () => fetchDeliberations(item.villageCode));
  const [meetingId, setMeetingId] = useState('');
  const [decision, setDecision] = useState<'accepted' | 'rejected'>('accepted');
  const [reason, setReason] = useState('');
  const { errors, busy, take } = useStep(item, onDone);
  if (meetings.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (meetings.status === 'error')
    return (
      <LoadError
        title={t('proposals.meetings.loadFailed')}
        error={meetings.error}
        onRetry={meetings.reload}
      />
    );
  const withMinutes = meetings.data.items.filter((m) => m.minutes);
  if (withMinutes.length === 0)
    return (
      <p className="notice notice-info">
        {t('proposals.act.noMeeting')}{' '}
        <Link to={{ pathname: '/usul-sanggah/musyawarah', search: `?region=${item.villageCode}` }}>
          {t('proposals.act.toMeetings')}
        </Link>
      </p>
    );
  const chosen = meetingId || withMinutes[0]!.id;
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void take({ step: 'decide_village', body: { deliberationId: chosen, decision, reason } });
      }}
    >
      <FormErrorSummary messages={errors.general} fieldCount={Object.keys(errors.fields).length} />
      <FormField
        label={t('proposals.act.meeting')}
        name="deliberationId"
        error={errors.fields.deliberationId}
        required
      >
        {(control) => (
          <select {...control} value={chosen} onChange={(e) => setMeetingId(e.target.value)}>
            {withMinutes.map((m) => (
              <option key={m.id} value={m.id}>
                {t('proposals.act.meetingOption', {
                  date: formatDate(m.heldOn, currentLanguage()),
                  place: m.place,
                })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <DecisionRadios name={`decision-${item.id}`} value={decision} onChange={setDecision} />
      <FormField label={t('proposals.act.reason')} name="reason" error={errors.fields.reason} required>
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
      <button className="button button-primary" type="submit" disabled={busy || reason.trim().length === 0}>
        {t('proposals.act.decideSubmit')}
      </button>
    </form>
  );
}

/** Accepted or rejected, as two big radio rows (a phone's thumb, not a small select). */
export function DecisionRadios({
  name,
  value,
  onChange,
}: {
  name: string;
  value: 'accepted' | 'rejected';
  onChange: (value: 'accepted' | 'rejected') => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field">
      <legend>{t('proposals.act.decision')}</legend>
      {(['accepted', 'rejected'] as const).map((option) => (
        <label key={option} className="radio-field">
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          <span>{t(`proposals.item.${option}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
