// The cast of the generated scoping cases: a signed-in user of every role at every level, plus the anonymous
// caller, and the regions their targets are drawn from. Levels: this regency (35.10), two of its districts,
// three villages in two districts, a village of a district nobody here works in, and a regency admin of the
// neighbouring regency (35.09 Jember), for whom everything of Banyuwangi lies outside the area.
import type { Actor, Agency, Role } from '../../src/access/roles.ts';
import type { TestApp, TestUser } from '../test-app.ts';

/** Villages where targets are made: two in district 01, one in 02, a kelurahan in 21. */
export const VILLAGES = ['35.10.01.2001', '35.10.01.2002', '35.10.02.2001', '35.10.21.1001'] as const;
/** Regions of every level a list, statistic or export may be asked for, one outside the regency. */
export const REGIONS = ['35.10', '35.10.01', '35.10.02', '35.10.21', ...VILLAGES, '35.09'] as const;
/** The village of the citizen and of the records the hostile-input checks use. */
export const HOME_VILLAGE = VILLAGES[0];

export interface Member {
  /** e.g. "village_operator of 35.10.01.2002", to name the user in a failure. */
  label: string;
  actor: Actor;
  user: TestUser;
}

const staff: readonly (readonly [Role, string, Agency?])[] = [
  ['regency_admin', '35.10'],
  ['regency_admin', '35.09'],
  ['agency_staff', '35.10', 'social_affairs'],
  ['agency_staff', '35.10', 'inspectorate'],
  ['district_staff', '35.10.01'],
  ['district_staff', '35.10.02'],
  ['village_head', '35.10.01.2001'],
  ['village_operator', '35.10.01.2001'],
  ['village_operator', '35.10.01.2002'],
  ['village_operator', '35.10.02.2001'],
  ['social_worker', '35.10.01.2001'],
];

function member(
  id: string,
  username: string,
  role: Role,
  area: string,
  agency: Agency | null,
  user: TestUser,
) {
  const label = `${role}${agency ? ` (${agency})` : ''} of ${area}`;
  return { label, actor: { id, username, role, agency, areaCode: area }, user };
}

/** Staff of every level, each with a session (made directly: the sign-in itself is tested elsewhere). */
export async function createStaffCast(t: TestApp): Promise<Member[]> {
  const cast: Member[] = [];
  for (const [role, area, agency] of staff) {
    const user = await t.createUser(role, area, { agency, session: 'direct' });
    cast.push(member(user.id, user.username, role, area, agency ?? null, user));
  }
  return cast;
}

/**
 * A citizen of HOME_VILLAGE as the app makes one: a resident of a registered family, given a PIN at the
 * village desk (the real route), then signed in.
 */
export async function createCitizen(
  t: TestApp,
  desk: TestUser,
  residentId: string,
): Promise<{ member: Member; nik: string; pin: string }> {
  const issued = await desk.request({
    method: 'POST',
    url: `/api/villages/${HOME_VILLAGE}/residents/${residentId}/citizen-pin`,
  });
  if (issued.statusCode !== 200) throw new Error(`citizen PIN: ${issued.statusCode} ${issued.body}`);
  const revealed = await desk.request({
    method: 'POST',
    url: `/api/villages/${HOME_VILLAGE}/residents/${residentId}/reveal`,
    payload: { reason: 'menerbitkan PIN warga' },
  });
  const login = await t.database.db
    .selectFrom('citizen_login')
    .innerJoin('app_user', 'app_user.id', 'citizen_login.user_id')
    .select(['app_user.id', 'app_user.username'])
    .where('citizen_login.resident_id', '=', residentId)
    .executeTakeFirstOrThrow();
  const cookie = await t.openSession(login.id);
  const user: TestUser = {
    id: login.id,
    username: login.username,
    cookie,
    request: (request) => t.app.inject({ ...request, headers: { ...request.headers, cookie } }),
  };
  return {
    member: member(login.id, login.username, 'citizen', HOME_VILLAGE, null, user),
    nik: revealed.json<{ nik: string }>().nik,
    pin: issued.json<{ pin: string }>().pin,
  };
}
