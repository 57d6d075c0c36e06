// A citizen's own usul and sanggah: the programs and recipients to choose from, their items, a house photo.
import { apiRequest } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';

export type OwnProposal = ApiResponse<'/api/me/assistance/proposals/{id}', 'get'>;
export type ProposableProgram = ApiResponse<'/api/me/assistance/programs', 'get'>['items'][number];
export type VillageRecipient = ApiResponse<'/api/me/assistance/recipients', 'get'>['items'][number];
export type NewOwnProposal = ApiBody<'/api/me/assistance/proposals', 'post'>;

const MINE = '/api/me/assistance';

export function fetchOwnProposals() {
  return apiRequest<{ items: OwnProposal[] }>(`${MINE}/proposals`);
}

export function fetchProposablePrograms() {
  return apiRequest<{ items: ProposableProgram[] }>(`${MINE}/programs`);
}

/** The village's current recipients of one program, names masked. */
export function fetchVillageRecipients(programId: string) {
  return apiRequest<{ items: VillageRecipient[] }>(
    `${MINE}/recipients?programId=${encodeURIComponent(programId)}`,
  );
}

export function createOwnProposal(body: NewOwnProposal) {
  return apiRequest<OwnProposal>(`${MINE}/proposals`, { method: 'POST', body });
}

export function uploadHousePhoto(id: string, photo: Blob) {
  const form = new FormData();
  form.append('file', photo, 'rumah.jpg');
  return apiRequest<OwnProposal>(`${MINE}/proposals/${encodeURIComponent(id)}/photos`, {
    method: 'POST',
    formData: form,
  });
}
