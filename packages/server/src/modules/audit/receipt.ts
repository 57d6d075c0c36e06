// The receipt the inspectorate downloads or prints: the latest signed checkpoints and the public key that
// checks them. Kept outside the server, it lets anyone later prove that the trail once had at least that many
// entries ending in that hash, whatever happens to the server, its database and its checkpoint file.
import type { Actor } from '../../access/roles.ts';
import type { AppConfig } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../http/problem.ts';
import { takeCheckpoint } from './anchor.ts';
import { lastCheckpoints, openCheckpoint, parseSigned, type SignedCheckpoint } from './checkpoint-file.ts';
import { appendAudit } from './service.ts';
import { keyFingerprint, loadOrCreateSigningKey, parsePublicKey, publicKeyPem } from './signing-key.ts';

export const RECEIPT_KIND = 'smart-kampung/audit-receipt';

export interface ReceiptCheckpoint {
  seq: number;
  hash: string;
  at: string;
  /** The exact bytes signed: check `signature` over them with the public key. */
  message: string;
  signature: string;
}

export interface AuditReceipt {
  kind: typeof RECEIPT_KIND;
  v: 1;
  regencyCode: string;
  issuedAt: string;
  issuedTo: { username: string; role: string; agency: string | null };
  publicKey: string;
  keyFingerprint: string;
  checkpoints: ReceiptCheckpoint[];
  howToVerify: { id: string; en: string };
}

const howToVerify = {
  id:
    'Simpan tanda terima ini di luar server. Untuk memeriksa jejak audit: npm run audit:verify -- --receipt <berkas ini>. ' +
    'Setiap tanda tangan dapat diperiksa tanpa aplikasi: simpan "message" ke berkas msg (tanpa baris baru), ' +
    '"signature" (base64) sebagai sig.bin dan kunci publik sebagai key.pem, lalu: ' +
    'openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in msg -sigfile sig.bin',
  en:
    'Keep this receipt off the server. To check the audit trail: npm run audit:verify -- --receipt <this file>. ' +
    'Each signature can be checked without the application: save "message" as msg (no trailing newline), ' +
    '"signature" (base64-decoded) as sig.bin and the public key as key.pem, then: ' +
    'openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in msg -sigfile sig.bin',
};

/**
 * Audits the issuing, signs a fresh checkpoint (so the receipt covers the trail up to and including its own
 * issuing) and returns the latest `count` checkpoints. Refuses when the trail no longer extends the last
 * checkpoint: the deployment will not hand out a receipt for a doctored trail.
 */
export async function issueReceipt(
  db: Db,
  config: AppConfig,
  actor: Actor,
  request: { count: number; ip: string | null; userAgent: string | null },
): Promise<AuditReceipt> {
  await appendAudit(db, {
    actor,
    action: 'audit.receipt_issued',
    entityType: 'audit_log',
    ip: request.ip,
    userAgent: request.userAgent,
    details: { count: request.count },
  });
  const outcome = await takeCheckpoint(db, config.auditAnchor, config.regencyCode);
  if (outcome.status === 'refused') throw new AppError('AUDIT_TRAIL_BROKEN', { reason: outcome.reason });
  const key = loadOrCreateSigningKey(config.auditAnchor.keyFile);
  const checkpoints: ReceiptCheckpoint[] = [];
  for (const signed of lastCheckpoints(config.auditAnchor.checkpointFile, request.count)) {
    const checkpoint = openCheckpoint(signed, key.publicKey);
    if (checkpoint)
      checkpoints.push({ seq: checkpoint.seq, hash: checkpoint.hash, at: checkpoint.at, ...pick(signed) });
  }
  return {
    kind: RECEIPT_KIND,
    v: 1,
    regencyCode: config.regencyCode,
    issuedAt: new Date().toISOString(),
    issuedTo: { username: actor.username, role: actor.role, agency: actor.agency },
    publicKey: publicKeyPem(key.publicKey),
    keyFingerprint: keyFingerprint(key.publicKey),
    checkpoints: checkpoints.reverse(),
    howToVerify,
  };
}

const pick = (signed: SignedCheckpoint) => ({ message: signed.message, signature: signed.signature });

/** The printable form: everything needed to check it again, in Indonesian and English. */
export function receiptText(receipt: AuditReceipt): string {
  const lines = [
    'SMART KAMPUNG: TANDA TERIMA JEJAK AUDIT / AUDIT TRAIL RECEIPT',
    `Kabupaten / Regency: ${receipt.regencyCode}`,
    `Diterbitkan / Issued: ${receipt.issuedAt}`,
    `Untuk / To: ${receipt.issuedTo.username} (${receipt.issuedTo.role}${receipt.issuedTo.agency ? `, ${receipt.issuedTo.agency}` : ''})`,
    '',
    'Sidik jari kunci publik / Public key fingerprint:',
    `  ${receipt.keyFingerprint}`,
    'Kunci publik / Public key:',
    receipt.publicKey.trimEnd(),
    '',
  ];
  receipt.checkpoints.forEach((c, i) => {
    lines.push(
      `Titik periksa / Checkpoint ${i + 1}/${receipt.checkpoints.length}: entri / entry ${c.seq}, ${c.at}`,
      `  hash:      ${c.hash}`,
      `  message:   ${c.message}`,
      `  signature: ${c.signature}`,
      '',
    );
  });
  lines.push('Cara memeriksa:', receipt.howToVerify.id, '', 'How to check:', receipt.howToVerify.en, '');
  return lines.join('\n');
}

/** A receipt kept by the inspectorate, read back for `audit:verify --receipt`. */
export function readReceipt(text: string) {
  const value = JSON.parse(text) as Partial<AuditReceipt>;
  if (value.kind !== RECEIPT_KIND || !Array.isArray(value.checkpoints))
    throw new Error('not a Smart Kampung audit receipt (JSON)');
  const publicKey = typeof value.publicKey === 'string' ? parsePublicKey(value.publicKey) : null;
  return {
    publicKey,
    fingerprint: publicKey ? keyFingerprint(publicKey) : null,
    checkpoints: value.checkpoints.map((c) => parseSigned(c)),
  };
}
