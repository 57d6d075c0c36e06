// Every life event runs the same way: write access to the village, one transaction, the change plus its
// history rows, fresh village statistics, fresh welfare scores of the families it touched (a birth, death or
// move changes who lives there, and the score counts members) and one audit entry, all committed together or
// not at all.
import { randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { appendAudit } from '../../audit/service.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { refreshVillageStats } from '../registry/stats-refresh-queries.ts';
import type { Selectable, Updateable } from 'kysely';
import type { Resident } from '../../../db/schema.ts';
import { today } from '../registry/nik-check.ts';
import { dropHeadWhoLeft } from '../households/record/queries.ts';
import { insertEvent, updateResident } from './queries.ts';
import { recomputeWelfareScores } from '../../assistance/welfare/scores/recompute.ts';

export type EventType =
  | 'birth'
  | 'death'
  | 'move_in'
  | 'move_out'
  | 'family_change'
  | 'correction'
  | 'void'
  | 'flags_cleared'
  | 'nik_assigned';

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
  /** Applies changes to one resident and records the history row with the record before and after. */
  change(
    before: Selectable<Resident>,
    changes: Updateable<Resident>,
    entry?: { date?: string; details?: Record<string, unknown> },
  ): Promise<void>;
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
    // Families a member left or joined: their (and their households') scores follow in this transaction.
    const touchedFamilies = new Set<string>();
    const log: EventLog = {
      history: (entry) => writeHistory(entry),
      change: async (before, changes, entry = {}) => {
        const updated = { ...changes, updated_at: new Date() };
        if (before.family_id) touchedFamilies.add(before.family_id);
        await updateResident(trx, villageCode, before.id, updated);
        // Someone who dies, leaves or changes family card may no longer live where they were head.
        if (changes.status_code !== undefined || changes.family_id !== undefined)
          await dropHeadWhoLeft(trx, villageCode, before.id);
        await writeHistory({
          residentId: before.id,
          familyId: changes.family_id ?? before.family_id,
          date: entry.date ?? today(),
          details: entry.details ?? {},
          before,
          after: { ...before, ...updated },
        });
      },
    };
    function writeHistory(entry: Parameters<EventLog['history']>[0]) {
      if (entry.familyId) touchedFamilies.add(entry.familyId);
      return insertEvent(trx, {
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
      });
    }
    const { result, entityId, auditDetails } = await work(trx, log);
    await refreshVillageStats(trx, villageCode);
    if (touchedFamilies.size > 0)
      await recomputeWelfareScores(trx, villageCode, { familyIds: [...touchedFamilies] });
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
