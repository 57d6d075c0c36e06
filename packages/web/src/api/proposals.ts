// Usul and sanggah for staff: the queues, an item and its steps, the desk's items, the village deliberations
// with their minutes, the regency's deadlines and the export to the ministry.
import { apiRequest } from './client.ts';
import type { ApiBody, ApiQuery, ApiResponse } from './contract.ts';

export type ProposalPage = ApiResponse<'/api/assistance/proposals', 'get'>;
export type ProposalSummary = ProposalPage['items'][number];
export type ProposalQuery = ApiQuery<'/api/assistance/proposals', 'get'>;
export type ProposalItem = ApiResponse<'/api/villages/{code}/assistance/proposals/{id}', 'get'>;
export type DeskProposalBody = ApiBody<'/api/villages/{code}/assistance/proposals', 'post'>;
export type Deliberation = ApiResponse<
  '/api/villages/{code}/assistance/deliberations',
  'get'
>['items'][number];
export type DeliberationBody = ApiBody<'/api/villages/{code}/assistance/deliberations', 'post'>;
export type StepDeadlines = ApiResponse<'/api/assistance/proposal-deadlines', 'get'>['items'];
export type CheckBody = ApiBody<'/api/villages/{code}/assistance/proposals/{id}/check', 'post'>;
export type VillageDecisionBody = ApiBody<
  '/api/villages/{code}/assistance/proposals/{id}/village-decision',
  'post'
>;
export type ForwardBody = ApiBody<'/api/villages/{code}/assistance/proposals/{id}/forward', 'post'>;
export type VisitBody = ApiBody<'/api/villages/{code}/assistance/proposals/{id}/visit', 'post'>;
export type AgencyDecisionBody = ApiBody<'/api/villages/{code}/assistance/proposals/{id}/decision', 'post'>;

const villageProposals = (code: string) => `/api/villages/${encodeURIComponent(code)}/assistance/proposals`;
const itemUrl = (code: string, id: string) => `${villageProposals(code)}/${encodeURIComponent(id)}`;
const meetings = (code: string) => `/api/villages/${encodeURIComponent(code)}/assistance/deliberations`;

export function fetchProposals(params: URLSearchParams) {
  return apiRequest<ProposalPage>(`/api/assistance/proposals?${params.toString()}`);
}

export function fetchProposal(code: string, id: string) {
  return apiRequest<ProposalItem>(itemUrl(code, id));
}

export function submitAtDesk(code: string, body: DeskProposalBody) {
  return apiRequest<ProposalItem>(villageProposals(code), { method: 'POST', body });
}

/** The step paths of the API, by the step they take. */
const STEP_PATH = {
  check: 'check',
  decide_village: 'village-decision',
  forward: 'forward',
  visit: 'visit',
  decide_agency: 'decision',
} as const;

export type StepBody =
  | { step: 'check'; body: CheckBody }
  | { step: 'decide_village'; body: VillageDecisionBody }
  | { step: 'forward'; body: ForwardBody }
  | { step: 'visit'; body: VisitBody }
  | { step: 'decide_agency'; body: AgencyDecisionBody };

export function takeProposalStep(code: string, id: string, { step, body }: StepBody) {
  return apiRequest<ProposalItem>(`${itemUrl(code, id)}/${STEP_PATH[step]}`, { method: 'POST', body });
}

export function uploadVisitPhoto(code: string, id: string, photo: Blob) {
  const form = new FormData();
  form.append('file', photo, 'kunjungan.jpg');
  return apiRequest<ProposalItem>(`${itemUrl(code, id)}/photos`, { method: 'POST', formData: form });
}

/** A photo of an item, opened by the browser with the session cookie (each view audited). */
export const proposalPhotoUrl = (code: string, id: string, photoId: string) =>
  `${itemUrl(code, id)}/photos/${encodeURIComponent(photoId)}`;

export function fetchDeliberations(code: string) {
  return apiRequest<{ items: Deliberation[] }>(meetings(code));
}

export function recordDeliberation(code: string, body: DeliberationBody) {
  return apiRequest<Deliberation>(meetings(code), { method: 'POST', body });
}

export function uploadMinutes(code: string, id: string, pdf: File) {
  const form = new FormData();
  form.append('file', pdf, pdf.name);
  return apiRequest<Deliberation>(`${meetings(code)}/${encodeURIComponent(id)}/minutes`, {
    method: 'PUT',
    formData: form,
  });
}

export const minutesUrl = (code: string, id: string) => `${meetings(code)}/${encodeURIComponent(id)}/minutes`;

export function fetchStepDeadlines() {
  return apiRequest<{ items: StepDeadlines }>('/api/assistance/proposal-deadlines');
}

export function saveStepDeadlines(items: StepDeadlines) {
  return apiRequest<{ items: StepDeadlines }>('/api/assistance/proposal-deadlines', {
    method: 'PUT',
    body: { items },
  });
}

/** The items proposed to the ministry in an area, as the DTSEN usulan's workbook (NIK and KK whole). */
export function ministryExportUrl(region: string, format: 'xlsx' | 'csv' = 'xlsx') {
  return `/api/assistance/proposals/ministry-export?${new URLSearchParams({ region, format }).toString()}`;
}
