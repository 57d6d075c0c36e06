import { apiRequest } from './client.ts';
import type { ApiBody, ApiResponse } from './contract.ts';
import type { Role } from './types.ts';

/** Every role except citizen: citizens sign in with NIK and PIN and are never created here. */
export type StaffRole = Exclude<Role, 'citizen'>;

/** One row of GET /api/users (regency admin only); `locked`: sign-ins wait after many failed attempts. */
export type StaffAccount = ApiResponse<'/api/users', 'get'>['items'][number];

/** Body of POST /api/users: agency only for agency staff; an area of the level the role needs. */
export type NewStaffAccount = ApiBody<'/api/users', 'post'>;

/** `params`: areaCode, role, limit, offset, as the server reads them. The answer carries no total. */
export async function fetchStaffAccounts(
  params: URLSearchParams,
  signal?: AbortSignal,
): Promise<StaffAccount[]> {
  const { items } = await apiRequest<{ items: StaffAccount[] }>(`/api/users?${params.toString()}`, {
    signal,
  });
  return items;
}

export async function createStaffAccount(account: NewStaffAccount): Promise<string> {
  const { id } = await apiRequest<{ id: string }>('/api/users', { method: 'POST', body: account });
  return id;
}

export async function unlockStaffAccount(id: string): Promise<void> {
  await apiRequest<undefined>(`/api/users/${encodeURIComponent(id)}/unlock`, { method: 'POST' });
}

/** Body of PATCH /api/users/:id: any of name, role, agency and area (the user name stays). */
export type StaffAccountEdit = ApiBody<'/api/users/{id}', 'patch'>;

export function fetchStaffAccount(id: string, signal?: AbortSignal): Promise<StaffAccount> {
  return apiRequest<StaffAccount>(`/api/users/${encodeURIComponent(id)}`, { signal });
}

export function updateStaffAccount(id: string, edit: StaffAccountEdit): Promise<StaffAccount> {
  return apiRequest<StaffAccount>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: edit });
}

/** The one-time password the server made: shown to the admin once, to hand over in person. */
export async function resetStaffPassword(id: string): Promise<string> {
  const { oneTimePassword } = await apiRequest<{ oneTimePassword: string }>(
    `/api/users/${encodeURIComponent(id)}/password`,
    { method: 'POST' },
  );
  return oneTimePassword;
}

export async function setStaffAccountActive(id: string, active: boolean): Promise<void> {
  const action = active ? 'reactivate' : 'deactivate';
  await apiRequest<undefined>(`/api/users/${encodeURIComponent(id)}/${action}`, { method: 'POST' });
}
