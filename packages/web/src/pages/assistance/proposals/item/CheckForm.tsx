import { checkOutcomesOf, type CheckOutcome } from '@smart-kampung/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalItem } from '../../../../api/proposals.ts';
import { FormErrorSummary } from '../../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../../ui/FormField.tsx';
import { checkOutcomeLabel } from '../labels.ts';
import { useStep } from './useStep.ts';
import '../../../../i18n/lazy/proposals.ts';

/** The operator's check: in order (to the musyawarah), or the reason it ends here. The hints suggest which. */
export function CheckForm({ item, onDone }: { item: ProposalItem; onDone: (next: ProposalItem) => void }) {
  const { t } = useTranslation();
  const outcomes = checkOutcomesOf(item.kind);
  const suggested: CheckOutcome = item.hints.unknownFamily
    ? 'unknown_family'
    : item.hints.alreadyEnrolled
      ? 'already_enrolled'
      : item.hints.notRecipient
        ? 'not_recipient'
        : 'ok';
  const [outcome, setOutcome] = useState<CheckOutcome>(outcomes.includes(suggested) ? suggested : 'ok');
  const [reason, setReason] = useState('');
  const { errors, busy, take } = useStep(item, onDone);
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void take({ step: 'check', body: { outcome, ...(reason.trim() ? { reason } : {}) } });
      }}
    >
      <FormErrorSummary messages={errors.general} fieldCount={Object.keys(errors.fields).length} />
      <fieldset className="field">
        <legend>{t('proposals.act.outcome')}</legend>
        {outcomes.map((value) => (
          <label key={value} className="radio-field">
            <input
              type="radio"
              name="outcome"
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            <span>{checkOutcomeLabel(value)}</span>
          </label>
        ))}
        {errors.fields.outcome && <p className="field-error">{errors.fields.outcome}</p>}
      </fieldset>
      <FormField label={t('proposals.act.reasonOptional')} name="reason" error={errors.fields.reason}>
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
      <button className="button button-primary" type="submit" disabled={busy}>
        {t('proposals.act.checkSubmit')}
      </button>
    </form>
  );
}
