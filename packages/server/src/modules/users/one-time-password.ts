// The one-time password an admin reads out or writes down for a staff member: random from node:crypto, in
// groups, from letters and digits no one confuses on paper or over the phone (no 0/O, 1/l/I).
import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** E.g. "k7pm-3xq9-hbt2": 12 characters of 31 kinds (about 59 bits), 14 with the hyphens. */
export function oneTimePassword(): string {
  const groups = Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}
