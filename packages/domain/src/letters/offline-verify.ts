// The offline check a phone makes of a scanned letter QR, with the regency's public keys it keeps: WebCrypto
// Ed25519 (browsers and Node alike), no network. The same record and bytes the server signs.
import { fromBase64Url, parseQrPayload, type SignedLetterRecord } from './signed-record.ts';

export interface KnownKey {
  villageCode: string;
  keyId: string;
  /** Raw Ed25519 public key, base64url. */
  publicKey: string;
}

export type OfflineVerdict =
  | { valid: true; record: SignedLetterRecord; url: string }
  | { valid: false; reason: 'not_a_letter_qr' | 'unknown_key' | 'bad_signature' };

export async function verifyQrOffline(text: string, keys: readonly KnownKey[]): Promise<OfflineVerdict> {
  const payload = parseQrPayload(text);
  if (!payload) return { valid: false, reason: 'not_a_letter_qr' };
  const { record, signed, signature, url } = payload;
  const known = keys.find((key) => key.villageCode === record.d && key.keyId === record.k);
  const raw = known && fromBase64Url(known.publicKey);
  if (!raw || raw.length !== 32) return { valid: false, reason: 'unknown_key' };
  const key = await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
  const ok = await crypto.subtle.verify(
    { name: 'Ed25519' },
    key,
    fromBase64Url(signature)!,
    new TextEncoder().encode(signed),
  );
  return ok ? { valid: true, record, url } : { valid: false, reason: 'bad_signature' };
}
