// Test helper: registers a family through the real move-in route, so tests start from data the app made.
import { buildNik } from '@smart-kampung/domain';
import { expect } from 'vitest';
import type { TestUser } from '../../../../test/test-app.ts';

let serial = 100;

export function nikFor(birthDate: string, sex: 1 | 2, districtCode = '35.10.01') {
  serial += 1;
  return buildNik({ districtCode, birthDate, sex: sex === 1 ? 'male' : 'female', serial });
}

export function kkFor(districtCode = '35.10.01') {
  serial += 1;
  return `${districtCode.replaceAll('.', '')}0101${String(20 + (serial % 80)).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
}

export interface MemberSpec {
  fullName: string;
  sex: 1 | 2;
  birthDate: string;
  relationship: number;
}

export const defaultMembers: MemberSpec[] = [
  { fullName: 'Slamet Riyadi', sex: 1, birthDate: '1980-03-14', relationship: 1 },
  { fullName: 'Siti Aminah', sex: 2, birthDate: '1984-07-02', relationship: 3 },
  { fullName: 'Dwi Lestari', sex: 2, birthDate: '2010-11-20', relationship: 4 },
];

/** The body of a move-in that registers a new family card with `members`, each with a fresh NIK. */
export function moveInPayload(
  villageCode: string,
  members: MemberSpec[] = defaultMembers,
  districtCode = villageCode.slice(0, 8),
) {
  return {
    date: '2026-01-15',
    origin: 'Jember',
    family: {
      kkNumber: kkFor(districtCode),
      dusun: 'Krajan',
      rw: '001',
      rt: '002',
      address: 'Jl. Mawar 5',
    },
    members: members.map((m) => ({
      ...m,
      nik: nikFor(m.birthDate, m.sex, districtCode),
      religion: 1,
      maritalStatus: m.relationship <= 3 ? 2 : 1,
    })),
  };
}

export async function registerFamily(
  operator: TestUser,
  villageCode: string,
  members: MemberSpec[] = defaultMembers,
  districtCode = villageCode.slice(0, 8),
) {
  const res = await operator.request({
    method: 'POST',
    url: `/api/villages/${villageCode}/events/move-in`,
    payload: moveInPayload(villageCode, members, districtCode),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ familyId: string; residentIds: string[] }>();
}
