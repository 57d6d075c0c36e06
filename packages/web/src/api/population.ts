import { apiRequest } from './client.ts';
import type {
  BirthCheck,
  BirthInput,
  BirthResult,
  CodeListsResponse,
  CorrectionInput,
  DeathInput,
  FamilyCard,
  FamilyHouseholdLink,
  HouseholdCreateInput,
  HouseholdDetail,
  HouseholdInput,
  HouseholdListPage,
  MergeInput,
  MoveInInput,
  MoveOutInput,
  PopulationStats,
  VillageComparison,
  ResidentDetail,
  ResidentListPage,
  RevealedFamily,
  RevealedResident,
  SplitInput,
} from './populationTypes.ts';

const village = (code: string) => `/api/villages/${encodeURIComponent(code)}`;
const resident = (code: string, id: string) => `${village(code)}/residents/${encodeURIComponent(id)}`;
const family = (code: string, id: string) => `${village(code)}/families/${encodeURIComponent(id)}`;
const household = (code: string, id: string) => `${village(code)}/households/${encodeURIComponent(id)}`;

/** `params` is the list query as the server reads it (region, q, status, …); empty values are dropped. */
export function fetchResidents(params: URLSearchParams, signal?: AbortSignal): Promise<ResidentListPage> {
  return apiRequest<ResidentListPage>(`/api/population/residents?${params.toString()}`, { signal });
}

/** A plain link target: the browser downloads the file with the session cookie, no script needed. */
export function residentExportUrl(params: URLSearchParams): string {
  return `/api/population/residents/export?${params.toString()}`;
}

/** The village's zip for its district's OpenDK (full identifiers: fetched with a reason, audited). */
export function opendkExportUrl(villageCode: string, reason: string): string {
  return `${village(villageCode)}/exports/opendk-residents?${new URLSearchParams({ reason }).toString()}`;
}

/** `params`: region, q, dusun, rw, rt, incomplete, limit, offset (see the household list's query). */
export function fetchHouseholds(params: URLSearchParams): Promise<HouseholdListPage> {
  return apiRequest<HouseholdListPage>(`/api/population/households?${params.toString()}`);
}

export function fetchResident(villageCode: string, id: string): Promise<ResidentDetail> {
  return apiRequest<ResidentDetail>(resident(villageCode, id));
}

export function revealResident(villageCode: string, id: string, reason: string): Promise<RevealedResident> {
  return apiRequest<RevealedResident>(`${resident(villageCode, id)}/reveal`, {
    method: 'POST',
    body: { reason },
  });
}

export function fetchFamily(villageCode: string, id: string): Promise<FamilyCard> {
  return apiRequest<FamilyCard>(family(villageCode, id));
}

export function revealFamily(villageCode: string, id: string, reason: string): Promise<RevealedFamily> {
  return apiRequest<RevealedFamily>(`${family(villageCode, id)}/reveal`, {
    method: 'POST',
    body: { reason },
  });
}

export function fetchHousehold(villageCode: string, id: string): Promise<HouseholdDetail> {
  return apiRequest<HouseholdDetail>(household(villageCode, id));
}

export function createHousehold(villageCode: string, body: HouseholdCreateInput): Promise<HouseholdDetail> {
  return apiRequest<HouseholdDetail>(`${village(villageCode)}/households`, { method: 'POST', body });
}

export function updateHousehold(
  villageCode: string,
  id: string,
  body: HouseholdInput,
): Promise<HouseholdDetail> {
  return apiRequest<HouseholdDetail>(household(villageCode, id), { method: 'PATCH', body });
}

/** Puts a family under a household's roof (it leaves its previous one), or out of any with null. */
export function setFamilyHousehold(
  villageCode: string,
  familyId: string,
  householdId: string | null,
): Promise<FamilyHouseholdLink> {
  return apiRequest<FamilyHouseholdLink>(`${family(villageCode, familyId)}/household`, {
    method: 'PUT',
    body: { householdId },
  });
}

