// Coordinates as the operator types, pastes or picks them. Plain functions so the form's rules are tested
// without a browser; the map and the device's location only ever produce numbers through these.

/** What the database accepts: a box around Indonesia (the server refuses anything outside it). */
export const INDONESIA_BOX = { minLat: -11.5, maxLat: 6.5, minLng: 94, maxLng: 141.5 } as const;

/**
 * A typed coordinate: "-8.2193", " 114.3692 ", "−8,2193" (a typographic minus, or the Indonesian decimal
 * comma). null when the text is not a plain decimal number.
 */
export function parseCoordinate(text: string): number | null {
  let value = text.trim().replace(/[\u2212\u2013]/g, '-');
  if (!value.includes('.') && (value.match(/,/g) ?? []).length === 1) value = value.replace(',', '.');
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(value)) return null;
  return Number(value);
}

/**
 * "-8.219300, 114.369200" as copied from a map app into one field: both parts, latitude first. Only
 * decimal points are understood here, since a comma then separates the two numbers.
 */
export function splitCoordinatePair(text: string): [string, string] | null {
  const match = /^\s*([-+\u2212]?\d{1,3}\.\d+)\s*[,;\s]\s*([-+\u2212]?\d{1,3}\.\d+)\s*$/.exec(text);
  return match ? [match[1] ?? '', match[2] ?? ''] : null;
}

/** Six decimals, about 10 cm: more than a phone's GPS can tell apart, and short enough to read. */
export function formatCoordinate(value: number): string {
  return value.toFixed(6);
}

export function insideIndonesia(latitude: number, longitude: number): boolean {
  const box = INDONESIA_BOX;
  return (
    latitude >= box.minLat && latitude <= box.maxLat && longitude >= box.minLng && longitude <= box.maxLng
  );
}
