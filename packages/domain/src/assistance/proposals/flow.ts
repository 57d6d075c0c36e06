// Usul and sanggah (issue 13 §2): a citizen proposes a family of their village for a program (usul) or
// disputes a current recipient of their village (sanggah); the item climbs the way SIKS-NG's verval does:
// the village operator checks it, the village deliberation (musyawarah desa) decides it, the district passes it
// on, Dinas Sosial visits the house and decides. This file is the one state machine every path uses.
import { mayDo, type Action } from '../../access/grants.ts';
import type { Agency, Role } from '../../access/roles.ts';
import { requestDueAt } from '../../letters/service-level.ts';
import type { Label, ProgramLevel } from '../program.ts';

export const PROPOSAL_KINDS = ['usul', 'sanggah'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_KIND_LABELS: Record<ProposalKind, Label> = {
  usul: { id: 'Usul (diusulkan menerima bantuan)', en: 'Proposal (to receive assistance)' },
  sanggah: { id: 'Sanggah (penerima dinilai tidak layak)', en: 'Dispute (a recipient thought ineligible)' },
};

/** Open statuses wait for a step; the others are final. */
export const OPEN_PROPOSAL_STATUSES = [
  'submitted',
  'checked',
  'at_district',
  'at_agency',
  'visited',
] as const;
export const FINAL_PROPOSAL_STATUSES = [
  'rejected_at_check',
  'rejected_by_village',
  'rejected_by_agency',
  'enrolled',
  'exited',
  'proposed_to_ministry',
] as const;
export const PROPOSAL_STATUSES = [...OPEN_PROPOSAL_STATUSES, ...FINAL_PROPOSAL_STATUSES] as const;
export type OpenProposalStatus = (typeof OPEN_PROPOSAL_STATUSES)[number];
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, Label> = {
  submitted: { id: 'Diajukan, menunggu pemeriksaan desa', en: 'Submitted, awaiting the village check' },
  checked: { id: 'Diperiksa, menunggu musyawarah desa', en: 'Checked, awaiting the village deliberation' },
  at_district: { id: 'Diterima musdes, di kecamatan', en: 'Accepted by the village, at the district' },
  at_agency: { id: 'Menunggu verifikasi Dinas Sosial', en: 'Awaiting Dinas Sosial’s verification visit' },
  visited: { id: 'Sudah diverifikasi, menunggu keputusan', en: 'Visited, awaiting the decision' },
  rejected_at_check: { id: 'Ditolak saat pemeriksaan', en: 'Rejected at the check' },
  rejected_by_village: { id: 'Ditolak musyawarah desa', en: 'Rejected by the village deliberation' },
  rejected_by_agency: { id: 'Ditolak Dinas Sosial', en: 'Rejected by Dinas Sosial' },
  enrolled: { id: 'Ditetapkan sebagai penerima', en: 'Enrolled' },
  exited: { id: 'Kepesertaan dihentikan', en: 'Enrolment ended' },
  proposed_to_ministry: { id: 'Diusulkan ke Kementerian Sosial', en: 'Proposed to the ministry' },
};

export function isOpenProposal(status: ProposalStatus): status is OpenProposalStatus {
  return (OPEN_PROPOSAL_STATUSES as readonly string[]).includes(status);
}

/** The steps, one per open status: who takes it and how long the regency gives them (working days). */
export const PROPOSAL_STEPS = ['check', 'decide_village', 'forward', 'visit', 'decide_agency'] as const;
export type ProposalStep = (typeof PROPOSAL_STEPS)[number];
export const PROPOSAL_STEP_LABELS: Record<ProposalStep, Label> = {
  check: { id: 'Pemeriksaan operator desa', en: 'Village operator’s check' },
  decide_village: { id: 'Keputusan musyawarah desa', en: 'Village deliberation’s decision' },
  forward: { id: 'Penerusan kecamatan', en: 'District forwarding' },
  visit: { id: 'Kunjungan verifikasi Dinas Sosial', en: 'Dinas Sosial’s verification visit' },
  decide_agency: { id: 'Keputusan Dinas Sosial', en: 'Dinas Sosial’s decision' },
};

export type StepOwner = 'village' | 'district' | 'agency';
export const STEP_OWNER_LABELS: Record<StepOwner, Label> = {
  village: { id: 'Pemerintah desa', en: 'Village government' },
  district: { id: 'Kecamatan', en: 'District' },
  agency: { id: 'Dinas Sosial', en: 'Dinas Sosial' },
};

const STEP_OF: Record<OpenProposalStatus, ProposalStep> = {
  submitted: 'check',
  checked: 'decide_village',
  at_district: 'forward',
  at_agency: 'visit',
  visited: 'decide_agency',
};
const OWNER_OF: Record<ProposalStep, StepOwner> = {
  check: 'village',
  decide_village: 'village',
  forward: 'district',
  visit: 'agency',
  decide_agency: 'agency',
};

/** The grant a step needs in the item's village: the village's 'write' for the check and the deliberation,
 * the district's forward, Dinas Sosial's visit and decision. */
const ACTION_OF: Record<ProposalStep, Action> = {
  check: 'write',
  decide_village: 'write',
  forward: 'forward_proposals',
  visit: 'decide_assistance',
  decide_agency: 'decide_assistance',
};
export function stepAction(step: ProposalStep): Action {
  return ACTION_OF[step];
}

/** The open statuses whose step a user of this role (and agency) takes: their queue. */
export function statusesAwaiting(viewer: { role: Role; agency: Agency | null }): OpenProposalStatus[] {
  return OPEN_PROPOSAL_STATUSES.filter((status) => mayDo(viewer, stepAction(stepAwaited(status))));
}

/** The step an open item waits for. */
export function stepAwaited(status: OpenProposalStatus): ProposalStep {
  return STEP_OF[status];
}
export function stepOwner(step: ProposalStep): StepOwner {
  return OWNER_OF[step];
}

/**
 * Working days per step when the regency has set none. A musyawarah desa is held about monthly (it gathers
 * the items of a month), so its step is the longest; the others are office work or one field trip.
 */
export const DEFAULT_STEP_WORKING_DAYS: Record<ProposalStep, number> = {
  check: 5,
  decide_village: 30,
  forward: 5,
  visit: 15,
  decide_agency: 10,
};
export const MAX_STEP_WORKING_DAYS = 120;

/** What the operator's check may find. `ok` passes it to the deliberation; the others end it. */
export const CHECK_OUTCOMES = [
  'ok',
  'duplicate',
  'already_enrolled',
  'unknown_family',
  'not_recipient',
] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];
export const CHECK_OUTCOME_LABELS: Record<CheckOutcome, Label> = {
  ok: { id: 'Lengkap, dibawa ke musyawarah desa', en: 'In order, goes to the village deliberation' },
  duplicate: { id: 'Usulan/sanggahan ganda', en: 'Duplicate item' },
  already_enrolled: { id: 'Sudah terdaftar sebagai penerima', en: 'Already enrolled' },
  unknown_family: { id: 'Keluarga tidak terdaftar di desa', en: 'Family not registered in the village' },
  not_recipient: { id: 'Bukan (lagi) penerima program ini', en: 'Not (or no longer) a recipient' },
};
/** A dispute is about an enrolment, so "already enrolled" and "unknown family" do not apply to it, and "not a
 * recipient" does not apply to a proposal. */
