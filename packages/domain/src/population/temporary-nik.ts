// Temporary numbers (NIK sementara). Dukcapil issues a baby's NIK after the village reports the birth, so the
// village registers the baby first under a temporary number and adds the NIK when it arrives. OpenSID's
// convention, kept so files move between the two systems unchanged: "0" + the village's 10-digit code
// (Kemendagri, "3510012001" for 35.10.01.2001) + a 5-digit serial counted per village, 16 digits in all.
// No real NIK starts with 0 (province codes run from 11 to 94), which is how OpenSID recognises one
// (`get_nik()`: a first digit "0" means "no NIK yet"), and so do we. See docs/rules/NIK.md.

const TEMPORARY = /^0[0-9]{15}$/;
const VILLAGE_CODE = /^(\d{2})\.(\d{2})\.(\d{2})\.(\d{4})$/;
export const TEMPORARY_NIK_MAX_SERIAL = 99_999;

/** Whether a 16-digit number is a temporary number rather than a NIK Dukcapil issued. */
export function isTemporaryNik(nik: string): boolean {
  return TEMPORARY.test(nik);
}

/** "35.10.01.2001" -> "3510012001"; throws RangeError for anything that is not a dotted village code. */
export function villageCodeDigits(villageCode: string): string {
  const match = VILLAGE_CODE.exec(villageCode);
  if (!match)
    throw new RangeError(`village code must look like 35.10.01.2001, got ${JSON.stringify(villageCode)}`);
  return match.slice(1, 5).join('');
}

/** The first and the last temporary number a village can issue: a range query finds the village's own. */
export function temporaryNikRange(villageCode: string): { first: string; last: string } {
  const prefix = `0${villageCodeDigits(villageCode)}`;
  return { first: `${prefix}00001`, last: `${prefix}${TEMPORARY_NIK_MAX_SERIAL}` };
}

/** The temporary number with this serial in this village: temporaryNik('35.10.01.2001', 3) = "0351001200100003". */
export function temporaryNik(villageCode: string, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > TEMPORARY_NIK_MAX_SERIAL)
    throw new RangeError(`temporary NIK serial must be 1-${TEMPORARY_NIK_MAX_SERIAL}, got ${serial}`);
  return `0${villageCodeDigits(villageCode)}${String(serial).padStart(5, '0')}`;
}

/**
 * The next temporary number of a village after those it already issued (any order, other villages' numbers
 * and real NIKs ignored): the highest serial plus one, as OpenSID's `nik_sementara()` counts. Null once the
 * five digits are used up.
 */
export function nextTemporaryNik(villageCode: string, issued: Iterable<string>): string | null {
  const { first, last } = temporaryNikRange(villageCode);
  let highest = 0;
  for (const nik of issued) {
    if (nik < first || nik > last || !isTemporaryNik(nik)) continue;
    highest = Math.max(highest, Number(nik.slice(11)));
  }
  return highest >= TEMPORARY_NIK_MAX_SERIAL ? null : temporaryNik(villageCode, highest + 1);
}
