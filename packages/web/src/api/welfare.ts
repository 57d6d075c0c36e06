// Welfare scores (issue 12): the scoring models, a household's panel, ranking runs and a program's effect.
import { apiRequest } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';

export type WelfareModels = ApiResponse<'/api/assistance/welfare/models', 'get'>;
export type WelfareModel = WelfareModels['active'][number];
export type WeightsBody = ApiBody<'/api/assistance/welfare/models/{kind}/weights', 'put'>;
export type HouseholdWelfare = ApiResponse<'/api/villages/{code}/households/{id}/welfare', 'get'>;
export type RankingRun = ApiResponse<'/api/assistance/ranking/runs/{id}', 'get'>;
export type ProgramEffect = ApiResponse<'/api/assistance/programs/{id}/effect', 'get'>;

export function fetchWelfareModels(signal?: AbortSignal) {
  return apiRequest<WelfareModels>('/api/assistance/welfare/models', { signal });
}

export function saveWeights(kind: 'score' | 'criteria', weights: WeightsBody['weights']) {
  return apiRequest<WelfareModel>(`/api/assistance/welfare/models/${kind}/weights`, {
    method: 'PUT',
    body: { weights },
  });
}

export function fetchHouseholdWelfare(villageCode: string, id: string, signal?: AbortSignal) {
  return apiRequest<HouseholdWelfare>(
    `/api/villages/${encodeURIComponent(villageCode)}/households/${encodeURIComponent(id)}/welfare`,
    { signal },
  );
}

export function fetchRankingRuns(signal?: AbortSignal) {
  return apiRequest<RankingRun[]>('/api/assistance/ranking/runs', { signal });
}

export function fetchRankingRun(id: string, signal?: AbortSignal) {
  return apiRequest<RankingRun>(`/api/assistance/ranking/runs/${encodeURIComponent(id)}`, { signal });
}

export function startRankingRun() {
  return apiRequest<RankingRun>('/api/assistance/ranking/runs', { method: 'POST' });
}

export function fetchProgramEffect(programId: string, region: string | null, signal?: AbortSignal) {
  const query = region ? `?region=${encodeURIComponent(region)}` : '';
  return apiRequest<ProgramEffect>(
    `/api/assistance/programs/${encodeURIComponent(programId)}/effect${query}`,
    {
      signal,
    },
  );
}
