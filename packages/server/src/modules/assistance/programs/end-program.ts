// Ending a program ends its enrolments: when a change closes the program (active turned off) or puts the end
// of its active period before today, every open enrolment in every village exits with 'program_ended', in
// the change's own transaction, each with its history row. One audit entry per village names that village's
// ended enrolments (the audit trail is read per area, so a village's auditor sees its own), beside the
// program change's entry. The exit date is the period's end when it has passed, else today.
import type { Db } from '../../../db/database.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { today } from '../../population/registry/nik-check.ts';
import { appendAudit } from '../../audit/service.ts';
import * as q from './queries.ts';

/** The history rows' reason: the web app shows it as "Program berakhir" / "Program ended". */
export const PROGRAM_END_REASON = 'assistance.program_ended';

interface ProgramState {
  active: boolean;
  period_end: string | null;
}

/** Closed, or its active period ended before `day`. */
export function hasEnded(program: ProgramState, day: string): boolean {
  return !program.active || (program.period_end !== null && program.period_end < day);
}

/** The open enrolments ended because the change ended the program; how many ended. */
export async function endEnrolmentsOfEndedProgram(
  trx: Db,
  ctx: RequestContext,
  program: { id: string; code: string },
  before: ProgramState,
  after: ProgramState,
): Promise<number> {
  const day = today();
  if (hasEnded(before, day) || !hasEnded(after, day)) return 0;
  const open = await q.lockOpenProgramEnrolments(trx, program.id);
  if (open.length === 0) return 0;
  const date = after.period_end !== null && after.period_end < day ? after.period_end : day;
  await q.exitEndedProgramEnrolments(
    trx,
    {
      villageCodes: open.map((row) => row.village_code),
      ids: open.map((row) => row.id),
      fromStatuses: open.map((row) => row.status),
    },
    { date, actorId: ctx.actor.id, note: PROGRAM_END_REASON },
  );
  const byVillage = new Map<string, string[]>();
  for (const row of open)
    byVillage.set(row.village_code, [...(byVillage.get(row.village_code) ?? []), row.id]);
  for (const [village, ids] of byVillage)
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'assistance.enrolment.exit',
      entityType: 'assistance_enrolment',
      regionCode: village,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: {
        event: PROGRAM_END_REASON,
        exitReason: 'program_ended',
        programId: program.id,
        programCode: program.code,
        endDate: date,
        enrolments: ids,
      },
    });
  return open.length;
}
