// Regsosek housing questions asked only after certain answers (a land title only for an owned house). The
// conditions come from the server (code-lists response), which checks the same ones on save; the form clears
// and locks a follow-up the current answers skip, so the operator never has to guess why a save is refused.
import type { HousingColumn } from '@smart-kampung/domain';
import type { HousingFollowUp } from '../../../api/populationTypes.ts';

type HousingDraft = Record<HousingColumn, string>;

/** Follow-ups the current answers skip: their question is answered with a code that does not ask them. */
export function skippedFollowUps(value: HousingDraft, followUps: readonly HousingFollowUp[]): Set<string> {
  const skipped = new Set<string>();
  for (const { field, parent, askedAfter } of followUps) {
    const answer = value[parent as HousingColumn];
    if (answer !== undefined && answer !== '' && !askedAfter.includes(Number(answer))) skipped.add(field);
  }
  return skipped;
}

/** Sets one answer and clears every follow-up the new answers skip. */
export function setHousingAnswer(
  value: HousingDraft,
  column: HousingColumn,
  text: string,
  followUps: readonly HousingFollowUp[],
): HousingDraft {
  const next = { ...value, [column]: text };
  for (const field of skippedFollowUps(next, followUps)) next[field as HousingColumn] = '';
  return next;
}
