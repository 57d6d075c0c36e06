// Letter requests: the village office's queue and steps, and a citizen's own requests.
import { apiRequest } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';

export type LetterRequest = ApiResponse<'/api/villages/{code}/letter-requests/{id}', 'get'>;
export type LetterRequestPage = ApiResponse<'/api/villages/{code}/letter-requests', 'get'>;
export type RequestableType = ApiResponse<'/api/me/letter-types', 'get'>['items'][number];
export type NewRequestBody = ApiBody<'/api/me/letter-requests', 'post'>;
export type RequestStep = LetterRequest['actions'][number];

const village = (code: string) => `/api/villages/${encodeURIComponent(code)}/letter-requests`;

export function fetchRequestQueue(code: string, params: URLSearchParams) {
  return apiRequest<LetterRequestPage>(`${village(code)}?${params.toString()}`);
}

export function fetchOverdueRequests(code: string) {
  return apiRequest<LetterRequestPage>(`${village(code)}/overdue`);
}

export function fetchRequest(code: string, id: string) {
  return apiRequest<LetterRequest>(`${village(code)}/${encodeURIComponent(id)}`);
}

export function takeRequestStep(
  code: string,
  id: string,
  step: Exclude<RequestStep, 'cancel'>,
  body: object = {},
) {
  return apiRequest<LetterRequest>(`${village(code)}/${encodeURIComponent(id)}/${step}`, {
    method: 'POST',
    body,
  });
}

export const requestPhotoUrl = (code: string, id: string, attachmentId: string) =>
  `${village(code)}/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`;

export function fetchRequestableTypes() {
  return apiRequest<{ items: RequestableType[] }>('/api/me/letter-types');
}

export function fetchMyRequests() {
  return apiRequest<{ items: LetterRequest[] }>('/api/me/letter-requests');
}

export function createMyRequest(body: NewRequestBody) {
  return apiRequest<LetterRequest>('/api/me/letter-requests', { method: 'POST', body });
}

export function fetchMyRequest(id: string) {
  return apiRequest<LetterRequest>(`/api/me/letter-requests/${encodeURIComponent(id)}`);
}

export function cancelMyRequest(id: string) {
  return apiRequest<LetterRequest>(`/api/me/letter-requests/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
  });
}

export function uploadRequirementPhoto(id: string, requirement: string, photo: Blob) {
  const form = new FormData();
  form.append('file', photo, `${requirement}.jpg`);
  return apiRequest<LetterRequest>(
    `/api/me/letter-requests/${encodeURIComponent(id)}/attachments?requirement=${encodeURIComponent(requirement)}`,
    { method: 'POST', formData: form },
  );
}

/** The signed letter (audited; the first download marks the request collected). */
export const myLetterPdfUrl = (id: string) => `/api/me/letter-requests/${encodeURIComponent(id)}/pdf`;