export function fetchPopulationStats(region: string): Promise<PopulationStats> {
  return apiRequest<PopulationStats>(`/api/population/stats?${new URLSearchParams({ region }).toString()}`);
}

export function fetchVillageComparison(region: string): Promise<VillageComparison> {
  return apiRequest<VillageComparison>(
    `/api/population/stats/villages?${new URLSearchParams({ region }).toString()}`,
  );
}

/** Every code list, or only those named (a page that shows a few asks for those: a phone's first visit). */
export function fetchCodeLists(names?: readonly string[]): Promise<CodeListsResponse> {
  const query = names ? `?lists=${names.join(',')}` : '';
  return apiRequest<CodeListsResponse>(`/api/population/code-lists${query}`);
}

export function fetchMyFamily(): Promise<FamilyCard> {
  return apiRequest<FamilyCard>('/api/me/family');
}

/** The signed-in citizen's own full NIK and KK number (the read is audited). */
export function revealMyIdentifiers(): Promise<{ nik: string; kkNumber: string | null }> {
  return apiRequest('/api/me/identifiers', { method: 'POST', body: {} });
}

export function issueCitizenPin(villageCode: string, id: string): Promise<{ pin: string }> {
  return apiRequest<{ pin: string }>(`${resident(villageCode, id)}/citizen-pin`, { method: 'POST' });
}

// ---- Life events ----

const post = <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'POST', body });

export function recordBirth(villageCode: string, body: BirthInput): Promise<BirthResult> {
  return post(`${village(villageCode)}/events/birth`, body);
}

/** The village's own dusun, RW and RT (from its family cards and households), for the list filters. */
export function fetchVillagePlaces(
  villageCode: string,
): Promise<{ places: { dusun: string | null; rw: string | null; rt: string | null }[] }> {
  return apiRequest(`${village(villageCode)}/places`);
}

/** The warnings a birth would be saved with; nothing is written. */
export function checkBirth(villageCode: string, body: BirthInput): Promise<BirthCheck> {
  return post(`${village(villageCode)}/events/birth/check`, body);
}

/** The NIK Dukcapil issued, for a resident registered under a temporary number. */
export function assignNik(
  villageCode: string,
  residentId: string,
  nik: string,
): Promise<{ residentId: string; warnings: BirthCheck['warnings'] }> {
  return post(`${resident(villageCode, residentId)}/nik`, { nik });
}

export function recordMoveIn(
  villageCode: string,
  body: MoveInInput,
): Promise<{ familyId: string; residentIds: string[] }> {
  return post(`${village(villageCode)}/events/move-in`, body);
}

export function recordSplit(villageCode: string, body: SplitInput): Promise<{ familyId: string }> {
  return post(`${village(villageCode)}/events/family-split`, body);
}

export function recordMerge(villageCode: string, body: MergeInput): Promise<{ familyId: string }> {
  return post(`${village(villageCode)}/events/family-merge`, body);
}

export function recordDeath(
  villageCode: string,
  id: string,
  body: DeathInput,
): Promise<{ residentId: string }> {
  return post(`${resident(villageCode, id)}/death`, body);
}

export function recordMoveOut(
  villageCode: string,
  id: string,
  body: MoveOutInput,
): Promise<{ moved: number }> {
  return post(`${resident(villageCode, id)}/move-out`, body);
}

export function correctResident(
  villageCode: string,
  id: string,
  body: CorrectionInput,
): Promise<{ residentId: string }> {
  return post(`${resident(villageCode, id)}/correct`, body);
}

export function voidResident(
  villageCode: string,
  id: string,
  reason: string,
): Promise<{ residentId: string }> {
  return post(`${resident(villageCode, id)}/void`, { reason });
}

export function verifyResident(
  villageCode: string,
  id: string,
  reason: string,
): Promise<{ residentId: string }> {
  return post(`${resident(villageCode, id)}/verify`, { reason });
}
