// The record a village signs for each letter, and how the letter's QR code carries it. Pure (no crypto here):
// the server signs and checks with node:crypto Ed25519, an offline page with WebCrypto Ed25519, both over the
// same bytes, `canonicalRecord(record)`.
//
// The QR holds the verification address and, after "#", the record and its signature. A browser never sends
// what follows "#", so the online page reads the letter by its random id while an offline verifier, holding
// the regency's public keys, checks the record and shows it for comparison with the paper.

export interface SignedLetterRecord {
  /** Format version. */
  v: 1;
  /** The signing key's id (letter_signing_key.key_id). */
  k: string;
  /** The village code. */
  d: string;
  /** The letter's random public id. */
  i: string;
  /** Number, letter type code, date (YYYY-MM-DD). */
  n: string;
  t: string;
  dt: string;
  /** SHA-256 of the letter's public id, ":" and the subject's NIK, base64url: the NIK is never in the QR. */
  s: string;
  /** Signer's name and post as printed. */
  sn: string;
  sp: string;
  /** SHA-256 of the letter's content (every word the PDF prints), base64url. */
  c: string;
}

const ORDER: readonly (keyof SignedLetterRecord)[] = [
  'v',
  'k',
  'd',
  'i',
  'n',
  't',
  'dt',
  's',
  'sn',
  'sp',
  'c',
];

/** The exact text that is signed: JSON with the keys in a fixed order and nothing else. */
export function canonicalRecord(record: SignedLetterRecord): string {
  return JSON.stringify(Object.fromEntries(ORDER.map((key) => [key, record[key]])));
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** What the QR code holds: the verification address, then "#" record "." signature, both base64url. */
export function qrPayload(verifyUrl: string, record: SignedLetterRecord, signature: string): string {
  return `${verifyUrl}#${toBase64Url(new TextEncoder().encode(canonicalRecord(record)))}.${signature}`;
}

const STRING_KEYS = ORDER.filter((key) => key !== 'v');

/** The record and signature a scanned QR holds, or null when it is not one of ours. */
export function parseQrPayload(
  text: string,
): { url: string; record: SignedLetterRecord; signed: string; signature: string } | null {
  const hash = text.indexOf('#');
  if (hash < 0) return null;
  const [encoded, signature, ...rest] = text.slice(hash + 1).split('.');
  if (!encoded || !signature || rest.length > 0) return null;
  const bytes = fromBase64Url(encoded);
  if (!bytes || !fromBase64Url(signature)) return null;
  let parsed: unknown;
  const signed = new TextDecoder().decode(bytes);
  try {
    parsed = JSON.parse(signed);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const record = parsed as Record<string, unknown>;
  if (record.v !== 1 || STRING_KEYS.some((key) => typeof record[key] !== 'string')) return null;
  // The signature covers the bytes as carried: an offline verifier checks `signed`, not a re-encoding.
  return { url: text.slice(0, hash), record: record as unknown as SignedLetterRecord, signed, signature };
}

/** "Slamet Riyadi" → "S***** R*****": enough to compare with the paper, not enough to learn the name. */
export function maskPersonName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => {
      const letters = [...word];
      return letters[0] + '*'.repeat(Math.max(letters.length - 1, 1));
    })
    .join(' ');
}
