// The rules of a staff account, as the server applies them, so the form can say what is wrong before sending:
// the role decides the level of area the account is bound to (the domain package's table, which the server
// reads too), and only agency staff name an agency. The server checks everything again; these are a convenience.
import { agencies, roleAreaLevel, type Agency, type AreaLevel } from '@smart-kampung/domain';
import type { NewStaffAccount, StaffAccountEdit, StaffRole } from '../../api/users.ts';
import { ancestorAt, levelOfCode, regionDisplayName, villageKindOfCode } from '../../regions/regionCodes.ts';

/** From the most local role to the broadest: village operators are the accounts created most often. */
export const STAFF_ROLES: readonly StaffRole[] = [
  'village_operator',
  'village_head',
  'social_worker',
  'district_staff',
  'agency_staff',
  'regency_admin',
];

export const AGENCIES: readonly Agency[] = agencies;

export const USERNAME_PATTERN = /^[a-z0-9._-]+$/;
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 50;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const DISPLAY_NAME_MAX = 120;

/** The level of region an account of this role must be bound to (the domain's table, as the server reads it). */
export function areaLevelForRole(role: StaffRole): AreaLevel {
  return roleAreaLevel[role];
}

export function needsAgency(role: StaffRole | ''): boolean {
  return role === 'agency_staff';
}

export function isStaffRole(value: string | null): value is StaffRole {
  return value !== null && (STAFF_ROLES as readonly string[]).includes(value);
}

/** What the server stores: user names are compared in lower case, without surrounding spaces. */
export function normalizeUsername(value: string): string {
  return value.trim().toLowerCase();
}

/** Keys under `users.validation.` in the message files. */
export type UserFieldProblem =
  | 'required'
  | 'nameTooShort'
  | 'usernameChars'
  | 'usernameLength'
  | 'passwordTooShort'
  | 'roleRequired'
  | 'agencyRequired'
  | 'districtRequired'
  | 'villageRequired';

export function checkUsername(value: string): UserFieldProblem | null {
  const username = normalizeUsername(value);
  if (username === '') return 'required';
  if (!USERNAME_PATTERN.test(username)) return 'usernameChars';
  return username.length < USERNAME_MIN || username.length > USERNAME_MAX ? 'usernameLength' : null;
}

export function checkPassword(value: string): UserFieldProblem | null {
  if (value === '') return 'required';
  return value.length < PASSWORD_MIN ? 'passwordTooShort' : null;
}

export function checkDisplayName(value: string): UserFieldProblem | null {
  const name = value.trim();
  if (name === '') return 'required';
  return name.length < 2 ? 'nameTooShort' : null;
}

export interface NewUserDraft {
  displayName: string;
  username: string;
  password: string;
  role: StaffRole | '';
  agency: Agency | '';
  /** Kecamatan, for district and village roles. */
  districtCode: string;
  /** Desa/kelurahan, for village roles. */
  villageCode: string;
}

export const EMPTY_DRAFT: NewUserDraft = {
  displayName: '',
  username: '',
  password: '',
  role: '',
  agency: '',
  districtCode: '',
  villageCode: '',
};

/**
 * The form's area fields for a role, in order, each with the name it is rendered under. The last one is
 * always `areaCode`, so the server's complaint about the area lands beside the field that sets it.
 */
export function areaFieldsFor(role: StaffRole | ''): ('district' | 'areaCode')[] {
  if (role === '') return [];
  const level = areaLevelForRole(role);
  if (level === 'regency') return [];
  return level === 'district' ? ['areaCode'] : ['district', 'areaCode'];
}

/** An account's name, role and area, as the edit form holds them (no user name or password). */
export type AccountDraft = Omit<NewUserDraft, 'username' | 'password'>;

/** Problems per field name (`displayName`, `role`, `agency`, `district`, `areaCode`). */
export function validateAccount(draft: AccountDraft): Record<string, UserFieldProblem> {
  const problems: Record<string, UserFieldProblem | null> = {
    displayName: checkDisplayName(draft.displayName),
    role: draft.role === '' ? 'roleRequired' : null,
    agency: needsAgency(draft.role) && draft.agency === '' ? 'agencyRequired' : null,
  };
  const level = draft.role === '' ? null : areaLevelForRole(draft.role);
  if (level === 'district') {
    problems.areaCode = draft.districtCode === '' ? 'districtRequired' : null;
  } else if (level === 'village') {
    problems.district = draft.districtCode === '' ? 'districtRequired' : null;
    // Until a kecamatan is chosen the desa list is empty; one message at a time is enough.
    problems.areaCode = draft.districtCode !== '' && draft.villageCode === '' ? 'villageRequired' : null;
  }
  return Object.fromEntries(
    Object.entries(problems).filter((entry): entry is [string, UserFieldProblem] => entry[1] !== null),
  );
}

