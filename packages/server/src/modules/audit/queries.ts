import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** Held until the surrounding transaction ends, so entries get consecutive seq numbers in commit order. */
export async function lockChain(db: Db) {
  await sql`SELECT pg_advisory_xact_lock(727002)`.execute(db);
}

export function lastEntry(db: Db) {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function entryAt(db: Db, seq: number) {
  return db.selectFrom('audit_log').select(['seq', 'hash']).where('seq', '=', seq).executeTakeFirst();
}

export interface AuditRow {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  region_code: string | null;
  ip: string | null;
  user_agent: string | null;
  details: unknown;
  prev_hash: string;
  hash: string;
}

export async function insertEntry(db: Db, row: AuditRow) {
  await db
    .insertInto('audit_log')
    .values({ ...row, details: JSON.stringify(row.details ?? {}) })
    .execute();
}

export function entriesAfter(db: Db, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export function entriesFor(db: Db, filter: { entityType?: string; actorId?: string }, limit: number) {
  let query = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(limit);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
  return query.execute() as Promise<AuditRow[]>;
}
