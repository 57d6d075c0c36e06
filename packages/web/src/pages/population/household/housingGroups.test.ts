import { describe, expect, it } from 'vitest';
import { HOUSING_COLUMNS } from '@smart-kampung/domain';
import { CONDITIONAL_HINTS, HOUSING_GROUPS, HOUSING_ORDER, shownHousingFacts } from './housingGroups.ts';

describe('housing form groups', () => {
  it('ask every housing fact of the API exactly once', () => {
    expect([...HOUSING_ORDER].sort()).toEqual([...HOUSING_COLUMNS].sort());
    expect(new Set(HOUSING_ORDER).size).toBe(HOUSING_ORDER.length);
  });

  it('put the well-to-waste distance after the water source and the extra meters after the first', () => {
    const utilities = HOUSING_GROUPS.find((group) => group.key === 'utilities')!.columns;
    expect(utilities.indexOf('water_waste_distance')).toBe(utilities.indexOf('drinking_water_source') + 1);
    expect(utilities.slice(utilities.indexOf('electricity_power'))).toEqual([
      'electricity_power',
      'electricity_power_2',
      'electricity_power_3',
      'cooking_fuel',
    ]);
  });

  it('explain under each follow-up when it is asked', () => {
    expect(Object.keys(CONDITIONAL_HINTS).sort()).toEqual([
      'electricity_power',
      'electricity_power_2',
      'electricity_power_3',
      'land_title',
      'toilet_type',
      'water_waste_distance',
    ]);
  });
});

describe('housing facts on the household page', () => {
  it('list every question, the second and third meter only when recorded', () => {
    const oneMeter = shownHousingFacts({ lighting_source: 1, electricity_power: 2 });
    expect(oneMeter).toHaveLength(HOUSING_COLUMNS.length - 2);
    expect(oneMeter).toContain('water_waste_distance');
    expect(oneMeter).not.toContain('electricity_power_2');
    const twoMeters = shownHousingFacts({ electricity_power_2: 1, electricity_power_3: null });
    expect(twoMeters).toContain('electricity_power_2');
    expect(twoMeters).not.toContain('electricity_power_3');
  });
});
