// Shapes of the population API (packages/server/src/modules/population/*/schemas.ts are the contract).
// Lists and details carry masked identifiers only; full numbers come from the audited reveal calls.

export const RESIDENT_STATUSES = ['present', 'died', 'moved_out', 'missing', 'gone', 'voided'] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];

export type ResidentSort = 'name' | 'birth_date' | '-birth_date' | 'relevance';

export interface ResidentListItem {
  id: string;
  villageCode: string;
  villageName: string;
  nikMasked: string;
  kkMasked: string | null;
  familyId: string | null;
  fullName: string;
  sex: number;
  birthDate: string;
  age: number;
  relationship: number | null;
  dusun: string | null;
  rw: string | null;
  rt: string | null;
  status: ResidentStatus;
  flags: string[];
}

export interface ResidentListPage {
  items: ResidentListItem[];
  total: number;
  limit: number;
  offset: number;
}

export interface ResidentEvent {
  id: string;
  type: string;
  date: string;
  recordedAt: string;
  actorName: string | null;
  details: Record<string, unknown>;
}

export interface ResidentFamilyLink {
  id: string;
  kkMasked: string;
  dusun: string | null;
  rw: string | null;
  rt: string | null;
  address: string | null;
  householdId: string | null;
}

export interface ResidentDetail {
  id: string;
  villageCode: string;
  villageName: string;
  nikMasked: string;
  fullName: string;
  sex: number;
  birthPlace: string | null;
  birthDate: string;
  age: number;
  religion: number | null;
  educationKk: number | null;
  educationCurrent: number | null;
  occupation: number | null;
  maritalStatus: number | null;
  citizenship: number | null;
  bloodType: number | null;
  disability: number | null;
  relationship: number | null;
  fatherName: string | null;
  motherName: string | null;
  phone: string | null;
  status: ResidentStatus;
  statusDate: string | null;
  voidedReason: string | null;
  flags: string[];
  family: ResidentFamilyLink | null;
  events: ResidentEvent[];
  updatedAt: string;
}

export interface RevealedResident {
  id: string;
  nik: string;
  kkNumber: string | null;
  fatherNik: string | null;
  motherNik: string | null;
  birthCertificateNo: string | null;
  passportNo: string | null;
  kitasNo: string | null;
  insuranceNo: string | null;
  phone: string | null;
}

export interface FamilyMember {
  id: string;
  nikMasked: string;
  fullName: string;
  sex: number;
  birthDate: string;
  age: number;
  relationship: number | null;
  maritalStatus: number | null;
  education: number | null;
  occupation: number | null;
  status: ResidentStatus;
}

export interface FamilyCard {
  id: string;
  villageCode: string;
  villageName: string;
  districtName: string;
  kkMasked: string;
  active: boolean;
  dusun: string | null;
  rw: string | null;
  rt: string | null;
  address: string | null;
  householdId: string | null;
  members: FamilyMember[];
}

export interface RevealedFamily {
  id: string;
  kkNumber: string;
  members: { id: string; nik: string }[];
}

export interface HouseholdFamily {
  id: string;
  kkMasked: string;
  active: boolean;
  headName: string | null;
  memberCount: number;
}

export interface HouseholdDetail {
  id: string;
  villageCode: string;
  villageName: string;
  householdNo: string | null;
  dusun: string | null;
  rw: string | null;
  rt: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Regsosek housing codes keyed by household column (floor_material, …); floor_area_m2 is a number. */
  housing: Record<string, number | null>;
  /** Kepala rumah tangga: a resident of one of the families below, or null when not yet set. */
  headResidentId: string | null;
  headName: string | null;
  families: HouseholdFamily[];
}

/** What a household may lack, as the household list filters it (`incomplete=`). */
export const HOUSEHOLD_GAPS = ['location', 'head', 'housing'] as const;
export type HouseholdGap = (typeof HOUSEHOLD_GAPS)[number];

