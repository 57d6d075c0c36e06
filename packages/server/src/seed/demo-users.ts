// Demo accounts for every role, bound to real Banyuwangi areas. All share one demo password (printed at
// start-up); the data they see is synthetic and the UI says so.
import type { Agency, Role } from '../access/roles.ts';
import type { Db } from '../db/database.ts';
import { hashSecret } from '../modules/auth/password.ts';
import { nikDigest } from '../modules/auth/tokens.ts';
import { deploymentSecret } from '../modules/auth/queries.ts';
import { stableUuid, slug } from './deterministic.ts';

export const DEMO_PASSWORD = 'kampung-demo-2026';
export const DEMO_CITIZEN = { nik: '3510014506900001', pin: '123456' };

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  agency: Agency | null;
  areaCode: string;
}

/** village: one village (and accounts for three); demo: all villages, small (npm start); regency: all, full. */
export type SeedScale = 'village' | 'demo' | 'regency';

async function pickAreas(db: Db, regencyCode: string, scale: SeedScale) {
  const districts = await db
    .selectFrom('region')
    .select(['code', 'name'])
    .where('parent_code', '=', regencyCode)
    .orderBy('code')
    .execute();
  const everyArea = scale !== 'village';
  const chosenDistricts = everyArea ? districts : districts.slice(0, 2);
  const villages = await db
    .selectFrom('region')
    .select(['code', 'name', 'parent_code'])
    .where(
      'parent_code',
      'in',
      chosenDistricts.map((d) => d.code),
    )
    .orderBy('code')
    .execute();
  // Village scale: two villages of the first district and one of the second, enough to test boundaries.
  const chosenVillages = everyArea
    ? villages
    : [
        ...villages.filter((v) => v.parent_code === chosenDistricts[0]?.code).slice(0, 2),
        ...villages.filter((v) => v.parent_code === chosenDistricts[1]?.code).slice(0, 1),
      ];
  return { districts: chosenDistricts, villages: chosenVillages };
}

export async function demoUsers(db: Db, regencyCode: string, scale: SeedScale): Promise<DemoUser[]> {
  const { districts, villages } = await pickAreas(db, regencyCode, scale);
  const agencyUsers: [string, Agency, string][] = [
    ['dinsos', 'social_affairs', 'Staf Dinas Sosial'],
    ['dpmd', 'village_development', 'Staf Dinas PMD'],
    ['bappeda', 'planning', 'Staf Bappeda'],
    ['inspektorat', 'inspectorate', 'Staf Inspektorat'],
  ];
  return [
    {
      username: 'admin',
      displayName: 'Admin Kabupaten',
      role: 'regency_admin',
      agency: null,
      areaCode: regencyCode,
    },
    ...agencyUsers.map(([username, agency, displayName]) => ({
      username,
      displayName,
      role: 'agency_staff' as const,
      agency,
      areaCode: regencyCode,
    })),
    ...districts.map((d) => ({
      username: `camat.${slug(d.name)}`,
      displayName: `Staf Kecamatan ${d.name}`,
      role: 'district_staff' as const,
      agency: null,
      areaCode: d.code,
    })),
    ...villages.flatMap((v) => [
      {
        username: `kades.${slug(v.name)}`,
        displayName: `Kepala Desa ${v.name}`,
        role: 'village_head' as const,
        agency: null,
        areaCode: v.code,
      },
      {
        username: `operator.${slug(v.name)}`,
        displayName: `Operator Desa ${v.name}`,
        role: 'village_operator' as const,
        agency: null,
        areaCode: v.code,
      },
      {
        username: `pilar.${slug(v.name)}`,
        displayName: `Pilar Sosial ${v.name}`,
        role: 'social_worker' as const,
        agency: null,
        areaCode: v.code,
      },
    ]),
  ];
}

/** Inserts the demo accounts (existing usernames are left alone) and one citizen login. */
export async function seedDemoUsers(db: Db, regencyCode: string, scale: SeedScale): Promise<DemoUser[]> {
  const users = await demoUsers(db, regencyCode, scale);
  // One hash reused for every demo account: hashing hundreds of identical demo passwords adds nothing.
  const passwordHash = await hashSecret(DEMO_PASSWORD);
  const pinHash = await hashSecret(DEMO_CITIZEN.pin);
  const firstVillage = users.find((u) => u.role === 'village_operator')?.areaCode ?? regencyCode;
  const { secret } = await deploymentSecret(db);
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < users.length; start += 500) {
      const rows = users.slice(start, start + 500).map((u) => ({
        id: stableUuid(`user:${u.username}`),
        username: u.username,
        display_name: u.displayName,
        password_hash: passwordHash,
        role: u.role,
        agency: u.agency,
        area_code: u.areaCode,
      }));
      await trx
        .insertInto('app_user')
        .values(rows)
        .onConflict((oc) => oc.column('username').doNothing())
        .execute();
    }
    const citizenId = stableUuid('user:citizen-demo');
    await trx
      .insertInto('app_user')
      .values({
        id: citizenId,
        username: 'warga.demo',
        display_name: 'Warga Contoh',
        password_hash: pinHash,
        role: 'citizen',
        agency: null,
        area_code: firstVillage,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .execute();
    await trx
      .insertInto('citizen_login')
      .values({ user_id: citizenId, nik_digest: nikDigest(secret, DEMO_CITIZEN.nik) })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
  });
  return users;
}

/** Ties the demo citizen login to the resident with the demo NIK, once the population exists. */
export async function linkDemoCitizen(db: Db) {
  const claim = await db
    .selectFrom('resident_nik')
    .select(['village_code', 'resident_id'])
    .where('nik', '=', DEMO_CITIZEN.nik)
    .executeTakeFirst();
  if (!claim) return;
  const userId = stableUuid('user:citizen-demo');
  // Read before linking: no foreign key checks the link (citizen_login is a reference table, migration 0010).
  const resident = await db
    .selectFrom('resident')
    .select('full_name')
    .where('village_code', '=', claim.village_code)
    .where('id', '=', claim.resident_id)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('citizen_login')
    .set({ village_code: claim.village_code, resident_id: claim.resident_id })
    .where('user_id', '=', userId)
    .execute();
  await db
    .updateTable('app_user')
    .set({ area_code: claim.village_code, display_name: resident.full_name })
    .where('id', '=', userId)
    .execute();
}
