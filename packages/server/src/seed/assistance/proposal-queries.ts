// SQL of the demo's usul and sanggah: the accounts that take each step, the families an usul may propose (not
// already receiving the program), a current family recipient to dispute, and the clock moved back on the one
// item the demo shows overdue.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export function accountsByUsername(db: Db, usernames: readonly string[]) {
  return db
    .selectFrom('app_user')
    .select(['id', 'username', 'role', 'agency', 'area_code'])
    .where('username', 'in', [...usernames])
    .execute();
}

export function districtStaffOf(db: Db, districtCode: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'username', 'role', 'agency', 'area_code'])
    .where('role', '=', 'district_staff')
    .where('area_code', '=', districtCode)
    .orderBy('username')
    .executeTakeFirst();
}

export function citizenLoginOf(db: Db, userId: string) {
  return db
    .selectFrom('citizen_login as c')
    .innerJoin('resident as r', (j) =>
      j.onRef('r.village_code', '=', 'c.village_code').onRef('r.id', '=', 'c.resident_id'),
    )
    .innerJoin('region as v', 'v.code', 'c.village_code')
    .select(['c.village_code', 'r.family_id', 'v.name as village_name', 'v.parent_code as district_code'])
    .where('c.user_id', '=', userId)
    .executeTakeFirst();
}

export function programsByCode(db: Db, codes: readonly string[]) {
  return db
    .selectFrom('assistance_program')
    .select(['id', 'code'])
    .where('code', 'in', [...codes])
    .execute();
}

/**
 * Active families of the village with a head and a household, in KK order, none of them enrolled in any of
 * `programIds` (whatever the unit: the family, its household or its head): families an usul may propose.
 */
export function familiesOutside(
  db: Db,
  village: string,
  programIds: readonly string[],
  except: string | null,
) {
  let query = db
    .selectFrom('family as f')
    .innerJoin('resident as head', (j) =>
      j
        .onRef('head.village_code', '=', 'f.village_code')
        .onRef('head.family_id', '=', 'f.id')
        .on('head.relationship', '=', 1),
    )
    .select(['f.id', 'f.kk_number', 'head.id as head_id'])
    .where('f.village_code', '=', village)
    .where('f.active', '=', true)
    .where('f.household_id', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('assistance_enrolment as e')
            .select('e.id')
            .whereRef('e.village_code', '=', 'f.village_code')
            .where('e.program_id', 'in', [...programIds])
            .where('e.status', '<>', 'exited')
            .where((inner) =>
              inner.or([
                inner('e.family_id', '=', inner.ref('f.id')),
                inner('e.household_id', '=', inner.ref('f.household_id')),
                inner('e.resident_id', '=', inner.ref('head.id')),
              ]),
            ),
        ),
      ),
    );
  if (except) query = query.where('f.id', '<>', except);
  return query.orderBy('f.kk_number').limit(12).execute();
}

/** A current family enrolment of the program in the village, not of `exceptFamily`, in id order. */
export function familyRecipient(db: Db, village: string, programId: string, exceptFamily: string | null) {
  let query = db
    .selectFrom('assistance_enrolment')
    .select('id')
    .where('village_code', '=', village)
    .where('program_id', '=', programId)
    .where('unit_type', '=', 'family')
    .where('status', '=', 'active');
  if (exceptFamily) query = query.where('family_id', '<>', exceptFamily);
  return query.orderBy('id').executeTakeFirst();
}

/**
 * Moves an item's clock back: made `daysAgo` days ago, due `dueDaysAgo` days ago (the demo's overdue item, as if
 * the village had let it wait). Its first step row follows, so the history reads the same.
 */
export async function backdateItem(db: Db, village: string, id: string, daysAgo: number, dueDaysAgo: number) {
  const made = sql<Date>`now() - make_interval(days => ${daysAgo})`;
  await db
    .updateTable('assistance_proposal')
    .set({
      submitted_at: made,
      status_changed_at: made,
      due_at: sql<Date>`now() - make_interval(days => ${dueDaysAgo})`,
    })
    .where('village_code', '=', village)
    .where('id', '=', id)
    .execute();
  await db
    .updateTable('assistance_proposal_step')
    .set({ acted_at: made })
    .where('village_code', '=', village)
    .where('proposal_id', '=', id)
    .execute();
}

/** Whether the village already has usul or sanggah (a second seed run leaves the first one's alone). */
export async function hasProposals(db: Db, village: string) {
  const row = await db
    .selectFrom('assistance_proposal')
    .select('id')
    .where('village_code', '=', village)
    .executeTakeFirst();
  return row !== undefined;
}
