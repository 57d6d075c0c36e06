// Programs as targeting tests need them: a catalogue program's eligibility set directly, and a village's own
// program (the programs service is another sub-feature's).
import { randomUUID } from 'node:crypto';
import type { Eligibility } from '@smart-kampung/domain';
import type { Db } from '../../../../db/database.ts';

/** PKH's rule as the tests expect it. Kept here on purpose rather than read from the demo's table
 * (seed/assistance/eligibility-and-ranking.ts DEMO_ELIGIBILITIES): a change to the demo must not move what
 * the targeting tests assert. */
export const PKH_ELIGIBILITY: Eligibility = {
  maxDecile: 4,
  combine: 'any',
  conditions: [
    { id: 'pregnant_member' },
    { id: 'young_child' },
    { id: 'school_age_child' },
    { id: 'elderly_member', params: { age: 70 } },
  ],
};

export async function programIdOf(db: Db, code: string): Promise<string> {
  const row = await db
    .selectFrom('assistance_program')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sets a program's eligibility straight in the table and answers its id. */
export async function withEligibility(db: Db, code: string, eligibility: Eligibility = PKH_ELIGIBILITY) {
  await db
    .updateTable('assistance_program')
    .set({ eligibility: JSON.stringify(eligibility) })
    .where('code', '=', code)
    .execute();
  return programIdOf(db, code);
}

/** A village's own household program (Dana Desa) with an eligibility; answers its id. */
export async function villageProgram(
  db: Db,
  village: string,
  code: string,
  eligibility: Eligibility = PKH_ELIGIBILITY,
) {
  const id = randomUUID();
  await db
    .insertInto('assistance_program')
    .values({
      id,
      code,
      name: `Program desa ${code}`,
      level: 'village',
      owner_area_code: village,
      fund_source: 'dana_desa',
      target_unit: 'household',
      benefit_kind: 'in_kind',
      cycle: 'yearly',
      eligibility: JSON.stringify(eligibility),
    })
    .execute();
  return id;
}