/** A row of `GET /api/population/households`: the household, its head, its size and what it still lacks. */
export interface HouseholdListItem {
  id: string;
  villageCode: string;
  villageName: string;
  householdNo: string | null;
  dusun: string | null;
  rw: string | null;
  rt: string | null;
  address: string | null;
  headName: string | null;
  familyCount: number;
  memberCount: number;
  /** Whether the house has a map pin. */
  hasLocation: boolean;
  /** How many of the Regsosek housing facts are answered, out of `housingTotal`. */
  housingAnswered: number;
  housingTotal: number;
}

export interface HouseholdListPage {
  items: HouseholdListItem[];
  total: number;
  limit: number;
  offset: number;
}

/**
 * Regsosek housing columns of a household, as the API names them (household table columns; the server's
 * households/housing.ts lists the same ones).
 */
export const HOUSING_COLUMNS = [
  'floor_area_m2',
  'floor_material',
  'wall_material',
  'roof_material',
  'drinking_water_source',
  'water_waste_distance',
  'lighting_source',
  'electricity_power',
  'electricity_power_2',
  'electricity_power_3',
  'toilet_facility',
  'toilet_type',
  'faeces_disposal',
  'cooking_fuel',
  'house_ownership',
  'land_title',
] as const;
export type HousingColumn = (typeof HOUSING_COLUMNS)[number];
/** Every housing column but the floor area holds a code of the code list of the same name. */
export type HousingCodeColumn = Exclude<HousingColumn, 'floor_area_m2'>;

/** Body of `PATCH …/households/:id`: only the fields present change; null clears one. */
export interface HouseholdInput extends AddressInput {
  householdNo?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  housing?: Partial<Record<HousingColumn, number | null>>;
  /** A present member of one of the household's families; null: no head set. */
  headResidentId?: string | null;
}

/**
 * Body of `POST …/households`: the same fields but the head (chosen later, among the members), plus the
 * village's families to place under this roof.
 */
export interface HouseholdCreateInput extends Omit<HouseholdInput, 'headResidentId'> {
  familyIds?: string[];
}

export interface FamilyHouseholdLink {
  familyId: string;
  householdId: string | null;
}

export interface StatBreakdownRow {
  code: number;
  labelId: string;
  labelEn: string;
  male: number;
  female: number;
  total: number;
}

export interface PopulationStats {
  region: string;
  totals: { residents: number; male: number; female: number; families: number; households: number };
  pyramid: { band: string; male: number; female: number }[];
  religion: StatBreakdownRow[];
  education: StatBreakdownRow[];
  occupation: StatBreakdownRow[];
  maritalStatus: StatBreakdownRow[];
}

export interface CodeEntry {
  code: number;
  id: string;
  en: string;
}

export type CodeLists = Record<string, CodeEntry[]>;

/** A Regsosek housing question asked only after certain answers to the one before it (301b after 301a = 1). */
export interface HousingFollowUp {
  field: string;
  parent: string;
  askedAfter: number[];
}

export interface CodeListsResponse {
  lists: CodeLists;
  housingFollowUps: HousingFollowUp[];
}

/** Person fields of birth, move-in and correction bodies (events/schemas.ts `personFields`). */
export interface PersonInput {
  nik: string;
  fullName: string;
  sex: 1 | 2;
  birthDate: string;
  birthPlace?: string | null;
  religion?: number | null;
  educationKk?: number | null;
  occupation?: number | null;
  maritalStatus?: number | null;
  bloodType?: number | null;
  fatherName?: string | null;
  motherName?: string | null;
  birthCertificateNo?: string | null;
  phone?: string | null;
}

export interface AddressInput {
  dusun?: string | null;
  rw?: string | null;
  rt?: string | null;
  address?: string | null;
}

export interface MoveInInput {
  date: string;
  origin: string;
  originRegionCode?: string | null;
  familyId?: string | null;
  family?: ({ kkNumber: string } & AddressInput) | null;
  members: (PersonInput & { relationship: number })[];
}

export interface SplitInput extends AddressInput {
  date: string;
  fromFamilyId: string;
  newKkNumber: string;
  memberIds: string[];
  newHeadId: string;
}

export interface MergeInput {
  date: string;
  fromFamilyId: string;
  intoFamilyId: string;
  relationships: { residentId: string; relationship: number }[];
}
