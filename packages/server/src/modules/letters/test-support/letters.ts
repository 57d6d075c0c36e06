// Test helpers of the letters module: a village ready to issue letters (a family registered through the
// move-in route, its head recorded as an official through the officials route).
import { expect } from 'vitest';
import type { TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../../population/test-support/families.ts';

export const headOfficial = {
  position: 'kepala_desa',
  positionTitle: 'Kepala Desa',
  fullName: 'Suyanto',
  nip: null,
  niap: '35100120010001',
  termStart: '2020-01-01',
  termEnd: null,
  acting: null,
};

export async function recordOfficial(user: TestUser, village: string, official: object = headOfficial) {
  const res = await user.request({
    method: 'POST',
    url: `/api/villages/${village}/officials`,
    payload: official,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** A village with a family and a village head in office: the resident ids of the family. */
export async function villageReadyForLetters(operator: TestUser, village: string) {
  const family = await registerFamily(operator, village);
  await recordOfficial(operator, village);
  return family.residentIds;
}

export function issue(user: TestUser, village: string, body: object) {
  return user.request({ method: 'POST', url: `/api/villages/${village}/letters`, payload: body });
}
