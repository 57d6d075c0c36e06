const BULLETS = '\u2022'.repeat(8);

/**
 * Masks a NIK or KK number for lists and exports: first 4 and last 4 characters with eight bullets between,
 * "3510014506900001" -> "3510••••••••0001". Values shorter than 12 characters (malformed data) would show too
 * much of themselves that way, so they are masked completely ("••••••••"). The output never reveals the length.
 */
export function maskIdentifier(value: string): string {
  if (value.length < 12) return BULLETS;
  return `${value.slice(0, 4)}${BULLETS}${value.slice(-4)}`;
}

/**
 * A NIK or KK number as a list shows it: masked when it is well formed (16 digits), and plainly marked as
 * invalid with its digit count otherwise ("⚠ 12 digit", the same words in Indonesian and English). A number
 * that lost digits in a spreadsheet must not look like a valid one behind the mask; its count is what the
 * operator needs to see what went wrong, and it reveals none of the digits.
 */
export function maskCivilNumber(value: string): string {
  if (/^\d{16}$/.test(value)) return maskIdentifier(value);
  const digits = value.replace(/\D/g, '').length;
  return `\u26a0 ${digits} digit`;
}
