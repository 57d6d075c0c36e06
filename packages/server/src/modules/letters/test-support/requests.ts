// Test helpers of letter requests: a village whose head has an account linked to the head's official record,
// a citizen of the village signed in, and the steps as calls.
import type { TestApp, TestUser } from '../../../../test/test-app.ts';
import { TEST_PASSWORD } from '../../../../test/test-app.ts';
import { registerFamily } from '../../population/test-support/families.ts';
import { recordOfficial } from './letters.ts';

export interface RequestVillage {
  operator: TestUser;
  head: TestUser;
  headOfficialId: string;
  residentIds: string[];
}

/** The village's operator and head (the head's account linked to the head's official record), and a family. */
export async function villageForRequests(t: TestApp, village: string): Promise<RequestVillage> {
  const operator = await t.createUser('village_operator', village);
  const head = await t.createUser('village_head', village);
  const family = await registerFamily(operator, village);
  const headOfficialId = await recordOfficial(operator, village);
  await linkAccount(operator, village, headOfficialId, head.id);
  return { operator, head, headOfficialId, residentIds: family.residentIds };
}

export async function linkAccount(
  user: TestUser,
  village: string,
  officialId: string,
  userId: string | null,
) {
  const res = await user.request({
    method: 'PUT',
    url: `/api/villages/${village}/officials/${officialId}/account`,
    payload: { userId },
  });
  if (res.statusCode !== 200) throw new Error(`link ${res.statusCode} ${res.body}`);
}

/** A resident given a PIN at the desk, then signed in as a citizen (session made directly). */
export async function citizenOf(t: TestApp, desk: TestUser, village: string, residentId: string) {
  const issued = await desk.request({
    method: 'POST',
    url: `/api/villages/${village}/residents/${residentId}/citizen-pin`,
  });
  if (issued.statusCode !== 200) throw new Error(`PIN ${issued.statusCode} ${issued.body}`);
  const login = await t.database.db
    .selectFrom('citizen_login')
    .select('user_id')
    .where('resident_id', '=', residentId)
    .executeTakeFirstOrThrow();
  const cookie = await t.openSession(login.user_id);
  const user: TestUser = {
    id: login.user_id,
    username: '',
    cookie,
    request: (request) => t.app.inject({ ...request, headers: { ...request.headers, cookie } }),
  };
  return user;
}

export const domicileRequest = (residentId: string) => ({
  letterTypeCode: 'keterangan-domisili',
  residentId,
  fields: { keperluan: 'Melamar pekerjaan' },
});

export function deskRequest(user: TestUser, village: string, body: object) {
  return user.request({ method: 'POST', url: `/api/villages/${village}/letter-requests`, payload: body });
}

export function step(user: TestUser, village: string, id: string, name: string, body: object = {}) {
  return user.request({
    method: 'POST',
    url: `/api/villages/${village}/letter-requests/${id}/${name}`,
    payload: body,
  });
}

export const checkAll = (user: TestUser, village: string, id: string) =>
  step(user, village, id, 'check', { seen: ['ktp', 'kk'] });

export const sign = (user: TestUser, village: string, id: string, password = TEST_PASSWORD) =>
  step(user, village, id, 'sign', { password });
