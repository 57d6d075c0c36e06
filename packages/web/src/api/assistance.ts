// Social assistance: programs, their recipients, enrolments and what a household or resident receives.
import { apiRequest } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';

export type ProgramSummary = ApiResponse<'/api/assistance/programs', 'get'>[number];
export type Program = ApiResponse<'/api/assistance/programs/{id}', 'get'>;
export type RecipientPage = ApiResponse<'/api/assistance/programs/{id}/recipients', 'get'>;
export type Enrolment = ApiResponse<'/api/villages/{code}/assistance/enrolments/{id}', 'get'>;
export type EnrolmentSummary = RecipientPage['items'][number];
export type EnrolBody = ApiBody<'/api/villages/{code}/assistance/enrolments', 'post'>;
export type StatusChangeBody = ApiBody<'/api/villages/{code}/assistance/enrolments/{id}/status', 'post'>;

const village = (code: string) => `/api/villages/${encodeURIComponent(code)}`;
const program = (id: string) => `/api/assistance/programs/${encodeURIComponent(id)}`;

export function fetchPrograms(region: string) {
  return apiRequest<ProgramSummary[]>(
    `/api/assistance/programs?${new URLSearchParams({ region }).toString()}`,
  );
}

export function fetchProgram(id: string) {
  return apiRequest<Program>(program(id));
}

export function addProgramCycles(id: string, year: number) {
  return apiRequest<Program>(`${program(id)}/cycles`, { method: 'POST', body: { year } });
}

export function fetchRecipients(id: string, params: URLSearchParams) {
  return apiRequest<RecipientPage>(`${program(id)}/recipients?${params.toString()}`);
}

export function enrol(villageCode: string, body: EnrolBody) {
  return apiRequest<Enrolment>(`${village(villageCode)}/assistance/enrolments`, { method: 'POST', body });
}

export function fetchEnrolment(villageCode: string, id: string) {
  return apiRequest<Enrolment>(`${village(villageCode)}/assistance/enrolments/${encodeURIComponent(id)}`);
}

export function changeEnrolmentStatus(villageCode: string, id: string, body: StatusChangeBody) {
  return apiRequest<Enrolment>(
    `${village(villageCode)}/assistance/enrolments/${encodeURIComponent(id)}/status`,
    {
      method: 'POST',
      body,
    },
  );
}

export function fetchUnitEnrolments(
  villageCode: string,
  unitType: 'resident' | 'family' | 'household',
  id: string,
) {
  return apiRequest<EnrolmentSummary[]>(
    `${village(villageCode)}/assistance/units/${unitType}/${encodeURIComponent(id)}`,
  );
}

export type ProgramChange = ApiBody<'/api/assistance/programs/{id}', 'patch'>;
export type QuotasBody = ApiBody<'/api/assistance/programs/{id}/quotas', 'put'>;

export function changeProgram(id: string, change: ProgramChange) {
  return apiRequest<Program>(program(id), { method: 'PATCH', body: change });
}

export function setProgramQuotas(id: string, body: QuotasBody) {
  return apiRequest<Program>(`${program(id)}/quotas`, { method: 'PUT', body });
}

/** OpenDK's program exchange of an area (masked identifiers): a zip to download. */
export function opendkExportUrl(region: string) {
  return `/api/assistance/opendk-export?${new URLSearchParams({ region }).toString()}`;
}
