import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalItem } from '../../../../api/proposals.ts';
import { FormErrorSummary } from '../../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../../ui/FormField.tsx';
import { useStep } from './useStep.ts';
import '../../../../i18n/lazy/proposals.ts';

/** The district passes what the village deliberation accepted on to Dinas Sosial, with an optional note. */
export function ForwardForm({ item, onDone }: { item: ProposalItem; onDone: (next: ProposalItem) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const { errors, busy, take } = useStep(item, onDone);
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void take({ step: 'forward', body: note.trim() ? { note } : {} });
      }}
    >
      <FormErrorSummary messages={errors.general} fieldCount={Object.keys(errors.fields).length} />
      <FormField label={t('proposals.act.forwardNote')} name="note" error={errors.fields.note}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </FormField>
      <button className="button button-primary" type="submit" disabled={busy}>
        {t('proposals.act.forwardSubmit')}
      </button>
    </form>
  );
}
