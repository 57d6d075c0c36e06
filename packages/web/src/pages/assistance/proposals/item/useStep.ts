// Taking an item's step from a form: the answer is the item as it now stands (shown at once), a refusal is
// split into the fields' own messages and the rest.
import { useState } from 'react';
import { takeProposalStep, type ProposalItem, type StepBody } from '../../../../api/proposals.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { splitServerErrors, type FieldErrors } from '../../../../ui/formErrors.ts';

export function useStep(item: ProposalItem, onDone: (next: ProposalItem) => void) {
  const [errors, setErrors] = useState<{ fields: FieldErrors; general: string[] }>({
    fields: {},
    general: [],
  });
  const [busy, setBusy] = useState(false);

  async function take(step: StepBody) {
    setBusy(true);
    try {
      const next = await takeProposalStep(item.villageCode, item.id, step);
      setErrors({ fields: {}, general: [] });
      onDone(next);
    } catch (error) {
      // The visit's facts are named "familyFacts.<field>"; their controls by the field alone.
      setErrors(splitServerErrors(error, currentLanguage(), (field) => field.replace(/^familyFacts\./, '')));
    } finally {
      setBusy(false);
    }
  }
  return { errors, busy, take };
}
