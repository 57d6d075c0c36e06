// Enrolments follow the registry's life events, inside the event's own transaction: a death or a move out of
// the village ends the person's open enrolments (and those of a family left with nobody present); a family
// card split moves the family's enrolments to the family the village chose. Each ended or moved enrolment
// gets its history row, and one audit entry names them all.
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { appendAudit } from '../../audit/service.ts';
import { deleteHouseholdScores } from '../welfare/scores/score-queries.ts';
import * as q from './queries.ts';

export type LifeEventExit = 'died' | 'moved';

interface EventContext {
  actor: Actor;
  ip: string | null;
  userAgent: string | null;
}

/** The history rows' source for changes the registry made (not a decision on the enrolment itself). */
const LIFE_EVENT_SOURCE = 'life_event';

function audit(
  trx: Db,
  ctx: EventContext,
  village: string,
  action: string,
  details: Record<string, unknown>,
) {
  return appendAudit(trx, {
    actor: ctx.actor,
    action: `assistance.enrolment.${action}`,
    entityType: 'assistance_enrolment',
    regionCode: village,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    details,
  });
}

/**
 * Ends the open enrolments of these units because of a life event (`event`, e.g. population.death) on `date`.
 * Returns how many ended.
 */
export async function endEnrolmentsForLifeEvent(
  trx: Db,
  ctx: EventContext,
  village: string,
  units: q.UnitIds,
  exit: { reason: LifeEventExit; date: string; event: string },
): Promise<number> {
  const open = await q.lockOpenEnrolmentsOf(trx, village, units);
  if (open.length === 0) return 0;
  await q.exitEnrolments(
    trx,
    village,
    open.map((e) => e.id),
    { reason: exit.reason, date: exit.date, actorId: ctx.actor.id, note: exit.event },
  );
  for (const enrolment of open)
    await q.insertChange(trx, {
      village_code: village,
      enrolment_id: enrolment.id,
      changed_by: ctx.actor.id,
      from_status: enrolment.status,
      to_status: 'exited',
      exit_reason: exit.reason,
      reason: exit.event,
      source: LIFE_EVENT_SOURCE,
    });
  await audit(trx, ctx, village, 'exit', {
    event: exit.event,
    exitReason: exit.reason,
    enrolments: open.map((e) => e.id),
  });
  return open.length;
}

export type SplitChoice = 'original' | 'new';

/**
 * A family card split: the open family enrolments of the original family stay with it or move to the new one,
 * as the village chose. Without a choice while there are some, the split is refused (409) naming the
 * programs. When nobody stays in the original family, they go with the new one (no question to ask).
 */
export async function settleFamilyEnrolmentsOnSplit(
  trx: Db,
  ctx: EventContext,
  village: string,
  split: { fromFamilyId: string; newFamilyId: string; nobodyStays: boolean; choice: SplitChoice | undefined },
) {
  const open = (await q.lockOpenEnrolmentsOf(trx, village, { familyIds: [split.fromFamilyId] })).filter(
    (e) => e.unit_type === 'family',
  );
  if (open.length === 0) return;
  const choice = split.nobodyStays ? 'new' : split.choice;
  if (!choice)
    throw new AppError('FAMILY_SPLIT_ENROLMENTS', {
      programs: open.map((e) => ({ enrolmentId: e.id, code: e.code, name: e.name })),
    });
  if (choice === 'original') return;
  await q.moveFamilyEnrolments(
    trx,
    village,
    open.map((e) => e.id),
    split.newFamilyId,
  );
  for (const enrolment of open)
    await q.insertChange(trx, {
      village_code: village,
      enrolment_id: enrolment.id,
      changed_by: ctx.actor.id,
      from_status: enrolment.status,
      to_status: enrolment.status,
      exit_reason: null,
      reason: 'population.family_split',
      source: LIFE_EVENT_SOURCE,
    });
  await audit(trx, ctx, village, 'move', {
    event: 'population.family_split',
    fromFamilyId: split.fromFamilyId,
    toFamilyId: split.newFamilyId,
    enrolments: open.map((e) => e.id),
  });
}

/**
 * Before a household is deleted: one that was ever enrolled keeps that history, so it stays (409); its
 * welfare scores are derived rows and go with it. Its deciles in past ranking runs stay (no foreign key:
 * a run is a record of its day).
 */
export async function clearHouseholdForDeletion(trx: Db, village: string, householdId: string) {
  const enrolments = await q.countHouseholdEnrolments(trx, village, householdId);
  if (enrolments > 0) throw new AppError('HOUSEHOLD_HAS_ENROLMENTS', { enrolments });
  await deleteHouseholdScores(trx, village, householdId);
}
