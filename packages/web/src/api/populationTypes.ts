// Shapes of the population API, named for the pages that use them: each one is looked up in the schema
// generated from the server's OpenAPI document (contract.ts), never written again here. Lists and details
// carry masked identifiers only; full numbers come from the audited reveal calls.
import type { HousingColumn } from '@smart-kampung/domain';
import type { ApiBody, ApiQuery, ApiResponse } from './contract.ts';

type Village = '/api/villages/{code}';

export type ResidentListPage = ApiResponse<'/api/population/residents', 'get'>;
export type ResidentListItem = ResidentListPage['items'][number];
export type ResidentStatus = ResidentListItem['status'];
export type ResidentSort = NonNullable<ApiQuery<'/api/population/residents', 'get'>['sort']>;

// Every status and gap, in the order the filters offer them: a record keyed by the server's own list fails the
// type check when the server adds one.
const STATUS_ORDER: Record<ResidentStatus, true> = {
  present: true,
  died: true,
  moved_out: true,
  missing: true,
  gone: true,
  voided: true,
};
export const RESIDENT_STATUSES = Object.keys(STATUS_ORDER) as readonly ResidentStatus[];

export type ResidentDetail = ApiResponse<`${Village}/residents/{id}`, 'get'>;
export type ResidentEvent = ResidentDetail['events'][number];
export type ResidentFamilyLink = NonNullable<ResidentDetail['family']>;
export type RevealedResident = ApiResponse<`${Village}/residents/{id}/reveal`, 'post'>;

export type FamilyCard = ApiResponse<`${Village}/families/{id}`, 'get'>;
export type FamilyMember = FamilyCard['members'][number];
export type RevealedFamily = ApiResponse<`${Village}/families/{id}/reveal`, 'post'>;

export type HouseholdDetail = ApiResponse<`${Village}/households/{id}`, 'get'>;
export type HouseholdFamily = HouseholdDetail['families'][number];

export type HouseholdListPage = ApiResponse<'/api/population/households', 'get'>;
export type HouseholdListItem = HouseholdListPage['items'][number];
/** What a household may lack, as the household list filters it (`incomplete=`). */
export type HouseholdGap = NonNullable<ApiQuery<'/api/population/households', 'get'>['incomplete']>;
const GAP_ORDER: Record<HouseholdGap, true> = { location: true, head: true, housing: true };
export const HOUSEHOLD_GAPS = Object.keys(GAP_ORDER) as readonly HouseholdGap[];

/** Every housing column (the domain package's HOUSING_COLUMNS) but the floor area holds a code of the code list of the same name. */
export type HousingCodeColumn = Exclude<HousingColumn, 'floor_area_m2'>;

/** Body of `PATCH …/households/:id`: only the fields present change; null clears one. */
export type HouseholdInput = ApiBody<`${Village}/households/{id}`, 'patch'>;
/** Body of `POST …/households`: the same fields but the head, plus the families to place under this roof. */
export type HouseholdCreateInput = ApiBody<`${Village}/households`, 'post'>;
export type FamilyHouseholdLink = ApiResponse<`${Village}/families/{id}/household`, 'put'>;

export type PopulationStats = ApiResponse<'/api/population/stats', 'get'>;
export type StatBreakdownRow = PopulationStats['religion'][number];

export type CodeListsResponse = ApiResponse<'/api/population/code-lists', 'get'>;
export type CodeLists = CodeListsResponse['lists'];
export type CodeEntry = CodeLists[string][number];
/** A Regsosek housing question asked only after certain answers to the one before it (301b after 301a = 1). */
export type HousingFollowUp = CodeListsResponse['housingFollowUps'][number];

export type MoveInInput = ApiBody<`${Village}/events/move-in`, 'post'>;
/** Person fields of birth, move-in and correction bodies (the server's events/schemas.ts `personFields`). */
export type PersonInput = Omit<MoveInInput['members'][number], 'relationship'>;
export type AddressInput = Pick<HouseholdInput, 'dusun' | 'rw' | 'rt' | 'address'>;
export type BirthInput = ApiBody<`${Village}/events/birth`, 'post'>;
export type BirthResult = ApiResponse<`${Village}/events/birth`, 'post', 201>;
export type BirthCheck = ApiResponse<`${Village}/events/birth/check`, 'post'>;
export type SplitInput = ApiBody<`${Village}/events/family-split`, 'post'>;
export type MergeInput = ApiBody<`${Village}/events/family-merge`, 'post'>;
export type DeathInput = ApiBody<`${Village}/residents/{id}/death`, 'post'>;
export type MoveOutInput = ApiBody<`${Village}/residents/{id}/move-out`, 'post'>;
export type CorrectionInput = ApiBody<`${Village}/residents/{id}/correct`, 'post'>;
export type VillageComparison = ApiResponse<'/api/population/stats/villages', 'get'>;
export type VillageFigures = VillageComparison['villages'][number];
