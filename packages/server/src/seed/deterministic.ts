import { createHash } from 'node:crypto';

/** A UUID derived from a name, so the same seed always produces the same ids (RFC 4122 layout, v5-style). */
export function stableUuid(name: string): string {
  const bytes = createHash('sha256').update(`smart-kampung:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Lower-case ASCII slug of a place name for usernames: "Kebalenan" → "kebalenan", "Sumber Agung" → "sumberagung". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
