// What a household may hold, checked on the record as it would be after the write (an update is merged
// first): a pin needs both coordinates and must fall inside the village; housing codes come from their
// Regsosek list and follow the form's skips. Every problem is reported at once, by field, in Indonesian and English.
import { housingContradictions } from '@smart-kampung/domain';
import { villageShapes, insideShape } from '../../../../geo/village-shapes.ts';
import { AppError } from '../../../../http/problem.ts';
import type { Housing } from '@smart-kampung/domain';
import { allowedHousingCodes } from '../housing.ts';

interface FieldError {
  field: string;
  in: 'body';
  message: string;
  message_en: string;
}

export interface HouseholdState {
  latitude: number | null;
  longitude: number | null;
  housing: Housing;
}

const problem = (field: string, message: string, message_en: string): FieldError => ({
  field,
  in: 'body',
  message,
  message_en,
});

function locationErrors(villageCode: string, latitude: number | null, longitude: number | null) {
  if ((latitude === null) !== (longitude === null)) {
    const field = latitude === null ? 'latitude' : 'longitude';
    return [problem(field, 'Isi lintang dan bujur bersama-sama', 'Give latitude and longitude together')];
  }
  // Only villages whose boundary ships with the app can be checked (Banyuwangi's).
  const shape = villageShapes().get(villageCode);
  if (latitude === null || longitude === null || !shape) return [];
  if (insideShape(shape, longitude, latitude)) return [];
  return [
    problem(
      'latitude',
      `Titik rumah berada di luar batas desa ${shape.name}; periksa kembali letak pin`,
      `The house is outside the boundary of ${shape.name}; check where the pin is`,
    ),
  ];
}

function housingErrors(housing: Housing) {
  const errors: FieldError[] = [];
  const area = housing.floor_area_m2;
  if (area !== undefined && area !== null && (area < 1 || area > 999)) {
    errors.push(
      problem(
        'housing.floor_area_m2',
        'Luas lantai antara 1 dan 999 m²',
        'Floor area must be between 1 and 999 m²',
      ),
    );
  }
  for (const [column, codes] of allowedHousingCodes()) {
    const value = housing[column];
    if (value === undefined || value === null || codes.has(value)) continue;
    errors.push(
      problem(
        `housing.${column}`,
        `Kode ${value} tidak ada dalam daftar Regsosek untuk isian ini`,
        `Code ${value} is not in the Regsosek list for this field`,
      ),
    );
  }
  // A follow-up question answered where the Regsosek form skips it (a land title for a rented house).
  for (const { field, message } of housingContradictions(housing))
    errors.push(problem(`housing.${field}`, message.id, message.en));
  return errors;
}

export function assertValidHousehold(villageCode: string, state: HouseholdState) {
  const errors = [
    ...locationErrors(villageCode, state.latitude, state.longitude),
    ...housingErrors(state.housing),
  ];
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
}
