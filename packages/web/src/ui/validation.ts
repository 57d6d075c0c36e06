// Checks the browser runs before sending a form, so an operator on a slow connection learns about a typo at
// once instead of after a round trip. The server checks everything again; these are a convenience.
import { validateKk, validateNik, type IssueCode } from '@smart-kampung/domain';
import { todayIso } from './todayIso.ts';

/** Keys under `validation.` in the message files. */
export type ValidationKey =
  | 'required'
  | 'nikFormat'
  | 'kkFormat'
  | 'nikSerialZero'
  | 'nikTemporary'
  | 'birthTimeFormat'
  | 'birthWeightRange'
  | 'birthLengthRange'
  | 'birthOrderRange'
  | 'nikDateInvalid'
  | 'dateFormat'
  | 'dateFuture'
  | 'reasonTooShort'
  | 'nameTooShort'
  | 'ageRange'
  | 'rtRwFormat'
  | 'originTooShort'
  | 'oneHead'
  | 'floorAreaRange'
  | 'coordinatesBoth'
  | 'coordinateFormat'
  | 'coordinateRange'
  | 'coordinatesSwapped'
  | 'outsideVillage';

export function checkRequired(value: string): ValidationKey | null {
  return value.trim() === '' ? 'required' : null;
}

// The district list lives on the server; the browser takes any six-digit prefix (an unknown one is only a
// warning there). What matters here are the errors, which the domain package decides as the server does.
const anyDistrict = () => true;

const NIK_ERRORS: Partial<Record<IssueCode, ValidationKey>> = {
  NIK_LENGTH: 'nikFormat',
  NIK_NOT_DIGITS: 'nikFormat',
  NIK_SERIAL_ZERO: 'nikSerialZero',
  NIK_DATE_INVALID: 'nikDateInvalid',
  NIK_TEMPORARY_TYPED: 'nikTemporary',
  KK_LENGTH: 'kkFormat',
  KK_NOT_DIGITS: 'kkFormat',
};

const firstError = (errors: readonly { code: IssueCode }[]): ValidationKey | null => {
  for (const error of errors) {
    const key = NIK_ERRORS[error.code];
    if (key) return key;
  }
  return null;
};

/** NIK: 16 digits whose date part is a real date (day + 40 for women) and whose serial is not 0000. */
export function checkNik(value: string, today: string = todayIso()): ValidationKey | null {
  const nik = value.trim();
  if (nik === '') return 'required';
  // A temporary number (starting with 0) is issued by the registry, never typed in as a NIK.
  return firstError(validateNik(nik, { knownDistrict: anyDistrict, today, temporary: 'refuse' }).errors);
}

/** A NIK that may be left empty (a birth before Dukcapil issued it): empty, or a valid NIK. */
export function checkOptionalNik(value: string, today: string = todayIso()): ValidationKey | null {
  return value.trim() === '' ? null : checkNik(value, today);
}

export function checkKk(value: string): ValidationKey | null {
  const kk = value.trim();
  if (kk === '') return 'required';
  return firstError(validateKk(kk, { knownDistrict: anyDistrict }).errors);
}

function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** A real calendar date, not after today (births, deaths and moves are recorded after they happen). */
export function checkPastDate(value: string, today: string = todayIso()): ValidationKey | null {
  if (value.trim() === '') return 'required';
  if (!isRealDate(value)) return 'dateFormat';
  return value > today ? 'dateFuture' : null;
}

export function checkReason(value: string): ValidationKey | null {
  if (value.trim() === '') return 'required';
  return value.trim().length < 5 ? 'reasonTooShort' : null;
}

export function checkFullName(value: string): ValidationKey | null {
  if (value.trim() === '') return 'required';
  return value.trim().length < 2 ? 'nameTooShort' : null;
}

/** RT and RW are short numbers ("001", "12"); empty is allowed. */
export function checkRtRw(value: string): ValidationKey | null {
  return value.trim() === '' || /^\d{1,3}$/.test(value.trim()) ? null : 'rtRwFormat';
}

/** Exactly one member with SHDK 1 (Kepala Keluarga) on a new family card. */
export function checkOneHead(relationships: string[]): ValidationKey | null {
  return relationships.filter((code) => code === '1').length === 1 ? null : 'oneHead';
}

/** Origin and destination addresses need a few words at least (the server wants 3 characters). */
export function checkPlace(value: string): ValidationKey | null {
  if (value.trim() === '') return 'required';
  return value.trim().length < 3 ? 'originTooShort' : null;
}

export function checkAgeRange(min: string, max: string): ValidationKey | null {
  if (min === '' || max === '') return null;
  return Number(min) > Number(max) ? 'ageRange' : null;
}

/** Keeps only the checks that failed, keyed by field path. */
export function collectErrors(checks: Record<string, ValidationKey | null>): Record<string, ValidationKey> {
  return Object.fromEntries(
    Object.entries(checks).filter((entry): entry is [string, ValidationKey] => entry[1] !== null),
  );
}
