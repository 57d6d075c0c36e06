import { apiRequest } from './client.ts';
import type { Agency, Role } from './types.ts';

/** Every role except citizen: citizens sign in with NIK and PIN and are never created here. */
export type StaffRole = Exclude<Role, 'citizen'>;

/** One row of GET /api/users (regency admin only). */
export interface StaffAccount {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  agency: Agency | null;
  areaCode: string;
  areaName: string;
  active: boolean;
  /** Sign-ins from new addresses wait after many failed attempts; lifted by time or by the admin. */
  locked: boolean;
}

export interface NewStaffAccount {
  username: string;
  displayName: string;
  password: string;
  role: StaffRole;
  /** Only for agency staff; null for every other role. */
  agency: Agency | null;
  /** A region of the level the role needs (regency, district or village). */
  areaCode: string;
}

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
