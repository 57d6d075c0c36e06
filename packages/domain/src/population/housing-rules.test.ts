import { describe, expect, it } from 'vitest';
import { housingContradictions } from './housing-rules.ts';

describe('housingContradictions', () => {
  it('accepts follow-ups after the answers that ask them', () => {
    expect(
      housingContradictions({
        house_ownership: 1,
        land_title: 6,
        lighting_source: 1,
        electricity_power: 2,
        toilet_facility: 3,
        toilet_type: 1,
      }),
    ).toEqual([]);
  });

  it('names each follow-up answered where the form skips it', () => {
    const found = housingContradictions({
      house_ownership: 2,
      land_title: 1,
      lighting_source: 2,
      electricity_power: 1,
      toilet_facility: 4,
      toilet_type: 1,
    });
    expect(found.map((c) => c.field)).toEqual(['land_title', 'electricity_power', 'toilet_type']);
    expect(found[0]!.message.id).toContain('301a');
  });

  it('asks the distance to waste only for wells and springs (306a = 4-8)', () => {
    for (const source of [4, 5, 6, 7, 8])
      expect(housingContradictions({ drinking_water_source: source, water_waste_distance: 1 })).toEqual([]);
    for (const source of [1, 3, 9])
      expect(
        housingContradictions({ drinking_water_source: source, water_waste_distance: 2 }).map((c) => c.field),
      ).toEqual(['water_waste_distance']);
  });

  it('asks the power of every meter only for metered PLN electricity', () => {
    expect(
      housingContradictions({
        lighting_source: 1,
        electricity_power: 2,
        electricity_power_2: 1,
        electricity_power_3: 5,
      }),
    ).toEqual([]);
    expect(
      housingContradictions({ lighting_source: 2, electricity_power_2: 1, electricity_power_3: 1 }).map(
        (c) => c.field,
      ),
    ).toEqual(['electricity_power_2', 'electricity_power_3']);
  });

  it('treats the edges of "has a toilet" (1-3) exactly', () => {
    expect(housingContradictions({ toilet_facility: 1, toilet_type: 2 })).toEqual([]);
    expect(housingContradictions({ toilet_facility: 0, toilet_type: 2 })).toHaveLength(1);
    expect(housingContradictions({ toilet_facility: 4, toilet_type: 2 })).toHaveLength(1);
  });

  it('lets an unanswered question contradict nothing', () => {
    expect(housingContradictions({ land_title: 1 })).toEqual([]);
    expect(housingContradictions({ house_ownership: 3, land_title: null })).toEqual([]);
    expect(housingContradictions({})).toEqual([]);
  });
});
