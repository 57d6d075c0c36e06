// Every demo village's Kepala Desa (a kelurahan's Lurah) and Sekretaris Desa, linked to the village's demo
// head and operator accounts: on a fresh `npm start` the head signs a request with their own account and the
// operator, as Sekdes, verifies where the village asks for it. Names come from the population's generator,
// seeded by the village code, so the same seed gives the same officials.
import { positionLabel, type OfficialPosition } from '@smart-kampung/domain';
import type { Db } from '../../db/database.ts';
import { stableUuid } from '../deterministic.ts';
import type { DemoUser } from '../demo-users.ts';
import { personName, type SexName } from '../population/names.ts';
import { Rng } from '../population/prng.ts';

/** "SLAMET SANTOSO" (as on a KK) → "Slamet Santoso" (as under a signature). */
const titleCase = (name: string) =>
  name
    .toLowerCase()
    .replace(/(^|[\s.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

interface Post {
  position: OfficialPosition;
  /** The demo account that is this official: the head's, or the operator's for the secretary. */
  account: 'kades' | 'operator';
  sex: SexName;
  birthYear: number;
  termStart: string;
  serial: string;
}

const POSTS: readonly Post[] = [
  {
    position: 'kepala_desa',
    account: 'kades',
    sex: 'male',
    birthYear: 1974,
    termStart: '2022-01-03',
    serial: '0001',
  },
  {
    position: 'sekretaris_desa',
    account: 'operator',
    sex: 'female',
    birthYear: 1986,
    termStart: '2019-07-01',
    serial: '0002',
  },
];

/** A plausible 18-digit NIP (birth date, appointment month, sex, serial) for a kelurahan's civil servants. */
function demoNip(post: Post, rng: Rng): string {
  const birth = `${post.birthYear}0${1 + Math.floor(rng.next() * 9)}1${Math.floor(rng.next() * 9)}`;
  const appointed = `${post.birthYear + 25}03`;
  return `${birth}${appointed}${post.sex === 'male' ? 1 : 2}${post.serial.slice(1)}`;
}

/** Inserts the officials of every village with demo desk accounts; existing ones (same id) are left alone. */
export async function seedDemoOfficials(db: Db, users: readonly DemoUser[]): Promise<number> {
  const desk = users.filter((u) => u.role === 'village_head' || u.role === 'village_operator');
  if (desk.length === 0) return 0;
  const accounts = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'area_code', 'role'])
    .where(
      'username',
      'in',
      desk.map((u) => u.username),
    )
    .execute();
  const accountOf = new Map(accounts.map((a) => [`${a.area_code}:${a.role}`, a.id]));
  const villages = await db
    .selectFrom('region')
    .select(['code', 'kind'])
    .where('code', 'in', [...new Set(desk.map((u) => u.areaCode))])
    .execute();
  const rows = villages.flatMap((village) => {
    const rng = new Rng(`officials:${village.code}`);
    const kind = village.kind === 'kelurahan' ? 'kelurahan' : 'desa';
    return POSTS.map((post) => ({
      village_code: village.code,
      id: stableUuid(`official:${village.code}:${post.position}`),
      position: post.position,
      position_title: positionLabel(post.position, kind).id,
      full_name: titleCase(
        personName(rng, { sex: post.sex, birthYear: post.birthYear, ethnicity: 'Jawa', religion: 1 }),
      ),
      // A Lurah and a Sekretaris Kelurahan are civil servants (NIP); a desa's officials carry a NIAP.
      nip: kind === 'kelurahan' ? demoNip(post, rng) : null,
      niap: kind === 'desa' ? `${village.code.replaceAll('.', '')}${post.serial}` : null,
      term_start: post.termStart,
      user_id:
        accountOf.get(`${village.code}:${post.account === 'kades' ? 'village_head' : 'village_operator'}`) ??
        null,
    }));
  });
  let inserted = 0;
  for (let start = 0; start < rows.length; start += 500) {
    const result = await db
      .insertInto('village_official')
      .values(rows.slice(start, start + 500))
      // Re-seeding leaves an official alone, and an account a village already linked elsewhere stays there.
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}