const CHECK_OUTCOMES_OF: Record<ProposalKind, readonly CheckOutcome[]> = {
  usul: ['ok', 'duplicate', 'already_enrolled', 'unknown_family'],
  sanggah: ['ok', 'duplicate', 'not_recipient'],
};
export function checkOutcomesOf(kind: ProposalKind): readonly CheckOutcome[] {
  return CHECK_OUTCOMES_OF[kind];
}

export const VILLAGE_DECISIONS = ['accepted', 'rejected'] as const;
export type VillageDecision = (typeof VILLAGE_DECISIONS)[number];

/**
 * Dinas Sosial's decision. The regency enrols or ends enrolments of its own and the villages' programs; for a
 * national or province program it can only pass the item up (DTSEN usulan through SIKS-NG), so the item ends
 * as "proposed to the ministry", carried by the export.
 */
export const AGENCY_DECISIONS = ['enrol', 'exit', 'propose_to_ministry', 'reject'] as const;
export type AgencyDecision = (typeof AGENCY_DECISIONS)[number];
export const AGENCY_DECISION_LABELS: Record<AgencyDecision, Label> = {
  enrol: { id: 'Tetapkan sebagai penerima', en: 'Enrol' },
  exit: { id: 'Hentikan kepesertaan', en: 'End the enrolment' },
  propose_to_ministry: { id: 'Usulkan ke Kementerian Sosial', en: 'Propose to the ministry' },
  reject: { id: 'Tolak', en: 'Reject' },
};

/** Whether the regency decides the program's enrolments itself (else it proposes them upward). */
export function regencyDecides(level: ProgramLevel): boolean {
  return level === 'regency' || level === 'village';
}

/** The decisions open to Dinas Sosial for an item of this kind on a program of this level. */
export function agencyDecisionsFor(kind: ProposalKind, level: ProgramLevel): readonly AgencyDecision[] {
  if (!regencyDecides(level)) return ['propose_to_ministry', 'reject'];
  return kind === 'usul' ? ['enrol', 'reject'] : ['exit', 'reject'];
}

export type StepAct =
  | { step: 'check'; outcome: CheckOutcome }
  | { step: 'decide_village'; decision: VillageDecision }
  | { step: 'forward' }
  | { step: 'visit' }
  | { step: 'decide_agency'; decision: AgencyDecision };

const AGENCY_RESULT: Record<AgencyDecision, ProposalStatus> = {
  enrol: 'enrolled',
  exit: 'exited',
  propose_to_ministry: 'proposed_to_ministry',
  reject: 'rejected_by_agency',
};

/**
 * The status an act moves an item to, or null when the act is not the step the item waits for or its outcome
 * does not fit the item's kind or program level.
 */
export function nextProposalStatus(
  item: { kind: ProposalKind; status: ProposalStatus; programLevel: ProgramLevel },
  act: StepAct,
): ProposalStatus | null {
  if (!isOpenProposal(item.status) || stepAwaited(item.status) !== act.step) return null;
  switch (act.step) {
    case 'check':
      if (!checkOutcomesOf(item.kind).includes(act.outcome)) return null;
      return act.outcome === 'ok' ? 'checked' : 'rejected_at_check';
    case 'decide_village':
      return act.decision === 'accepted' ? 'at_district' : 'rejected_by_village';
    case 'forward':
      return 'at_agency';
    case 'visit':
      return 'visited';
    case 'decide_agency':
      if (!agencyDecisionsFor(item.kind, item.programLevel).includes(act.decision)) return null;
      return AGENCY_RESULT[act.decision];
  }
}

/** An open item past its due time. Final items are never overdue. */
export function isOverdue(status: ProposalStatus, dueAt: Date | null, now: Date): boolean {
  return isOpenProposal(status) && dueAt !== null && dueAt.getTime() < now.getTime();
}

/**
 * When a step entered at `enteredAt` is due: the end (midnight WIB) of the Nth working day after it, on the
 * same working-day clock as letter requests (Monday to Friday, national holidays off).
 */
export function stepDueAt(enteredAt: Date, workingDays: number): Date {
  return requestDueAt(enteredAt, workingDays);
}
