// Appends to and verifies the hash-chained audit trail. Callers pass their transaction so the audit entry
// commits or rolls back with the change it describes.
import type { Db } from '../../db/database.ts';
import { entryHash, GENESIS_HASH, type AuditFields } from './canonical.ts';
import { entriesAfter, insertEntry, lastEntry, lockChain } from './queries.ts';

export interface AuditEvent {
  actor: { id: string; role: string } | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  regionCode?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  details?: Record<string, unknown>;
}

export async function appendAudit(db: Db, event: AuditEvent): Promise<void> {
  if (!db.isTransaction) {
    await db.transaction().execute((trx) => appendAudit(trx, event));
    return;
  }
  await lockChain(db);
  const last = await lastEntry(db);
  const fields: AuditFields = {
    seq: (last?.seq ?? 0) + 1,
    // Millisecond precision survives timestamptz and toISOString() unchanged, so the hash can be redone.
    at: new Date(),
    actorId: event.actor?.id ?? null,
    actorRole: event.actor?.role ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    regionCode: event.regionCode ?? null,
    ip: event.ip ?? null,
    userAgent: event.userAgent?.slice(0, 300) ?? null,
    details: event.details ?? {},
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await insertEntry(db, {
    seq: fields.seq,
    at: fields.at,
    actor_id: fields.actorId,
    actor_role: fields.actorRole,
    action: fields.action,
    entity_type: fields.entityType,
    entity_id: fields.entityId,
    region_code: fields.regionCode,
    ip: fields.ip,
    user_agent: fields.userAgent,
    details: fields.details,
    prev_hash: prevHash,
    hash: entryHash(prevHash, fields),
  });
}

export type ChainVerdict =
  | { ok: true; entries: number }
  | {
      ok: false;
      entries: number;
      brokenAt: number;
      reason: 'hash_mismatch' | 'link_mismatch' | 'gap' | 'checkpoint_mismatch';
    };

export interface ChainWalk {
  /** Start after this entry, already trusted (a verified checkpoint), instead of at the genesis. */
  from?: { seq: number; hash: string };
  /** Stop after this entry (entries appended meanwhile are left for the next walk). */
  until?: number;
  /** Hashes signed checkpoints vouch for, by seq: an entry that differs was rewritten, however well. */
  anchors?: ReadonlyMap<number, ReadonlySet<string>>;
}

/** Walks the chain in order; the first entry whose hash, link, position or anchor is wrong is reported. */
export async function verifyAuditChain(
  db: Db,
  batchSize = 5000,
  walk: ChainWalk = {},
): Promise<ChainVerdict> {
  let prevHash = walk.from?.hash ?? GENESIS_HASH;
  let expectedSeq = (walk.from?.seq ?? 0) + 1;
  const until = walk.until ?? Number.POSITIVE_INFINITY;
  for (;;) {
    const batch = await entriesAfter(db, expectedSeq - 1, batchSize);
    for (const row of batch) {
      if (row.seq > until) return { ok: true, entries: expectedSeq - 1 };
      if (row.seq !== expectedSeq)
        return { ok: false, entries: expectedSeq - 1, brokenAt: expectedSeq, reason: 'gap' };
      if (row.prev_hash !== prevHash)
        return { ok: false, entries: row.seq - 1, brokenAt: row.seq, reason: 'link_mismatch' };
      const recomputed = entryHash(prevHash, {
        seq: row.seq,
        at: row.at,
        actorId: row.actor_id,
        actorRole: row.actor_role,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        regionCode: row.region_code,
        ip: row.ip,
        userAgent: row.user_agent,
        details: row.details,
      });
      if (recomputed !== row.hash)
        return { ok: false, entries: row.seq - 1, brokenAt: row.seq, reason: 'hash_mismatch' };
      const anchored = walk.anchors?.get(row.seq);
      if (anchored && [...anchored].some((hash) => hash !== row.hash))
        return { ok: false, entries: row.seq - 1, brokenAt: row.seq, reason: 'checkpoint_mismatch' };
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (batch.length < batchSize) return { ok: true, entries: expectedSeq - 1 };
  }
}
