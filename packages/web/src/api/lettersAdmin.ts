// The village-administration side of letters: officials, delegations, a type's settings and template, the
// letterhead logo, the outgoing-letter register.
import { apiRequest, toApiError } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';

export type Official = ApiResponse<'/api/villages/{code}/officials', 'get'>[number];
export type OfficialInput = ApiBody<'/api/villages/{code}/officials', 'post'>;
export type StaffAccount = ApiResponse<'/api/villages/{code}/staff-accounts', 'get'>[number];
export type Delegation = ApiResponse<'/api/letter-delegations', 'get'>[number];
export type DelegationInput = ApiBody<'/api/letter-delegations', 'post'>;
export type LetterTypeSettings = ApiBody<'/api/villages/{code}/letter-types/{type}/settings', 'put'>;
export type EditableTemplate = ApiResponse<'/api/villages/{code}/letter-types/{type}/template', 'get'>;
export type TemplateEdit = ApiBody<'/api/villages/{code}/letter-types/{type}/template', 'put'>;
export type TemplateBlock = TemplateEdit['body'][number];
export type RegisterBook = ApiResponse<'/api/villages/{code}/letter-register', 'get'>;
export type LetterLogo = ApiResponse<'/api/villages/{code}/letter-logo', 'put'>;

const village = (code: string) => `/api/villages/${encodeURIComponent(code)}`;
const letterType = (code: string, type: string) =>
  `${village(code)}/letter-types/${encodeURIComponent(type)}`;

export const fetchOfficials = (code: string, signal?: AbortSignal) =>
  apiRequest<Official[]>(`${village(code)}/officials`, { signal });
export const createOfficial = (code: string, body: OfficialInput) =>
  apiRequest<Official>(`${village(code)}/officials`, { method: 'POST', body });
export const updateOfficial = (code: string, id: string, body: OfficialInput) =>
  apiRequest<Official>(`${village(code)}/officials/${encodeURIComponent(id)}`, { method: 'PUT', body });
export const endOfficial = (code: string, id: string, termEnd: string) =>
  apiRequest<Official>(`${village(code)}/officials/${encodeURIComponent(id)}/end`, {
    method: 'POST',
    body: { termEnd },
  });

export const fetchStaffAccounts = (code: string, signal?: AbortSignal) =>
  apiRequest<StaffAccount[]>(`${village(code)}/staff-accounts`, { signal });
/** Links the official to the staff account that signs as them, or unlinks (null). */
export const linkOfficialAccount = (code: string, id: string, userId: string | null) =>
  apiRequest<unknown>(`${village(code)}/officials/${encodeURIComponent(id)}/account`, {
    method: 'PUT',
    body: { userId },
  });

export const fetchDelegations = (region: string, signal?: AbortSignal) =>
  apiRequest<Delegation[]>(`/api/letter-delegations?${new URLSearchParams({ region }).toString()}`, {
    signal,
  });
export const createDelegation = (body: DelegationInput) =>
  apiRequest<Delegation>('/api/letter-delegations', { method: 'POST', body });
export const endDelegation = (id: string, validTo: string) =>
  apiRequest<Delegation>(`/api/letter-delegations/${encodeURIComponent(id)}/end`, {
    method: 'POST',
    body: { validTo },
  });

export const saveLetterTypeSettings = (code: string, type: string, body: LetterTypeSettings) =>
  apiRequest<unknown>(`${letterType(code, type)}/settings`, { method: 'PUT', body });

export const fetchTemplate = (code: string, type: string, signal?: AbortSignal) =>
  apiRequest<EditableTemplate>(`${letterType(code, type)}/template`, { signal });
export const saveTemplate = (code: string, type: string, body: TemplateEdit) =>
  apiRequest<EditableTemplate>(`${letterType(code, type)}/template`, { method: 'PUT', body });
export const resetTemplate = (code: string, type: string) =>
  apiRequest<EditableTemplate>(`${letterType(code, type)}/template`, { method: 'DELETE' });

/** The draft's PDF, marked CONTOH (nothing is issued); rejects with the same ApiError as every call. */
export async function previewTemplate(
  code: string,
  type: string,
  body: { template: TemplateEdit; residentId?: string | null },
): Promise<Blob> {
  const response = await fetch(`${letterType(code, type)}/preview`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/pdf, application/problem+json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await toApiError(response);
  return response.blob();
}

export const letterLogoUrl = (code: string) => `${village(code)}/letter-logo`;
export function uploadLetterLogo(code: string, file: Blob) {
  const formData = new FormData();
  formData.append('file', file, 'logo.png');
  return apiRequest<LetterLogo>(letterLogoUrl(code), { method: 'PUT', formData });
}
export const removeLetterLogo = (code: string) => apiRequest<null>(letterLogoUrl(code), { method: 'DELETE' });

export const fetchRegister = (code: string, year: number, signal?: AbortSignal) =>
  apiRequest<RegisterBook>(`${village(code)}/letter-register?year=${year}`, { signal });
export const registerXlsxUrl = (code: string, year: number) =>
  `${village(code)}/letter-register/export?year=${year}&format=xlsx`;
export const registerPdfUrl = (code: string, year: number) =>
  `${village(code)}/letter-register/pdf?year=${year}`;
