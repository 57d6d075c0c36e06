import type { HouseholdGap, HouseholdListItem } from '../../../api/populationTypes.ts';

export interface CompletenessBadge {
  gap: HouseholdGap;
  /** True when nothing of this kind is missing. */
  complete: boolean;
}

type Completeness = Pick<HouseholdListItem, 'hasLocation' | 'headName' | 'housingAnswered' | 'housingTotal'>;

/**
 * One badge per thing social-assistance work needs from a household, in the order of the list's
 * "Tampilkan" choices: a map pin, a head, every housing fact answered.
 */
export function completenessBadges(household: Completeness): CompletenessBadge[] {
  return [
    { gap: 'location', complete: household.hasLocation },
    { gap: 'head', complete: household.headName !== null },
    { gap: 'housing', complete: household.housingAnswered >= household.housingTotal },
  ];
}
