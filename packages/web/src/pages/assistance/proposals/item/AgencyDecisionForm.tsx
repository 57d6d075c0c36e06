import {
  agencyDecisionsFor,
  EXIT_REASONS,
  type AgencyDecision,
  type ExitReason,
  type ProgramLevel,
} from '@smart-kampung/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalItem } from '../../../../api/proposals.ts';
import { FormErrorSummary } from '../../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../../ui/FormField.tsx';
import { agencyDecisionLabel } from '../labels.ts';
import { exitReasonLabel } from '../staffLabels.ts';
import { useStep } from './useStep.ts';
import '../../../../i18n/lazy/proposals.ts';

/**
 * Dinas Sosial's decision, from those the program's level allows: enrol (an usul) or end the enrolment (a
 * sanggah) for regency and village programs, "proposed to the ministry" for national ones, or reject.
 */
export function AgencyDecisionForm({
  item,
  onDone,
}: {
  item: ProposalItem;
  onDone: (next: ProposalItem) => void;
}) {
  const { t } = useTranslation();
  const decisions = agencyDecisionsFor(item.kind, item.program.level as ProgramLevel);
  const [decision, setDecision] = useState<AgencyDecision>(decisions[0]!);
  const [reason, setReason] = useState('');
  const [cardNumber, setCardNumber] = useState('');
  const [exitReason, setExitReason] = useState<ExitReason>('ineligible');
  const { errors, busy, take } = useStep(item, onDone);
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void take({
          step: 'decide_agency',
          body: {
            decision,
            reason,
            ...(decision === 'enrol' && cardNumber.trim() ? { cardNumber } : {}),
            ...(decision === 'exit' ? { exitReason } : {}),
          },
        });
      }}
    >
      <FormErrorSummary messages={errors.general} fieldCount={Object.keys(errors.fields).length} />
      <fieldset className="field">
        <legend>{t('proposals.act.decision')}</legend>
        {decisions.map((value) => (
          <label key={value} className="radio-field">
            <input
              type="radio"
              name="agency-decision"
              checked={decision === value}
              onChange={() => setDecision(value)}
            />
            <span>{agencyDecisionLabel(value)}</span>
          </label>
        ))}
        {errors.fields.decision && <p className="field-error">{errors.fields.decision}</p>}
      </fieldset>
      {decision === 'enrol' && (
        <FormField label={t('proposals.act.cardNumber')} name="cardNumber" error={errors.fields.cardNumber}>
          {(control) => (
            <input
              {...control}
              maxLength={60}
              value={cardNumber}
              onChange={(e) => setCardNumber(e.target.value)}
            />
          )}
        </FormField>
      )}
      {decision === 'exit' && (
        <FormField
          label={t('proposals.act.exitReason')}
          name="exitReason"
          error={errors.fields.exitReason}
          required
        >
          {(control) => (
            <select
              {...control}
              value={exitReason}
              onChange={(e) => setExitReason(e.target.value as ExitReason)}
            >
              {EXIT_REASONS.map((value) => (
                <option key={value} value={value}>
                  {exitReasonLabel(value)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
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
        {t('proposals.act.agencySubmit')}
      </button>
    </form>
  );
}
