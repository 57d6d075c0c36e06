// What every scope case works with: the real app on a fresh test database, the cast, and targets made
// through the app's own routes by the regency admin (who may write in every village of the regency):
// families with their residents, households, import jobs and staff accounts, in any village, shared or
// fresh. Also the "nothing was written" probe and the wait for background import work.
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { waitForJob } from '../imports.ts';
import type { TestApp, TestUser } from '../test-app.ts';
import { registerFamily } from '../../src/modules/population/test-support/families.ts';
import { createCitizen, createStaffCast, HOME_VILLAGE, type Member } from './cast.ts';
import { minimalImportFile } from './import-files.ts';

export interface Harness {
  t: TestApp;
  /** Every signed-in user of the cast; the anonymous caller is `null` where a member is expected. */
  cast: readonly Member[];
  /** The regency admin of 35.10, who makes the targets. */
  maker: TestUser;
  /** How the cast's citizen signs in (NIK and the PIN the village desk issued). */
  citizenSignIn: { nik: string; pin: string };
  /** A family of three (head, wife, child) registered by a move-in; shared per village unless fresh. */
  family(village: string, fresh?: boolean): Promise<{ familyId: string; residentIds: string[] }>;
  /** An empty household (no family under its roof); shared per village unless fresh. */
  household(village: string, fresh?: boolean): Promise<string>;
  /** An import job of `importer`, checked and ready to commit; shared per village unless fresh. */
  importJob(village: string, importer: string, fresh?: boolean): Promise<string>;
  /** A staff account bound to `area` (role by the area's level, password TEST_PASSWORD); shared per area
   * unless fresh. */
  account(area: string, fresh?: boolean): Promise<{ id: string; username: string }>;
  /** A number never handed out before in this file (usernames, household numbers). */
  unique(): number;
  /** A fingerprint of everything a request may write: it changes with any insert or update. */
  writeProbe(): Promise<string>;
  /** Waits until no import job is being checked or committed in the background. */
  settle(): Promise<void>;
}

function cached<T>(make: (key: string) => Promise<T>) {
  const made = new Map<string, Promise<T>>();
  return (key: string, fresh = false) => {
    if (fresh) return make(key);
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

/** The staff role an account bound to `area` has: the one its level takes. */
export const staffRoleFor = (area: string) =>
  area.split('.').length === 4
    ? 'village_operator'
    : area.split('.').length === 3
      ? 'district_staff'
      : 'agency_staff';

/** Tables a request may write (sessions and sign-in counters aside); xmin changes with every row version. */
const probedTables = [
  'app_user',
  'assistance_program',
  'assistance_cycle',
  'assistance_distribution',
  'assistance_enrolment',
  'assistance_enrolment_change',
  'assistance_program',
  'assistance_program_exclusion',
  'assistance_program_quota',
  'assistance_deliberation',
  'assistance_proposal',
  'assistance_proposal_deadline',
  'assistance_proposal_photo',
  'assistance_proposal_step',
  'assistance_proposal_visit',
  'audit_log',
  'citizen_login',
  'family',
  'household',
  'import_job',
  'letter',
  'letter_delegation',
  'letter_request',
  'letter_request_attachment',
  'letter_workflow_setting',
  'letter_sequence',
  'letter_signing_key',
  'population_stat',
  'resident',
  'resident_birth',
  'resident_event',
  'resident_nik',
  'village_official',
  'village_profile',
  'welfare_model',
] as const;

export async function createHarness(t: TestApp): Promise<Harness> {
  const staff = await createStaffCast(t);
  const maker = staff.find((m) => m.actor.role === 'regency_admin' && m.actor.areaCode === '35.10')!.user;
  let counter = 0;
  const unique = () => (counter += 1);

  const family = cached((village) => registerFamily(maker, village));
  const household = cached(async (village) => {
    const res = await maker.request({
      method: 'POST',
      url: `/api/villages/${village}/households`,
      payload: { householdNo: `H-${unique()}`, address: 'Jl. Kenanga 3' },
    });
    if (res.statusCode !== 201) throw new Error(`household in ${village}: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string }>().id;
  });
  const importJob = cached(async (key) => {
    const [village, importer] = key.split('|') as [string, string];
    const file = await minimalImportFile(importer);
    const form = new FormData();
    form.append(
      'file',
      new Blob([typeof file.content === 'string' ? file.content : new Uint8Array(file.content)]),
      file.name,
    );
    const res = await maker.request({
      method: 'POST',
      url: `/api/villages/${village}/imports/${importer}`,
      payload: form,
    });
    if (res.statusCode !== 202) throw new Error(`upload to ${village}: ${res.statusCode} ${res.body}`);
    const job = await waitForJob(maker, village, res.json<{ jobId: string }>().jobId);
    return job.id;
  });
  const account = cached(async (area) => {
    const { id, username } = await t.createUser(staffRoleFor(area), area, { session: 'direct' });
    return { id, username };
  });

  const citizenFamily = await family(HOME_VILLAGE);
  // The wife of the home village's shared family; the head is the one PINs are issued to in the cases.
  // PINs are the village desk's act (serve_citizens): the home village's operator issues it.
  const desk = staff.find((m) => m.actor.role === 'village_operator' && m.actor.areaCode === HOME_VILLAGE)!;
  const citizen = await createCitizen(t, desk.user, citizenFamily.residentIds[1]!);

  return {
    t,
    cast: [...staff, citizen.member],
    maker,
    citizenSignIn: { nik: citizen.nik, pin: citizen.pin },
    family,
    household,
    importJob: (village, importer, fresh) => importJob(`${village}|${importer}`, fresh),
    account,
    unique,
    async writeProbe() {
      const parts = probedTables.map(
        (table) =>
          sql<string>`(select coalesce(max(xmin::text::bigint), 0) || '/' || count(*) from ${sql.table(table)})`,
      );
      const row = await sql<{ probe: string }>`select concat_ws(' ', ${sql.join(parts)}) as probe`.execute(
        t.database.db,
      );
      return row.rows[0]!.probe;
    },
    async settle() {
      for (let attempt = 0; attempt < 600; attempt += 1) {
        const busy = await t.database.db
          .selectFrom('import_job')
          .select('id')
          .where('status', 'in', ['validating', 'committing'])
          .executeTakeFirst();
        if (!busy) return;
        await sleep(50);
      }
      throw new Error('import jobs still running after 30 s');
    },
  };
}
