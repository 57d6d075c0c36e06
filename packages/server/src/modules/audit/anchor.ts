// Anchors the audit chain outside the database: a signed checkpoint of its head, appended to a file, every few
// minutes while the trail grows, at start and clean shutdown, when a receipt is issued and on demand
// (`npm run audit:checkpoint`). A checkpoint is only signed over a chain that still extends the previous one,
// so the deployment never vouches for a trail that was cut or rewritten since.
import type { AuditAnchorConfig } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import {
  appendCheckpoint,
  lastCheckpoints,
  openCheckpoint,
  signCheckpoint,
  type Checkpoint,
} from './checkpoint-file.ts';
import { entryAt, lastEntry } from './queries.ts';
import { verifyAuditChain } from './service.ts';
import { loadOrCreateSigningKey } from './signing-key.ts';

export type CheckpointOutcome =
  | { status: 'taken' | 'unchanged'; checkpoint: Checkpoint }
  | { status: 'empty' }
  /** The trail no longer extends the last checkpoint (or the file's last line is not ours): nothing signed. */
  | { status: 'refused'; reason: string };

export async function takeCheckpoint(
  db: Db,
  anchor: AuditAnchorConfig,
  regencyCode: string,
  now = new Date(),
): Promise<CheckpointOutcome> {
  const key = loadOrCreateSigningKey(anchor.keyFile);
  const head = await lastEntry(db);
  if (!head) return { status: 'empty' };
  const [lastLine] = lastCheckpoints(anchor.checkpointFile, 1);
  const previous = lastLine ? openCheckpoint(lastLine, key.publicKey) : null;
  if (lastLine && !previous)
    return {
      status: 'refused',
      reason: 'the last line of the checkpoint file does not verify with this key',
    };

  if (previous) {
    if (head.seq < previous.seq)
      return {
        status: 'refused',
        reason: `the trail ends at entry ${head.seq}, the last checkpoint vouches for ${previous.seq}`,
      };
    const anchored = await entryAt(db, previous.seq);
    if (anchored?.hash !== previous.hash)
      return { status: 'refused', reason: `entry ${previous.seq} differs from the last checkpoint` };
    if (head.seq === previous.seq) return { status: 'unchanged', checkpoint: previous };
  }
  const walk = await verifyAuditChain(db, 5000, {
    ...(previous ? { from: { seq: previous.seq, hash: previous.hash } } : {}),
    until: head.seq,
  });
  if (!walk.ok)
    return { status: 'refused', reason: `the chain is broken at entry ${walk.brokenAt} (${walk.reason})` };

  const signed = signCheckpoint(key, { regencyCode, seq: head.seq, hash: head.hash, at: now });
  appendCheckpoint(anchor.checkpointFile, signed);
  return { status: 'taken', checkpoint: openCheckpoint(signed, key.publicKey)! };
}

export interface CheckpointSchedule {
  /** Clears the timer and takes a last checkpoint (clean shutdown). */
  stop(): Promise<CheckpointOutcome>;
}

/** A checkpoint now and every `intervalMinutes`; a refusal is logged loudly, it never stops the server. */
export function scheduleCheckpoints(
  db: Db,
  anchor: AuditAnchorConfig,
  regencyCode: string,
  log: { info(message: string): void; error(message: string): void },
): CheckpointSchedule {
  const run = async () => {
    try {
      const outcome = await takeCheckpoint(db, anchor, regencyCode);
      if (outcome.status === 'refused')
        log.error(`Audit checkpoint REFUSED: ${outcome.reason}. Run npm run audit:verify.`);
      else if (outcome.status === 'taken')
        log.info(`Audit checkpoint signed at entry ${outcome.checkpoint.seq}.`);
      return outcome;
    } catch (error) {
      log.error(`Audit checkpoint failed: ${(error as Error).message}`);
      return { status: 'refused', reason: (error as Error).message } as const;
    }
  };
  void run();
  const timer = setInterval(() => void run(), anchor.intervalMinutes * 60_000);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return run();
    },
  };
}
