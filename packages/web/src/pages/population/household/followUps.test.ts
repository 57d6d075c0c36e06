import { describe, expect, it } from 'vitest';
import { HOUSING_COLUMNS } from '../../../api/populationTypes.ts';
import type { HousingColumn, HousingFollowUp } from '../../../api/populationTypes.ts';
import { setHousingAnswer, skippedFollowUps } from './followUps.ts';

const FOLLOW_UPS: HousingFollowUp[] = [
  { field: 'land_title', parent: 'house_ownership', askedAfter: [1] },
  { field: 'toilet_type', parent: 'toilet_facility', askedAfter: [1, 2, 3] },
];

const draft = (answers: Partial<Record<HousingColumn, string>>) =>
  ({ ...Object.fromEntries(HOUSING_COLUMNS.map((c) => [c, ''])), ...answers }) as Record<
    HousingColumn,
    string
  >;

describe('housing follow-up questions', () => {
  it('skips a follow-up only once its question is answered with a code that does not ask it', () => {
    expect(skippedFollowUps(draft({}), FOLLOW_UPS)).toEqual(new Set());
    expect(skippedFollowUps(draft({ house_ownership: '1', toilet_facility: '3' }), FOLLOW_UPS)).toEqual(
      new Set(),
    );
    expect(skippedFollowUps(draft({ house_ownership: '2', toilet_facility: '4' }), FOLLOW_UPS)).toEqual(
      new Set(['land_title', 'toilet_type']),
    );
  });

  it('clears a follow-up when the answer before it stops asking it, and keeps it otherwise', () => {
    const owned = draft({ house_ownership: '1', land_title: '6', toilet_facility: '1', toilet_type: '2' });
    const rented = setHousingAnswer(owned, 'house_ownership', '2', FOLLOW_UPS);
    expect(rented).toMatchObject({ house_ownership: '2', land_title: '', toilet_type: '2' });
    expect(setHousingAnswer(owned, 'wall_material', '3', FOLLOW_UPS)).toMatchObject({ land_title: '6' });
    expect(setHousingAnswer(owned, 'house_ownership', '', FOLLOW_UPS)).toMatchObject({ land_title: '6' });
  });
});
