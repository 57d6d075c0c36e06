// The welfare facts pages' API (Regsosek sections IV and V), typed from the server's OpenAPI document.
import { apiRequest } from '../../../api/client.ts';
import type { ApiBody, ApiResponse } from '../../../api/contract.ts';

type Village = '/api/villages/{code}';
export type MemberWelfarePage = ApiResponse<`${Village}/residents/{id}/welfare`, 'get'>;
export type MemberWelfareInput = ApiBody<`${Village}/residents/{id}/welfare`, 'put'>;
export type FamilyWelfarePage = ApiResponse<`${Village}/families/{id}/welfare`, 'get'>;
export type FamilyWelfareInput = ApiBody<`${Village}/families/{id}/welfare`, 'put'>;

const path = (code: string, unit: 'residents' | 'families', id: string) =>
  `/api/villages/${encodeURIComponent(code)}/${unit}/${encodeURIComponent(id)}/welfare`;

export const fetchMemberWelfare = (code: string, id: string) =>
  apiRequest<MemberWelfarePage>(path(code, 'residents', id));
export const saveMemberWelfare = (code: string, id: string, body: MemberWelfareInput) =>
  apiRequest<MemberWelfarePage>(path(code, 'residents', id), { method: 'PUT', body });
export const fetchFamilyWelfare = (code: string, id: string) =>
  apiRequest<FamilyWelfarePage>(path(code, 'families', id));
export const saveFamilyWelfare = (code: string, id: string, body: FamilyWelfareInput) =>
  apiRequest<FamilyWelfarePage>(path(code, 'families', id), { method: 'PUT', body });
