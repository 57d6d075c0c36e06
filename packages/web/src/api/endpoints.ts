import { apiRequest } from './client.ts';
import type { AppConfig, Health, Region, User } from './types.ts';

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return apiRequest<Health>('/api/health', { signal });
}

export function fetchConfig(signal?: AbortSignal): Promise<AppConfig> {
  return apiRequest<AppConfig>('/api/config', { signal });
}

export async function login(username: string, password: string): Promise<User> {
  const { user } = await apiRequest<{ user: User }>('/api/auth/login', {
    method: 'POST',
    body: { username, password },
    expectUnauthorized: true, // wrong password is a form error, not a lost session
  });
  return user;
}

/** Citizens sign in with their NIK and a 6-digit PIN; the server refuses them on the staff route. */
export async function loginCitizen(nik: string, pin: string): Promise<User> {
  const { user } = await apiRequest<{ user: User }>('/api/auth/citizen-login', {
    method: 'POST',
    body: { nik, pin },
    expectUnauthorized: true,
  });
  return user;
}

export async function logout(): Promise<void> {
  await apiRequest<undefined>('/api/auth/logout', { method: 'POST', expectUnauthorized: true });
}

export async function fetchCurrentUser(signal?: AbortSignal): Promise<User> {
  const { user } = await apiRequest<{ user: User }>('/api/auth/me', { signal, expectUnauthorized: true });
  return user;
}

export function fetchRegion(code: string, signal?: AbortSignal): Promise<Region> {
  return apiRequest<Region>(`/api/regions/${encodeURIComponent(code)}`, { signal });
}

export async function fetchRegionChildren(code: string, signal?: AbortSignal): Promise<Region[]> {
  const { items } = await apiRequest<{ items: Region[] }>(
    `/api/regions/${encodeURIComponent(code)}/children`,
    { signal },
  );
  return items;
}

/** The signed-in staff member's own new password; answers the profile, no longer held to the change. */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<User> {
  const { user } = await apiRequest<{ user: User }>('/api/auth/password', {
    method: 'POST',
    body: { currentPassword, newPassword },
  });
  return user;
}
