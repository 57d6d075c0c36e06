// The household form as the operator fills it (text in every field) and its conversion to the API's
// bodies: checks before sending, and a PATCH that names only what changed, so two people editing different
// facts of the same house do not overwrite each other.
import { HOUSING_COLUMNS, type HousingColumn } from '@smart-kampung/domain';
import type {
  FamilyCard,
  HouseholdCreateInput,
  HouseholdDetail,
  HouseholdInput,
} from '../../../api/populationTypes.ts';
import { toAddressInput } from '../../../ui/addressDraft.ts';
import type { AddressDraft } from '../../../ui/addressDraft.ts';
import { checkRtRw } from '../../../ui/validation.ts';
import type { ValidationKey } from '../../../ui/validation.ts';
import { INDONESIA_BOX, insideIndonesia, parseCoordinate } from './coordinates.ts';

export interface HouseholdDraft {
  householdNo: string;
  address: AddressDraft;
  latitude: string;
  longitude: string;
  /** Codes as the selects hold them ("2"), the floor area as typed ("36"); "" is empty. */
  housing: Record<HousingColumn, string>;
  /** Kepala rumah tangga: a resident id, "" for none. */
  headResidentId: string;
}

/** Whether a point lies inside the village: true/false, or null when the boundary is not known. */
export type VillageTest = (latitude: number, longitude: number) => boolean | null;

const text = (value: string | null) => value ?? '';
const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function draftFromHousehold(household: HouseholdDetail): HouseholdDraft {
  return {
    householdNo: text(household.householdNo),
    address: {
      dusun: text(household.dusun),
      rw: text(household.rw),
      rt: text(household.rt),
      address: text(household.address),
    },
    latitude: household.latitude === null ? '' : String(household.latitude),
    longitude: household.longitude === null ? '' : String(household.longitude),
    housing: Object.fromEntries(
      HOUSING_COLUMNS.map((column) => [column, String(household.housing[column] ?? '')]),
    ) as Record<HousingColumn, string>,
    headResidentId: text(household.headResidentId),
  };
}

export function checkFloorArea(value: string): ValidationKey | null {
  const area = value.trim();
  if (area === '') return null;
  return /^\d{1,3}$/.test(area) && Number(area) >= 1 ? null : 'floorAreaRange';
}

/**
 * Both coordinates or neither; each a decimal number inside Indonesia; the pair inside the village when its
 * boundary is known. A pair typed the wrong way round (114.3, -8.2) gets its own message.
 */
export function checkCoordinates(
  latitudeText: string,
  longitudeText: string,
  inVillage: VillageTest = () => null,
): { latitude: ValidationKey | null; longitude: ValidationKey | null } {
  const latEmpty = latitudeText.trim() === '';
  const lngEmpty = longitudeText.trim() === '';
  if (latEmpty && lngEmpty) return { latitude: null, longitude: null };
  if (latEmpty || lngEmpty) {
    return { latitude: latEmpty ? 'coordinatesBoth' : null, longitude: lngEmpty ? 'coordinatesBoth' : null };
  }
  const latitude = parseCoordinate(latitudeText);
  const longitude = parseCoordinate(longitudeText);
  if (latitude === null || longitude === null) {
    return {
      latitude: latitude === null ? 'coordinateFormat' : null,
      longitude: longitude === null ? 'coordinateFormat' : null,
    };
  }
  if (!insideIndonesia(latitude, longitude)) {
    if (insideIndonesia(longitude, latitude)) return { latitude: 'coordinatesSwapped', longitude: null };
    const latOk = latitude >= INDONESIA_BOX.minLat && latitude <= INDONESIA_BOX.maxLat;
    return { latitude: latOk ? null : 'coordinateRange', longitude: latOk ? 'coordinateRange' : null };
  }
  return { latitude: inVillage(latitude, longitude) === false ? 'outsideVillage' : null, longitude: null };
}

/** Every check of the form, keyed by the field names the server uses in its errors. */
export function checkHouseholdDraft(
  draft: HouseholdDraft,
  inVillage?: VillageTest,
): Record<string, ValidationKey | null> {
  const location = checkCoordinates(draft.latitude, draft.longitude, inVillage);
  return {
    rw: checkRtRw(draft.address.rw),
    rt: checkRtRw(draft.address.rt),
    latitude: location.latitude,
    longitude: location.longitude,
    'housing.floor_area_m2': checkFloorArea(draft.housing.floor_area_m2),
  };
}

/** The whole draft as API values (call after the checks passed). */
function draftValues(draft: HouseholdDraft) {
  const latitude = parseCoordinate(draft.latitude);
  const longitude = parseCoordinate(draft.longitude);
  const located = latitude !== null && longitude !== null;
  return {
    householdNo: blankToNull(draft.householdNo),
    ...toAddressInput(draft.address),
    latitude: located ? latitude : null,
    longitude: located ? longitude : null,
    housing: Object.fromEntries(
      HOUSING_COLUMNS.map((column) => {
        const value = draft.housing[column].trim();
        return [column, value === '' ? null : Number(value)];
      }),
    ) as Record<HousingColumn, number | null>,
    headResidentId: draft.headResidentId === '' ? null : draft.headResidentId,
  };
}

/** The PATCH body: only the fields whose value differs from the household as loaded; {} when none does. */
export function householdChanges(draft: HouseholdDraft, original: HouseholdDetail): HouseholdInput {
  const values = draftValues(draft);
  const changes: HouseholdInput = {};
  const same = (a: number | null, b: number | null) =>
    a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-9);
  if (values.householdNo !== original.householdNo) changes.householdNo = values.householdNo;
  if (values.dusun !== original.dusun) changes.dusun = values.dusun;
  if (values.rw !== original.rw) changes.rw = values.rw;
  if (values.rt !== original.rt) changes.rt = values.rt;
  if (values.address !== original.address) changes.address = values.address;
  // The server checks the pin as a pair, so a moved pin always sends both numbers.
  if (!same(values.latitude, original.latitude) || !same(values.longitude, original.longitude)) {
    changes.latitude = values.latitude;
    changes.longitude = values.longitude;
  }
  const housing = Object.fromEntries(
    HOUSING_COLUMNS.filter((column) => values.housing[column] !== (original.housing[column] ?? null)).map(
      (column) => [column, values.housing[column]],
    ),
  );
  if (Object.keys(housing).length > 0) changes.housing = housing;
  if (values.headResidentId !== original.headResidentId) changes.headResidentId = values.headResidentId;
  return changes;
}

/** "Buat rumah tangga" on a family card: a household at the card's address, holding that family. */
export function householdForFamily(family: FamilyCard): HouseholdCreateInput {
  return {
    dusun: family.dusun,
    rw: family.rw,
    rt: family.rt,
    address: family.address,
    familyIds: [family.id],
  };
}
