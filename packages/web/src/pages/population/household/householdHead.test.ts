import { describe, expect, it } from 'vitest';
import type { FamilyCard, FamilyMember } from '../../../api/populationTypes.ts';
import { headChoiceGroups, isHeadChoice } from './householdHead.ts';

const member = (id: string, relationship: number, status: FamilyMember['status'] = 'present') =>
  ({ id, fullName: id.toUpperCase(), relationship, status }) as FamilyMember;

const card = (id: string, members: FamilyMember[]) =>
  ({ id, kkMasked: `3510••••••••KXT${id.slice(-1)}`, members }) as FamilyCard;

describe('household head choices', () => {
  const cards = [
    card('f1', [member('anak', 4), member('bapak', 1), member('nenek', 6, 'died')]),
    card('f2', [member('pindah', 1, 'moved_out')]),
    card('f3', [member('menantu', 3)]),
  ];

  it('offers the living members of every card, the family head first, and skips empty cards', () => {
    const groups = headChoiceGroups(cards);
    expect(groups.map((g) => [g.familyId, g.familyHeadName, g.members.map((m) => m.id)])).toEqual([
      ['f1', 'BAPAK', ['bapak', 'anak']],
      ['f3', null, ['menantu']],
    ]);
  });

  it('knows whether the recorded head is still one of the choices', () => {
    const groups = headChoiceGroups(cards);
    expect(isHeadChoice(groups, 'anak')).toBe(true);
    expect(isHeadChoice(groups, 'nenek')).toBe(false);
    expect(isHeadChoice(groups, 'pindah')).toBe(false);
  });
});
