// The exact bytes an audit entry's hash covers. JSON Canonicalization (RFC 8785) makes the details object
// hash the same after a round trip through jsonb, which reorders keys.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export interface AuditFields {
  seq: number;
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  regionCode: string | null;
  ip: string | null;
  userAgent: string | null;
  details: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

export function entryHash(prevHash: string, entry: AuditFields): string {
  const canonical = canonicalize({
    prevHash,
    seq: entry.seq,
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    regionCode: entry.regionCode,
    ip: entry.ip,
    userAgent: entry.userAgent,
    details: entry.details ?? {},
  });
  return createHash('sha256')
    .update(canonical ?? '')
    .digest('hex');
}
