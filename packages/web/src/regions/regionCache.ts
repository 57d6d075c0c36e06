import { fetchRegion, fetchRegionChildren } from '../api/endpoints.ts';
import type { Region } from '../api/types.ts';

// Regions change almost never, and users on weak connections switch back and forth between them,
// so each answer is fetched once per page load. Failed requests are forgotten so a retry can succeed.
const regionRequests = new Map<string, Promise<Region>>();
const childrenRequests = new Map<string, Promise<Region[]>>();

function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const existing = cache.get(key);
  if (existing) return existing;
  const request = load();
  cache.set(key, request);
  request.catch(() => cache.delete(key));
  return request;
}

export function getRegion(code: string): Promise<Region> {
  return cached(regionRequests, code, () => fetchRegion(code));
}

export function getRegionChildren(code: string): Promise<Region[]> {
  return cached(childrenRequests, code, () => fetchRegionChildren(code));
}

/** Forget everything, e.g. after logout, so the next user never sees another user's cached answers. */
export function clearRegionCache(): void {
  regionRequests.clear();
  childrenRequests.clear();
}
