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

/** Checks an Ed25519 signature over `message` with a raw public key. */
export type Ed25519Verify = (
  publicKey: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
) => Promise<boolean>;

/** WebCrypto's Ed25519 (Node, and browsers that ship it: Chromium 137+, Firefox 129+, Safari 17+). */
export const webCryptoEd25519: Ed25519Verify = async (publicKey, signature, message) => {
  const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message);
};

/** Checks a scanned QR with the keys it knows; `verify` may be a library where WebCrypto lacks Ed25519. */
export async function verifyQrOffline(
  text: string,
  keys: readonly KnownKey[],
  verify: Ed25519Verify = webCryptoEd25519,
): Promise<OfflineVerdict> {
  const payload = parseQrPayload(text);
  if (!payload) return { valid: false, reason: 'not_a_letter_qr' };
  const { record, signed, signature, url } = payload;
  const known = keys.find((key) => key.villageCode === record.d && key.keyId === record.k);
  const raw = known && fromBase64Url(known.publicKey);
  if (!raw || raw.length !== 32) return { valid: false, reason: 'unknown_key' };
  const ok = await verify(raw, fromBase64Url(signature)!, new TextEncoder().encode(signed));
  return ok ? { valid: true, record, url } : { valid: false, reason: 'bad_signature' };
}
