// Every life event runs the same way: write access to the village, one transaction, the change plus its
// history rows, fresh village statistics and one audit entry, all committed together or not at all.
import { randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { appendAudit } from '../../audit/service.ts';
import type { RequestContext } from '../records/service.ts';
import { refreshVillageStats } from '../stats-refresh.ts';
import { insertEvent } from './queries.ts';

export type EventType =
  'birth' | 'death' | 'move_in' | 'move_out' | 'family_change' | 'correction' | 'void' | 'flags_cleared';

export interface EventLog {
  /** Records one history row: the resident (or family) before and after. */
  history(entry: {
    residentId: string | null;
    familyId: string | null;
    date: string;
    details?: Record<string, unknown>;
    before: unknown;
    after: unknown;
  }): Promise<void>;
}

export async function runLifeEvent<T>(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  type: EventType,
  work: (
    trx: Db,
    log: EventLog,
  ) => Promise<{ result: T; entityId: string; auditDetails?: Record<string, unknown> }>,
): Promise<T> {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  return db.transaction().execute(async (trx) => {
    const log: EventLog = {
      history: (entry) =>
        insertEvent(trx, {
          village_code: villageCode,
          id: randomUUID(),
          resident_id: entry.residentId,
          family_id: entry.familyId,
          event_type: type,
          event_date: entry.date,
          details: entry.details ?? {},
          before: entry.before,
          after: entry.after,
          actor_id: ctx.actor.id,
        }),
    };
    const { result, entityId, auditDetails } = await work(trx, log);
    await refreshVillageStats(trx, villageCode);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: `population.${type}`,
      entityType: 'resident',
      entityId,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: auditDetails ?? {},
    });
    return result;
  });
}
