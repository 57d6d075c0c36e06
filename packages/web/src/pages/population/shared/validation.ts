// Checks the browser runs before sending a form, so an operator on a slow connection learns about a typo at
// once instead of after a round trip. The server checks everything again; these are a convenience.
import { todayIso } from '../../../ui/todayIso.ts';

/** Keys under `validation.` in the message files. */
export type ValidationKey =
  | 'required'
  | 'nikFormat'
  | 'kkFormat'
  | 'nikSerialZero'
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

/** NIK: exactly 16 digits, and the serial (last four digits) is never 0000. */
export function checkNik(value: string): ValidationKey | null {
  const nik = value.trim();
  if (nik === '') return 'required';
  if (!/^\d{16}$/.test(nik)) return 'nikFormat';
  if (nik.endsWith('0000')) return 'nikSerialZero';
  return null;
}

export function checkKk(value: string): ValidationKey | null {
  const kk = value.trim();
  if (kk === '') return 'required';
  return /^\d{16}$/.test(kk) ? null : 'kkFormat';
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
