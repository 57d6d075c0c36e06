// Village letters: the letter types as the village set them, issuing, the issued letters, voiding.
import { apiRequest } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';

export type LetterTypeSummary = ApiResponse<'/api/villages/{code}/letter-types', 'get'>[number];
export type LetterType = ApiResponse<'/api/villages/{code}/letter-types/{type}', 'get'>;
export type LetterField = LetterType['fields'][number];
export type IssuedLetter = ApiResponse<'/api/villages/{code}/letters/{id}', 'get'>;
export type LetterPage = ApiResponse<'/api/villages/{code}/letters', 'get'>;
export type IssueLetterBody = ApiBody<'/api/villages/{code}/letters', 'post'>;

const village = (code: string) => `/api/villages/${encodeURIComponent(code)}`;

export function fetchLetterTypes(villageCode: string, signal?: AbortSignal) {
  return apiRequest<LetterTypeSummary[]>(`${village(villageCode)}/letter-types`, { signal });
}

export function fetchLetterType(villageCode: string, type: string, signal?: AbortSignal) {
  return apiRequest<LetterType>(`${village(villageCode)}/letter-types/${encodeURIComponent(type)}`, {
    signal,
  });
}

export function issueLetter(villageCode: string, body: IssueLetterBody) {
  return apiRequest<IssuedLetter>(`${village(villageCode)}/letters`, { method: 'POST', body });
}

export function fetchLetters(villageCode: string, params: URLSearchParams, signal?: AbortSignal) {
  return apiRequest<LetterPage>(`${village(villageCode)}/letters?${params.toString()}`, { signal });
}

export function voidLetter(villageCode: string, id: string, reason: string) {
  return apiRequest<IssuedLetter>(`${village(villageCode)}/letters/${encodeURIComponent(id)}/void`, {
    method: 'POST',
    body: { reason },
  });
}

/** The letter's PDF, opened in the browser's viewer (each download is audited: it prints the whole NIK). */
export const letterPdfUrl = (villageCode: string, id: string) =>
  `${village(villageCode)}/letters/${encodeURIComponent(id)}/pdf`;
