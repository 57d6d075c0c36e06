// The birth facts as the form edits them (strings, as inputs give them), their browser checks and their
// conversion to the API's `birth` object. The server checks the same ranges again.
import type { BirthInput } from '../../../api/populationTypes.ts';
import type { ValidationKey } from '../../../ui/validation.ts';

export interface BirthFactsDraft {
  birthTime: string;
  placeType: string;
  birthType: string;
  birthOrder: string;
  attendant: string;
  weightGrams: string;
  lengthCm: string;
}

export const EMPTY_BIRTH_FACTS: BirthFactsDraft = {
  birthTime: '',
  placeType: '',
  birthType: '',
  birthOrder: '',
  attendant: '',
  weightGrams: '',
  lengthCm: '',
};

const number = (value: string): number | null =>
  value.trim() === '' ? null : Number(value.replace(',', '.'));

function inRange(value: string, min: number, max: number, key: ValidationKey): ValidationKey | null {
  const n = number(value);
  return n === null || (Number.isFinite(n) && n >= min && n <= max) ? null : key;
}

/** Checks of the facts that have a range: all of them may be left empty. */
export function checkBirthFacts(draft: BirthFactsDraft): Record<string, ValidationKey | null> {
  return {
    'birth.birthTime':
      draft.birthTime === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(draft.birthTime) ? null : 'birthTimeFormat',
    'birth.weightGrams': inRange(draft.weightGrams, 200, 9000, 'birthWeightRange'),
    'birth.lengthCm': inRange(draft.lengthCm, 15, 80, 'birthLengthRange'),
    'birth.birthOrder': inRange(draft.birthOrder, 1, 30, 'birthOrderRange'),
  };
}

export function toBirthFacts(draft: BirthFactsDraft): NonNullable<BirthInput['birth']> {
  return {
    birthTime: draft.birthTime === '' ? null : draft.birthTime,
    placeType: number(draft.placeType),
    birthType: number(draft.birthType),
    birthOrder: number(draft.birthOrder),
    attendant: number(draft.attendant),
    weightGrams: number(draft.weightGrams),
    lengthCm: number(draft.lengthCm),
  };
}
