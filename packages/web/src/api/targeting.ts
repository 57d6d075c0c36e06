// Targeting (issue 12 §3): programs with their eligibility, counts per area, the lists, the what-if, saving.
import type { Eligibility } from '@smart-kampung/domain';
import { apiRequest } from './client.ts';
import type { ApiResponse } from './contract.ts';

/** A program with its eligibility and whether the caller decides it: the programs module's list entry. */
export type TargetingProgram = ApiResponse<'/api/assistance/programs', 'get'>[number];
export type TargetingCounts = ApiResponse<'/api/assistance/programs/{programId}/targeting', 'get'>;
export type TargetingListPage = ApiResponse<'/api/assistance/programs/{programId}/targeting/{list}', 'get'>;
export type TargetingItem = TargetingListPage['items'][number];
export type WhatIf = ApiResponse<'/api/assistance/programs/{programId}/targeting/what-if', 'post'>;
export type Duplicates = ApiResponse<'/api/assistance/targeting/duplicates', 'get'>;
export type TargetingListName = 'excluded' | 'included' | 'incomplete' | 'eligible' | 'enrolled';
export type DuplicateKind = 'shared_person' | 'exclusive_programs' | 'gone';

const program = (id: string) => `/api/assistance/programs/${encodeURIComponent(id)}`;
const inRegion = (region: string, extra: Record<string, string> = {}) =>
  new URLSearchParams({ region, ...extra }).toString();

/** Every program the caller sees (in their own area), from the programs module's list. */
export async function fetchTargetingPrograms(signal?: AbortSignal) {
  const items = await apiRequest<TargetingProgram[]>('/api/assistance/programs', { signal });
  return { items };
}

export function fetchTargetingCounts(programId: string, region: string, signal?: AbortSignal) {
  return apiRequest<TargetingCounts>(`${program(programId)}/targeting?${inRegion(region)}`, { signal });
}

export function fetchTargetingList(
  programId: string,
  list: TargetingListName,
  region: string,
  offset: number,
  signal?: AbortSignal,
) {
  const query = inRegion(region, { offset: String(offset), limit: '25' });
  return apiRequest<TargetingListPage>(`${program(programId)}/targeting/${list}?${query}`, { signal });
}

export function postWhatIf(
  programId: string,
  region: string,
  eligibility: Eligibility,
  signal?: AbortSignal,
) {
  return apiRequest<WhatIf>(`${program(programId)}/targeting/what-if?${inRegion(region)}`, {
    method: 'POST',
    body: { eligibility },
    signal,
  });
}

export function saveEligibility(programId: string, eligibility: Eligibility) {
  return apiRequest<{ program: TargetingProgram }>(`${program(programId)}/eligibility`, {
    method: 'PUT',
    body: eligibility,
  });
}

export function fetchDuplicates(region: string, kind: DuplicateKind, offset: number, signal?: AbortSignal) {
  const query = inRegion(region, { kind, offset: String(offset), limit: '25' });
  return apiRequest<Duplicates>(`/api/assistance/targeting/duplicates?${query}`, { signal });
}
