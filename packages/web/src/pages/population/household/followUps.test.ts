import { describe, expect, it } from 'vitest';
import { HOUSING_COLUMNS } from '@smart-kampung/domain';
import type { HousingColumn } from '@smart-kampung/domain';
import type { HousingFollowUp } from '../../../api/populationTypes.ts';
import { setHousingAnswer, skippedFollowUps } from './followUps.ts';

// As the code-lists response publishes them (the domain's HOUSING_FOLLOW_UPS).
const FOLLOW_UPS: HousingFollowUp[] = [
  { field: 'land_title', parent: 'house_ownership', askedAfter: [1] },
  { field: 'water_waste_distance', parent: 'drinking_water_source', askedAfter: [4, 5, 6, 7, 8] },
  { field: 'electricity_power', parent: 'lighting_source', askedAfter: [1] },
  { field: 'electricity_power_2', parent: 'lighting_source', askedAfter: [1] },
  { field: 'electricity_power_3', parent: 'lighting_source', askedAfter: [1] },
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

  it('asks the well-to-waste distance only for wells and springs', () => {
    const well = draft({ drinking_water_source: '5', water_waste_distance: '1' });
    expect(skippedFollowUps(well, FOLLOW_UPS).has('water_waste_distance')).toBe(false);
    const piped = setHousingAnswer(well, 'drinking_water_source', '3', FOLLOW_UPS);
    expect(piped.water_waste_distance).toBe('');
    expect(skippedFollowUps(piped, FOLLOW_UPS).has('water_waste_distance')).toBe(true);
    expect(setHousingAnswer(well, 'drinking_water_source', '8', FOLLOW_UPS).water_waste_distance).toBe('1');
  });

  it('clears all three meters once the lighting is no longer metered PLN electricity', () => {
    const metered = draft({
      lighting_source: '1',
      electricity_power: '2',
      electricity_power_2: '1',
      electricity_power_3: '4',
    });
    expect(skippedFollowUps(metered, FOLLOW_UPS)).toEqual(new Set());
    const unmetered = setHousingAnswer(metered, 'lighting_source', '2', FOLLOW_UPS);
    expect(unmetered).toMatchObject({
      electricity_power: '',
      electricity_power_2: '',
      electricity_power_3: '',
    });
    expect(skippedFollowUps(unmetered, FOLLOW_UPS)).toEqual(
      new Set(['electricity_power', 'electricity_power_2', 'electricity_power_3']),
    );
  });
});
