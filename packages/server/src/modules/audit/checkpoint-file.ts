// Signed checkpoints of the audit chain and the append-only file that keeps them. A checkpoint says "the
// trail had `seq` entries and the last one hashed to `hash` at `at`", signed with the deployment's key. What is
// signed is exactly the `message` string stored beside the signature, so anyone can check a line (or a printed
// receipt) with the public key alone: `openssl pkeyutl -verify -pubin -inkey key.pem -rawin …`.
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeSync,
} from 'node:fs';
import { sign, verify, type KeyObject } from 'node:crypto';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { keyFingerprint, type SigningKey } from './signing-key.ts';

export const CHECKPOINT_KIND = 'smart-kampung/audit-checkpoint';

const checkpointSchema = z.object({
  kind: z.literal(CHECKPOINT_KIND),
  v: z.literal(1),
  regencyCode: z.string(),
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.iso.datetime(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

const signedSchema = z.object({
  message: z.string(),
  signature: z.string(),
  /** Fingerprint of the key that signed, for the reader; the verifier never trusts it. */
  key: z.string().optional(),
});
export type SignedCheckpoint = z.infer<typeof signedSchema>;

export function signCheckpoint(
  key: SigningKey,
  fields: { regencyCode: string; seq: number; hash: string; at: Date },
): SignedCheckpoint {
  const message = canonicalize({
    kind: CHECKPOINT_KIND,
    v: 1,
    regencyCode: fields.regencyCode,
    seq: fields.seq,
    hash: fields.hash,
    at: fields.at.toISOString(),
  })!;
  const signature = sign(null, Buffer.from(message), key.privateKey).toString('base64');
  return { message, signature, key: keyFingerprint(key.publicKey) };
}

/** The checkpoint a signed line vouches for, or null when the signature or the message is not right. */
export function openCheckpoint(signed: SignedCheckpoint, publicKey: KeyObject): Checkpoint | null {
  let valid = false;
  try {
    valid = verify(null, Buffer.from(signed.message), publicKey, Buffer.from(signed.signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) return null;
  try {
    const parsed = checkpointSchema.safeParse(JSON.parse(signed.message));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Parses one stored line (or a receipt's entry); null when it is not a signed checkpoint at all. */
export function parseSigned(value: unknown): SignedCheckpoint | null {
  const parsed = signedSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Appends one line and waits for the disk: a checkpoint lost in a crash would anchor nothing. */
export function appendCheckpoint(file: string, signed: SignedCheckpoint): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = openSync(file, 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(signed)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface CheckpointLine {
  /** 1-based line number in the file (counted from the part read, for a tail). */
  line: number;
  signed: SignedCheckpoint | null;
}

function parseLines(text: string, firstLine: number): CheckpointLine[] {
  const lines: CheckpointLine[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown = null;
    try {
      value = JSON.parse(raw);
    } catch {
      value = null;
    }
    lines.push({ line: firstLine + i, signed: parseSigned(value) });
  });
  return lines;
}

/** Every line of the checkpoint file ([] when there is none yet). */
export function readCheckpointFile(file: string): CheckpointLine[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return parseLines(text, 1);
}

/** The last `count` signed lines, reading only the end of a file that grows by a line every few minutes. */
export function lastCheckpoints(file: string, count: number): SignedCheckpoint[] {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const length = Math.min(size, 512 * (count + 1));
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    const read = readAt(fd, buffer, size - length);
    let text = buffer.subarray(0, read).toString('utf8');
    // The first line of a tail is most likely cut in the middle.
    if (length < size) text = text.slice(text.indexOf('\n') + 1);
    return parseLines(text, 1)
      .map((l) => l.signed)
      .filter((s): s is SignedCheckpoint => s !== null)
      .slice(-count);
  } finally {
    closeSync(fd);
  }
}

/** Fills `buffer` from `position` on (a read may return less than asked). */
function readAt(fd: number, buffer: Buffer, position: number): number {
  let total = 0;
  while (total < buffer.length) {
    const n = readSync(fd, buffer, total, buffer.length - total, position + total);
    if (n === 0) break;
    total += n;
  }
  return total;
}
