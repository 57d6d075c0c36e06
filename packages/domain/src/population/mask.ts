// How a NIK or KK number is shown where it is not revealed (lists, cards, masked exports, import reviews).
// The reasons are in docs/rules/NIK.md ("Masking"): the first four digits say where the number was issued
// (province and regency, which tells a migrant apart), and a short keyed tag stands for the other twelve. The
// tag tells two rows apart without giving a digit away: digits 7-12 are the birth date and 13-16 the serial,
// and a list that shows the birth date beside a serial would show the whole number. The key lives with the
// installation, never in this package: the caller passes a keyed digest, so the web app cannot make tags.
import { isTemporaryNik } from './temporary-nik.ts';

const BULLET = '\u2022';
const HIDDEN = BULLET.repeat(8);
/** Consonants only: a tag never spells a word and never looks like a digit of the number. */
const TAG_LETTERS = 'BCDFGHJKLMNPQRSTVWXZ';
const TAG_LENGTH = 4;
const TAG_COUNT = TAG_LETTERS.length ** TAG_LENGTH; // 160,000

/** A keyed digest of the full identifier (HMAC-SHA256 under the installation's key), at least 4 bytes. */
export type IdentifierDigest = (identifier: string) => Uint8Array;

/** Four consonants from the first four bytes of a digest: 20^4 = 160,000 tags, evenly spread. */
export function identifierTag(digest: Uint8Array): string {
  if (digest.length < 4) throw new RangeError('an identifier tag needs a digest of at least 4 bytes');
  const first32 = ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
  let value = first32 % TAG_COUNT;
  let tag = '';
  for (let i = 0; i < TAG_LENGTH; i += 1) {
    tag = TAG_LETTERS[value % TAG_LETTERS.length]! + tag;
    value = Math.floor(value / TAG_LETTERS.length);
  }
  return tag;
}

/**
 * A NIK or KK number as lists, cards and masked exports show it:
 * - 16 digits: the issuing province and regency, eight bullets and the keyed tag, "3510••••••••KXTM";
 * - a temporary number ("0" + village code + serial, no NIK yet): its "0" and its serial, "0••••••••••00003",
 *   recognisable as one; the serial identifies no one outside the village;
 * - anything else is no valid number: marked invalid with its digit count ("⚠ 12 digit", the same words in
 *   Indonesian and English) and none of its digits. A number that lost digits in a spreadsheet must not look
 *   like a valid one behind the mask; its count is what the operator needs to see what went wrong.
 */
export function maskCivilNumber(value: string, digestOf: IdentifierDigest): string {
  if (isTemporaryNik(value)) return `0${BULLET.repeat(10)}${value.slice(11)}`;
  if (/^[0-9]{16}$/.test(value)) return `${value.slice(0, 4)}${HIDDEN}${identifierTag(digestOf(value))}`;
  const digits = value.replace(/\D/g, '').length;
  return `\u26a0 ${digits} digit`;
}

/** A phone number (or another long number that is no NIK or KK): its first and last four characters. */
export function maskPhone(value: string): string {
  if (value.length < 12) return HIDDEN;
  return `${value.slice(0, 4)}${HIDDEN}${value.slice(-4)}`;
}
