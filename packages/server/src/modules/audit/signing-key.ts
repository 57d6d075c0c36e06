// The deployment's Ed25519 key that signs audit checkpoints. It lives in a file (mode 0600), never in the
// database whose trail it vouches for: someone who can rewrite the database cannot sign a matching checkpoint.
// Ed25519 from node:crypto (OpenSSL underneath): no extra dependency, deterministic signatures, 32-byte keys.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** SHA-256 of the public key's DER (SPKI) form, hex in groups of four: what a printed receipt shows. */
export function keyFingerprint(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex');
  return `SHA256:${hex.match(/.{4}/g)!.join(' ')}`;
}

export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** Reads a public key from PEM (a receipt's), or null when it is not an Ed25519 public key. */
export function parsePublicKey(pem: string): KeyObject | null {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

function readKey(file: string): SigningKey {
  // Like ssh: a key others may read is not a secret any more, so it is refused rather than used.
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0)
    throw new Error(`Audit signing key ${file} is readable by others: run chmod 600 on it`);
  const privateKey = createPrivateKey(readFileSync(file));
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error(`Audit signing key ${file} is not an Ed25519 key`);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** The key in `file`, or null when there is none yet (verification must never make one up). */
export function loadSigningKey(file: string): SigningKey | null {
  return existsSync(file) ? readKey(file) : null;
}

/** The key in `file`, generated on first use (the directory 0700, the file 0600, never overwritten). */
export function loadOrCreateSigningKey(file: string): SigningKey {
  if (existsSync(file)) return readKey(file);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  try {
    // 'wx': if another process created the key a moment ago, keep theirs.
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readKey(file);
}
