// The domain's words for usul and sanggah (statuses, steps, owners, outcomes, decisions) in the reader's
// language: the server's own tables, so a page never names a status differently from the export or the API.
import {
  AGENCY_DECISION_LABELS,
  CHECK_OUTCOME_LABELS,
  PROPOSAL_KIND_LABELS,
  PROPOSAL_STATUS_LABELS,
  PROPOSAL_STEP_LABELS,
  STEP_OWNER_LABELS,
  type AgencyDecision,
  type Label,
  type ProposalStatus,
} from '@smart-kampung/domain';
import { currentLanguage } from '../../../i18n/index.ts';

const say = (label: Label | undefined) => (label ? label[currentLanguage()] : '');
export const pick =
  <T extends string>(table: Record<T, Label>) =>
  (value: string | null | undefined) =>
    value && value in table ? say(table[value as T]) : (value ?? '');

export const proposalStatusLabel = pick(PROPOSAL_STATUS_LABELS);
export const proposalStepLabel = pick(PROPOSAL_STEP_LABELS);
export const stepOwnerLabel = pick(STEP_OWNER_LABELS);
export const checkOutcomeLabel = pick(CHECK_OUTCOME_LABELS);
export const agencyDecisionLabel = pick(AGENCY_DECISION_LABELS);

/** A decision taken, in the words of the status it led to ("Ditetapkan sebagai penerima", not the button's
 * "Tetapkan sebagai penerima"). */
const AGENCY_OUTCOME: Record<AgencyDecision, ProposalStatus> = {
  enrol: 'enrolled',
  exit: 'exited',
  propose_to_ministry: 'proposed_to_ministry',
  reject: 'rejected_by_agency',
};
export const agencyOutcomeLabel = (decision: string) =>
  decision in AGENCY_OUTCOME
    ? proposalStatusLabel(AGENCY_OUTCOME[decision as AgencyDecision])
    : agencyDecisionLabel(decision);
export const proposalKindLabel = pick(PROPOSAL_KIND_LABELS);
