// Signing letters: every issued letter is signed by its village's current key over its canonical record
// (domain letters/signed-record.ts). Keys are made when a village issues its first letter, and rotated on
// demand; retired public keys stay, so a letter signed before a rotation still verifies.
import { createHash } from 'node:crypto';
import { canonicalRecord, type SignedLetterRecord } from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import type { PrintableLetter } from '../issue/document.ts';
import { generateVillageKey, readVillageKey, signText, type VillageKey } from './keys.ts';
import { currentKeyRow, insertCurrentKey, retireCurrentKey } from './queries.ts';

/**
 * The village's current key, made on first use. Called before the issuing transaction: two desks issuing a
 * village's first letter at once both try, one wins (one current key per village), the other reads its file.
 * A current key whose file is not on this server (a restore without the key directory) is retired and
 * replaced: its public key stays, so what it signed still verifies; only new letters use the new key.
 */
export async function ensureVillageKey(db: Db, keyDir: string, villageCode: string): Promise<VillageKey> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const current = await currentKeyRow(db, villageCode);
    if (current) {
      const key = readVillageKey(keyDir, villageCode, current.key_id);
      if (key) return key;
      await retireCurrentKey(db, villageCode);
      continue;
    }
    const made = generateVillageKey(keyDir, villageCode);
    await insertCurrentKey(db, villageCode, made.keyId, made.publicKey);
  }
  throw new Error(`no letter signing key for ${villageCode}`);
}

/** Retires the village's current key and makes a new one (in one transaction, with `also`: the audit). */
export async function rotateVillageKey(
  db: Db,
  keyDir: string,
  villageCode: string,
  also: (trx: Db) => Promise<void> = async () => {},
): Promise<VillageKey> {
  const made = generateVillageKey(keyDir, villageCode);
  await db.transaction().execute(async (trx) => {
    await retireCurrentKey(trx, villageCode);
    await insertCurrentKey(trx, villageCode, made.keyId, made.publicKey);
    await also(trx);
  });
  return made;
}

/** What a letter says: everything it prints but the QR and the void mark. */
export type LetterContent = Omit<PrintableLetter, 'qr' | 'status' | 'logo'>;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64url');

/**
 * SHA-256 of every word the PDF prints, as canonical JSON of the printable letter. Not of the PDF's bytes:
 * the PDF carries the QR, which carries the signature, which would have to cover itself.
 */
export function contentDigest(letter: LetterContent): string {
  const { number, letterDate, template, letterhead, subject, fields, signer, parties } = letter;
  // A letter naming nobody else hashes as it did before parties were printed.
  const named = parties && Object.keys(parties).length > 0 ? { parties } : {};
  return sha256(stableJson({ number, letterDate, template, letterhead, subject, fields, signer, ...named }));
}

/** JSON with object keys sorted at every level, so equal content always hashes alike. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

export function letterRecord(input: {
  keyId: string;
  villageCode: string;
  publicId: string;
  letterTypeCode: string;
  letter: LetterContent;
}): SignedLetterRecord {
  const { letter } = input;
  return {
    v: 1,
    k: input.keyId,
    d: input.villageCode,
    i: input.publicId,
    n: letter.number,
    t: input.letterTypeCode,
    dt: letter.letterDate,
    s: sha256(`${input.publicId}:${letter.subject.nik ?? ''}`),
    sn: letter.signer.name,
    sp: letter.signer.post,
    c: contentDigest(letter),
  };
}

export function signRecord(key: VillageKey, record: SignedLetterRecord): string {
  return signText(key, canonicalRecord(record));
}
