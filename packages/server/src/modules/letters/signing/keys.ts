// Each village's Ed25519 letter-signing keys, as files beside the data directory (LETTER_KEY_DIR/<village>/
// <key id>.pem, mode 0600, like the audit key): the private key never enters the database, so a copy of the
// database cannot sign letters. The public key (raw 32 bytes, base64url) goes to letter_signing_key for good.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface VillageKey {
  keyId: string;
  privateKey: KeyObject;
  /** Raw Ed25519 public key, base64url. */
  publicKey: string;
}

/** Raw 32-byte public key, base64url (JWK's x). */
export function rawPublicKey(key: KeyObject): string {
  return (key.export({ format: 'jwk' }) as { x: string }).x;
}

/** First 8 bytes of the SHA-256 of the raw public key, hex. */
export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 16);
}

const fileOf = (dir: string, village: string, keyId: string) =>
  path.join(dir, village.replaceAll('.', ''), `${keyId}.pem`);

export function generateVillageKey(dir: string, village: string): VillageKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  const keyId = keyIdOf(raw);
  const file = fileOf(dir, village, keyId);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return { keyId, privateKey, publicKey: raw };
}

/** The village's key `keyId` from its file, or null when the file is not on this server. */
export function readVillageKey(dir: string, village: string, keyId: string): VillageKey | null {
  const file = fileOf(dir, village, keyId);
  if (!existsSync(file)) return null;
  // A key others may read is no secret any more (as with the audit key): refused rather than used.
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0)
    throw new Error(`Letter signing key ${file} is readable by others: run chmod 600 on it`);
  const privateKey = createPrivateKey(readFileSync(file));
  return { keyId, privateKey, publicKey: rawPublicKey(createPublicKey(privateKey)) };
}

/** Ed25519 signature of `text`, base64url. */
export function signText(key: VillageKey, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64url');
}

/** Does `signature` (base64url) sign `text` under the raw public key (base64url)? False for anything malformed. */
export function checkSignature(publicKey: string, text: string, signature: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