/** Problems per field name: the account's (`validateAccount`) plus `username` and `password`. */
export function validateNewUser(draft: NewUserDraft): Record<string, UserFieldProblem> {
  const problems: Record<string, UserFieldProblem | null> = {
    username: checkUsername(draft.username),
    password: checkPassword(draft.password),
  };
  const own = Object.entries(problems).filter(
    (entry): entry is [string, UserFieldProblem] => entry[1] !== null,
  );
  return { ...Object.fromEntries(own), ...validateAccount(draft) };
}

/** The area a draft binds the role to; `regencyCode` is the admin's own regency. */
function areaCodeOf(draft: AccountDraft, role: StaffRole, regencyCode: string): string {
  const level = areaLevelForRole(role);
  return level === 'regency' ? regencyCode : level === 'district' ? draft.districtCode : draft.villageCode;
}

/** The edit form's starting point: the account as it is. */
export function draftOfAccount(account: {
  displayName: string;
  role: string;
  agency: Agency | null;
  areaCode: string;
}): AccountDraft {
  return {
    displayName: account.displayName,
    role: isStaffRole(account.role) ? account.role : '',
    agency: account.agency ?? '',
    districtCode: ancestorAt(account.areaCode, 'district') ?? '',
    villageCode: levelOfCode(account.areaCode) === 'village' ? account.areaCode : '',
  };
}

/** The PATCH body for a draft that passed `validateAccount`. */
export function toAccountEdit(draft: AccountDraft, role: StaffRole, regencyCode: string): StaffAccountEdit {
  return {
    displayName: draft.displayName.trim(),
    role,
    agency: needsAgency(role) && draft.agency !== '' ? draft.agency : null,
    areaCode: areaCodeOf(draft, role, regencyCode),
  };
}

/** The request body for a draft that passed `validateNewUser`; `regencyCode` is the admin's own regency. */
export function toNewStaffAccount(
  draft: NewUserDraft,
  role: StaffRole,
  regencyCode: string,
): NewStaffAccount {
  const areaCode = areaCodeOf(draft, role, regencyCode);
  return {
    username: normalizeUsername(draft.username),
    displayName: draft.displayName.trim(),
    password: draft.password,
    role,
    agency: needsAgency(role) && draft.agency !== '' ? draft.agency : null,
    areaCode,
  };
}

// ---- The list: filters in the URL, paging without a total ----

export const PAGE_SIZE = 25;

export interface UserListFilters {
  role: StaffRole | '';
  offset: number;
}

export function filtersFromSearch(params: URLSearchParams): UserListFilters {
  const role = params.get('role');
  const offset = Number(params.get('offset') ?? 0);
  return {
    role: isStaffRole(role) ? role : '',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Only set filters go into the URL; other parameters (the header's region) are kept. */
export function filtersToSearch(filters: UserListFilters, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  if (filters.role) next.set('role', filters.role);
  else next.delete('role');
  if (filters.offset > 0) next.set('offset', String(filters.offset));
  else next.delete('offset');
  return next;
}

/**
 * The query for GET /api/users. The server sends no total, so one row more than a page is asked for:
 * if it comes back, there is a next page.
 */
export function apiQuery(filters: UserListFilters, areaCode: string): URLSearchParams {
  const params = new URLSearchParams({ areaCode });
  if (filters.role) params.set('role', filters.role);
  params.set('limit', String(PAGE_SIZE + 1));
  params.set('offset', String(filters.offset));
  return params;
}

/** Splits the answer of `apiQuery` into the rows to show and whether a next page exists. */
export function pageOf<T>(items: readonly T[]): { rows: T[]; hasNext: boolean } {
  return { rows: items.slice(0, PAGE_SIZE), hasNext: items.length > PAGE_SIZE };
}

/** "Desa Sarongan", "Kecamatan Pesanggaran", "Kabupaten Banyuwangi": the account's area with its prefix. */
export function areaLabel(account: { areaCode: string; areaName: string }): string {
  const level = levelOfCode(account.areaCode) ?? 'village';
  const kind = level === 'village' ? villageKindOfCode(account.areaCode) : null;
  return regionDisplayName({ name: account.areaName, level, kind });
}
