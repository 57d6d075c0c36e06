// Who may see and decide a program. A regency-run program (national, province, regency) is the regency's
// reference fact: every role that reads an area sees it, and the social-affairs agency (decide_assistance)
// decides it. A village's own program is seen within that village's area and run by the village's staff
// ('write'). Enrolling follows the same line: a village enrols in its own programs and proposes for the
// regency's; Dinas Sosial enrols in the regency's.
import { canActOnRegion } from '../../../access/access.ts';
import type { Actor } from '../../../access/roles.ts';
import { AppError } from '../../../http/problem.ts';

export interface ProgramOwnership {
  level: string;
  owner_area_code: string;
}

const isVillageProgram = (program: ProgramOwnership) => program.level === 'village';

export function canSeeProgram(actor: Actor, program: ProgramOwnership): boolean {
  return isVillageProgram(program)
    ? canActOnRegion(actor, program.owner_area_code, 'read')
    : canActOnRegion(actor, actor.areaCode, 'read');
}

export function canManageProgram(actor: Actor, program: ProgramOwnership): boolean {
  return isVillageProgram(program)
    ? canActOnRegion(actor, program.owner_area_code, 'write')
    : canActOnRegion(actor, program.owner_area_code, 'decide_assistance');
}

/** Unseen: 404 (its existence is not revealed); seen but not the caller's to decide: 403. */
export function assertCanManageProgram(actor: Actor, program: ProgramOwnership) {
  if (!canSeeProgram(actor, program)) throw new AppError('NOT_FOUND');
  if (!canManageProgram(actor, program)) throw new AppError('FORBIDDEN');
}

/** Enrolling in `village` at any status: the village's own program by its staff, a regency-run one by the
 * agency that decides it. Returns where the decision comes from, or null when the caller may not. */
export function directEnrolmentSource(
  actor: Actor,
  program: ProgramOwnership,
  village: string,
): 'village_decision' | 'agency_decision' | null {
  if (isVillageProgram(program))
    return program.owner_area_code === village && canActOnRegion(actor, village, 'write')
      ? 'village_decision'
      : null;
  return canActOnRegion(actor, village, 'decide_assistance') ? 'agency_decision' : null;
}

/** Proposing (status proposed) a unit of `village` for a regency-run program: the village's staff. */
export function canPropose(actor: Actor, program: ProgramOwnership, village: string): boolean {
  return !isVillageProgram(program) && canActOnRegion(actor, village, 'write');
}
