// Verifies the audit trail against its chain AND its signed checkpoints (from the checkpoint file and from
// receipts the inspectorate kept). The chain alone cannot tell a cut or a rewritten tail from a short trail:
// a checkpoint can, because nobody without the key can sign one for the doctored version.
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { openCheckpoint, type Checkpoint, type SignedCheckpoint } from './checkpoint-file.ts';
import { verifyAuditChain, type ChainVerdict } from './service.ts';

export interface CheckpointSource {
  /** Where it came from, for the message: "checkpoints.jsonl line 12", "receipt.json #3". */
  label: string;
  signed: SignedCheckpoint | null;
  /** The key to check it with; null when that key is missing. */
  publicKey: KeyObject | null;
}

type BrokenReason =
  Extract<ChainVerdict, { ok: false }>['reason'] | 'checkpoint_signature' | 'entries_missing';

export type TrailVerdict =
  | { ok: true; entries: number; checkpoints: number; lastCheckpoint: Checkpoint | null }
  | { ok: false; entries: number; brokenAt: number | null; reason: BrokenReason; message: string };

interface Anchored {
  label: string;
  checkpoint: Checkpoint;
}

function describeChainBreak(verdict: Extract<ChainVerdict, { ok: false }>, anchored: Anchored[]): string {
  if (verdict.reason !== 'checkpoint_mismatch')
    return `Audit chain BROKEN at entry ${verdict.brokenAt} (${verdict.reason}); ${verdict.entries} entries before it are intact.`;
  const witness = anchored.find((a) => a.checkpoint.seq === verdict.brokenAt)!;
  const earlier = anchored.filter((a) => a.checkpoint.seq < verdict.brokenAt).map((a) => a.checkpoint.seq);
  const lastGood = earlier.length > 0 ? Math.max(...earlier) : 0;
  return (
    `Audit trail REWRITTEN: entry ${verdict.brokenAt} no longer has the hash signed in ${witness.label} ` +
    `at ${witness.checkpoint.at}. Entries up to ${lastGood} still match the checkpoints before it, so the ` +
    `rewrite lies in entries ${lastGood + 1}–${verdict.brokenAt}.`
  );
}

export async function verifyAuditTrail(
  db: Db,
  sources: readonly CheckpointSource[],
  batchSize = 5000,
): Promise<TrailVerdict> {
  const anchored: Anchored[] = [];
  for (const source of sources) {
    const checkpoint =
      source.signed && source.publicKey ? openCheckpoint(source.signed, source.publicKey) : null;
    if (!checkpoint)
      return {
        ok: false,
        entries: 0,
        brokenAt: null,
        reason: 'checkpoint_signature',
        message: source.publicKey
          ? `Checkpoint ${source.label} does not verify with its public key: the checkpoint was edited, or signed with another key.`
          : `Checkpoint ${source.label} cannot be checked: the public key to check it with is missing.`,
      };
    anchored.push({ label: source.label, checkpoint });
  }
  anchored.sort((a, b) => a.checkpoint.seq - b.checkpoint.seq);

  const anchors = new Map<number, Set<string>>();
  for (const { checkpoint } of anchored) {
    const hashes = anchors.get(checkpoint.seq) ?? new Set<string>();
    hashes.add(checkpoint.hash);
    anchors.set(checkpoint.seq, hashes);
  }
  const chain = await verifyAuditChain(db, batchSize, { anchors });
  if (!chain.ok) return { ...chain, message: describeChainBreak(chain, anchored) };

  const beyond = anchored.find((a) => a.checkpoint.seq > chain.entries);
  if (beyond)
    return {
      ok: false,
      entries: chain.entries,
      brokenAt: chain.entries + 1,
      reason: 'entries_missing',
      message:
        `Audit trail CUT: it ends at entry ${chain.entries}, but ${beyond.label} (signed at ` +
        `${beyond.checkpoint.at}) vouches for ${beyond.checkpoint.seq} entries; entries ` +
        `${chain.entries + 1}–${beyond.checkpoint.seq} are missing.`,
    };
  return {
    ok: true,
    entries: chain.entries,
    checkpoints: anchored.length,
    lastCheckpoint: anchored.at(-1)?.checkpoint ?? null,
  };
}
