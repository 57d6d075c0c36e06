import { describe, expect, it } from 'vitest';
import {
  apiQuery,
  areaLabel,
  areaFieldsFor,
  areaLevelForRole,
  checkPassword,
  checkUsername,
  EMPTY_DRAFT,
  filtersFromSearch,
  filtersToSearch,
  PAGE_SIZE,
  pageOf,
  STAFF_ROLES,
  toNewStaffAccount,
  validateNewUser,
} from './userRules.ts';
import type { NewUserDraft } from './userRules.ts';

describe('area level per role', () => {
  it('binds each staff role to the level the server expects', () => {
    expect(areaLevelForRole('regency_admin')).toBe('regency');
    expect(areaLevelForRole('agency_staff')).toBe('regency');
    expect(areaLevelForRole('district_staff')).toBe('district');
    expect(areaLevelForRole('village_head')).toBe('village');
    expect(areaLevelForRole('village_operator')).toBe('village');
    expect(areaLevelForRole('social_worker')).toBe('village');
  });

  it('offers every staff role and never citizen', () => {
    expect([...STAFF_ROLES].sort()).toEqual([
      'agency_staff',
      'district_staff',
      'regency_admin',
      'social_worker',
      'village_head',
      'village_operator',
    ]);
  });

  it('asks for kecamatan, then desa, only where the role needs them', () => {
    expect(areaFieldsFor('')).toEqual([]);
    expect(areaFieldsFor('agency_staff')).toEqual([]);
    expect(areaFieldsFor('district_staff')).toEqual(['areaCode']);
    expect(areaFieldsFor('village_operator')).toEqual(['district', 'areaCode']);
  });
});

describe('field checks', () => {
  it('accepts user names the server accepts', () => {
    for (const name of ['abc', 'operator.sarongan', 'staf_dinsos-2', 'A.B.C', '  budi  ', 'x'.repeat(50)]) {
      expect(checkUsername(name), name).toBeNull();
    }
  });

  it('names what is wrong with a user name', () => {
    expect(checkUsername('  ')).toBe('required');
    expect(checkUsername('ab')).toBe('usernameLength');
    expect(checkUsername('x'.repeat(51))).toBe('usernameLength');
    expect(checkUsername('budi santoso')).toBe('usernameChars');
    expect(checkUsername('budi@desa')).toBe('usernameChars');
  });

  it('wants a password of at least 10 characters', () => {
    expect(checkPassword('')).toBe('required');
    expect(checkPassword('123456789')).toBe('passwordTooShort');
    expect(checkPassword('1234567890')).toBeNull();
  });
});

const valid: NewUserDraft = {
  ...EMPTY_DRAFT,
  displayName: ' Budi Santoso ',
  username: 'Operator.Baru ',
  password: 'rahasia-panjang',
  role: 'village_operator',
  districtCode: '35.10.01',
  villageCode: '35.10.01.2001',
};

describe('validateNewUser', () => {
  it('passes a complete draft', () => {
    expect(validateNewUser(valid)).toEqual({});
  });

  it('requires role, and an agency only for agency staff', () => {
    expect(validateNewUser({ ...valid, role: '' })).toEqual({ role: 'roleRequired' });
    expect(validateNewUser({ ...valid, role: 'agency_staff' })).toEqual({ agency: 'agencyRequired' });
    expect(validateNewUser({ ...valid, role: 'agency_staff', agency: 'planning' })).toEqual({});
  });

  it('asks for the area of the right level', () => {
    const noArea = { ...valid, districtCode: '', villageCode: '' };
    expect(validateNewUser(noArea)).toEqual({ district: 'districtRequired' });
    expect(validateNewUser({ ...noArea, districtCode: '35.10.01' })).toEqual({ areaCode: 'villageRequired' });
    expect(validateNewUser({ ...noArea, role: 'district_staff' })).toEqual({ areaCode: 'districtRequired' });
    expect(validateNewUser({ ...noArea, role: 'regency_admin' })).toEqual({});
  });
});

describe('toNewStaffAccount', () => {
  it('sends the area of the role’s level, a normalised user name and no stray agency', () => {
    expect(toNewStaffAccount({ ...valid, agency: 'planning' }, 'village_operator', '35.10')).toEqual({
      username: 'operator.baru',
      displayName: 'Budi Santoso',
      password: 'rahasia-panjang',
      role: 'village_operator',
      agency: null,
      areaCode: '35.10.01.2001',
    });
    expect(toNewStaffAccount(valid, 'district_staff', '35.10').areaCode).toBe('35.10.01');
    const agency = toNewStaffAccount({ ...valid, agency: 'planning' }, 'agency_staff', '35.10');
    expect(agency).toMatchObject({ areaCode: '35.10', agency: 'planning' });
  });
});

describe('list query', () => {
  it('reads only known roles and sane offsets from the URL', () => {
    const params = new URLSearchParams('role=citizen&offset=-5&region=35.10.01');
    expect(filtersFromSearch(params)).toEqual({ role: '', offset: 0 });
    expect(filtersFromSearch(new URLSearchParams('role=village_head&offset=25'))).toEqual({
      role: 'village_head',
      offset: 25,
    });
  });

  it('keeps the region when writing filters back', () => {
    const next = filtersToSearch(
      { role: 'district_staff', offset: 0 },
      new URLSearchParams('region=35.10.01&offset=25'),
    );
    expect(next.toString()).toBe('region=35.10.01&role=district_staff');
  });

  it('asks for one row more than a page to learn whether another page follows', () => {
    const query = apiQuery({ role: '', offset: 50 }, '35.10');
    expect(Object.fromEntries(query)).toEqual({
      areaCode: '35.10',
      limit: String(PAGE_SIZE + 1),
      offset: '50',
    });
    const full = Array.from({ length: PAGE_SIZE + 1 }, (_, index) => index);
    expect(pageOf(full)).toEqual({ rows: full.slice(0, PAGE_SIZE), hasNext: true });
    expect(pageOf([1, 2])).toEqual({ rows: [1, 2], hasNext: false });
  });
});

describe('areaLabel', () => {
  it('names the area with the prefix of its level', () => {
    expect(areaLabel({ areaCode: '35.10', areaName: 'KABUPATEN BANYUWANGI' })).toBe('Kabupaten Banyuwangi');
    expect(areaLabel({ areaCode: '35.10.01', areaName: 'PESANGGARAN' })).toBe('Kecamatan Pesanggaran');
    expect(areaLabel({ areaCode: '35.10.01.2001', areaName: 'Sarongan' })).toBe('Desa Sarongan');
    expect(areaLabel({ areaCode: '35.10.02.1001', areaName: 'Sobo' })).toBe('Kelurahan Sobo');
  });
});
