// Who may be the head of a household (kepala rumah tangga): a member living now (status "present") of one
// of the family cards under its roof. The server checks the same rule; this only builds the choices.
import type { FamilyCard, FamilyMember } from '../../../api/populationTypes.ts';

export interface HeadChoiceGroup {
  familyId: string;
  kkMasked: string;
  /** The family's own head (SHDK 1), to name the group; null when the card has none living. */
  familyHeadName: string | null;
  members: FamilyMember[];
}

/** One group per card with living members, in the household's order; each card's head first. */
export function headChoiceGroups(cards: FamilyCard[]): HeadChoiceGroup[] {
  return cards.flatMap((card) => {
    const present = card.members.filter((member) => member.status === 'present');
    if (present.length === 0) return [];
    const heads = present.filter((member) => member.relationship === 1);
    const others = present.filter((member) => member.relationship !== 1);
    return [
      {
        familyId: card.id,
        kkMasked: card.kkMasked,
        familyHeadName: heads[0]?.fullName ?? null,
        members: [...heads, ...others],
      },
    ];
  });
}

/** Whether `residentId` is among the choices (a head who died or moved out since is not). */
export function isHeadChoice(groups: HeadChoiceGroup[], residentId: string): boolean {
  return groups.some((group) => group.members.some((member) => member.id === residentId));
}
