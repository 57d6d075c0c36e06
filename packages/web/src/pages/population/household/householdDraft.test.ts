import { describe, expect, it } from 'vitest';
import type { FamilyCard, HouseholdDetail } from '../../../api/populationTypes.ts';
import {
  checkCoordinates,
  checkFloorArea,
  checkHouseholdDraft,
  draftFromHousehold,
  householdChanges,
  householdForFamily,
} from './householdDraft.ts';

const household: HouseholdDetail = {
  id: 'h1',
  villageCode: '35.10.01.2001',
  villageName: 'SARONGAN',
  householdNo: '0012',
  dusun: 'Krajan',
  rw: '001',
  rt: '002',
  address: 'Jl. Kenanga No. 3',
  latitude: -8.5512345,
  longitude: 114.0812345,
  housing: { floor_area_m2: 36, floor_material: 2, wall_material: null },
  headResidentId: 'r1',
  headName: 'SITI AMINAH',
  families: [],
};

describe('floor area', () => {
  it.each(['', '1', '36', '999'])('accepts %j', (value) => expect(checkFloorArea(value)).toBeNull());
  it.each(['0', '1000', '12.5', '-3', 'abc'])('refuses %j', (value) =>
    expect(checkFloorArea(value)).toBe('floorAreaRange'),
  );
});

describe('coordinates', () => {
  it('accepts none at all', () => {
    expect(checkCoordinates('', ' ')).toEqual({ latitude: null, longitude: null });
  });

  it('wants both or neither, marking the missing one', () => {
    expect(checkCoordinates('-8.2', '')).toEqual({ latitude: null, longitude: 'coordinatesBoth' });
    expect(checkCoordinates('', '114.3')).toEqual({ latitude: 'coordinatesBoth', longitude: null });
  });

  it('marks what is not a number', () => {
    expect(checkCoordinates('-8.2', 'x')).toEqual({ latitude: null, longitude: 'coordinateFormat' });
  });

  it('recognises a pair typed the wrong way round', () => {
    expect(checkCoordinates('114.3', '-8.2').latitude).toBe('coordinatesSwapped');
  });

  it('refuses places outside Indonesia', () => {
    expect(checkCoordinates('51.5', '114.3')).toEqual({ latitude: 'coordinateRange', longitude: null });
    expect(checkCoordinates('-8.2', '-0.12')).toEqual({ latitude: null, longitude: 'coordinateRange' });
  });

  it('asks the village boundary when it is known', () => {
    expect(checkCoordinates('-8.2', '114.3', () => false).latitude).toBe('outsideVillage');
    expect(checkCoordinates('-8.2', '114.3', () => true).latitude).toBeNull();
    expect(checkCoordinates('-8.2', '114.3', () => null).latitude).toBeNull();
  });
});

describe('household form', () => {
  it('starts from the household as loaded', () => {
    const draft = draftFromHousehold(household);
    expect(draft.householdNo).toBe('0012');
    expect(draft.latitude).toBe('-8.5512345');
    expect(draft.housing.floor_area_m2).toBe('36');
    expect(draft.housing.wall_material).toBe('');
    expect(draft.housing.land_title).toBe('');
  });

  it('reports checks by the field names the server uses', () => {
    const draft = draftFromHousehold(household);
    draft.address.rt = 'x1';
    draft.longitude = '';
    draft.housing.floor_area_m2 = '1200';
    const checks = checkHouseholdDraft(draft);
    expect(checks).toMatchObject({
      rt: 'rtRwFormat',
      longitude: 'coordinatesBoth',
      'housing.floor_area_m2': 'floorAreaRange',
    });
  });

  it('sends nothing when nothing changed', () => {
    expect(householdChanges(draftFromHousehold(household), household)).toEqual({});
  });

  it('sends only the changed fields, null for a cleared one, RT padded as on family cards', () => {
    const draft = draftFromHousehold(household);
    draft.householdNo = ' ';
    draft.address.rt = '7';
    draft.housing.floor_material = '';
    draft.housing.wall_material = '1';
    draft.housing.floor_area_m2 = '40';
    expect(householdChanges(draft, household)).toEqual({
      householdNo: null,
      rt: '007',
      housing: { floor_area_m2: 40, floor_material: null, wall_material: 1 },
    });
  });

  it('sends a moved pin as a pair, and a cleared one as two nulls', () => {
    const moved = draftFromHousehold(household);
    moved.latitude = '-8,5513';
    expect(householdChanges(moved, household)).toEqual({ latitude: -8.5513, longitude: 114.0812345 });

    const cleared = draftFromHousehold(household);
    cleared.latitude = '';
    cleared.longitude = '';
    expect(householdChanges(cleared, household)).toEqual({ latitude: null, longitude: null });
  });

  it('reads and sends the well-to-waste distance and the second and third meter like any other fact', () => {
    const metered = {
      ...household,
      housing: { ...household.housing, lighting_source: 1, electricity_power: 2, electricity_power_2: 1 },
    };
    const draft = draftFromHousehold(metered);
    expect(draft.housing).toMatchObject({
      electricity_power_2: '1',
      electricity_power_3: '',
      water_waste_distance: '',
    });
    draft.housing.electricity_power_2 = '';
    draft.housing.electricity_power_3 = '4';
    draft.housing.water_waste_distance = '2';
    expect(householdChanges(draft, metered)).toEqual({
      housing: { water_waste_distance: 2, electricity_power_2: null, electricity_power_3: 4 },
    });
  });

  it('names the head only when another member is chosen, null when it is taken away', () => {
    const draft = draftFromHousehold(household);
    expect(draft.headResidentId).toBe('r1');
    draft.headResidentId = 'r2';
    expect(householdChanges(draft, household)).toEqual({ headResidentId: 'r2' });
    draft.headResidentId = '';
    expect(householdChanges(draft, household)).toEqual({ headResidentId: null });

    const headless = { ...household, headResidentId: null, headName: null };
    expect(draftFromHousehold(headless).headResidentId).toBe('');
    expect(householdChanges(draftFromHousehold(headless), headless)).toEqual({});
  });

  it('creates a household for a family at the address on its card', () => {
    const family = {
      id: 'f1',
      dusun: 'Krajan',
      rw: '001',
      rt: '002',
      address: 'Jl. Kenanga No. 3',
    } as FamilyCard;
    expect(householdForFamily(family)).toEqual({
      dusun: 'Krajan',
      rw: '001',
      rt: '002',
      address: 'Jl. Kenanga No. 3',
      familyIds: ['f1'],
    });
  });
});
