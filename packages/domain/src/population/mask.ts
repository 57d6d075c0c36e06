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
