// What the demo needs so the poverty map and the targeting lists show something on a fresh install: each
// catalogue program's eligibility (the published rule of thumb of each program, written in the eligibility
// catalogue's terms; a regency sets its own) and a finished regency ranking run under the active score model,
// started by the demo Dinas Sosial account, exactly as if its staff had pressed "run".
import { randomUUID } from 'node:crypto';
import type { Eligibility } from '@smart-kampung/domain';
import type { Db } from '../../db/database.ts';
import { runRanking } from '../../modules/assistance/ranking/runner.ts';
import { insertRun } from '../../modules/assistance/ranking/queries.ts';
import { setEligibility } from '../../modules/assistance/targeting/queries.ts';
import { activeModels } from '../../modules/assistance/welfare/scores/model-queries.ts';

/** Per catalogue program: who it is meant for (docs/rules/DEMO-TARGETING.md says where each comes from). */
export const DEMO_ELIGIBILITIES: Record<string, Eligibility> = {
  PKH: {
    maxDecile: 4,
    combine: 'any',
    conditions: [
      { id: 'pregnant_member' },
      { id: 'young_child' },
      { id: 'school_age_child' },
      { id: 'elderly_member', params: { age: 70 } },
      { id: 'severe_disability' },
    ],
  },
  SEMBAKO: { maxDecile: 4, combine: 'all', conditions: [] },
  'BLT-DD': {
    maxDecile: 3,
    combine: 'any',
    conditions: [
      { id: 'lost_livelihood' },
      { id: 'chronic_illness' },
      { id: 'elderly_member', params: { age: 60 } },
    ],
  },
  'SUBSIDI-LISTRIK': { maxDecile: 4, combine: 'all', conditions: [] },
  'BANSOS-PEMDA': {
    maxDecile: 2,
    combine: 'all',
    conditions: [{ id: 'not_receiving', params: { program: 'PKH' } }],
  },
  'PUPUK-BERSUBSIDI': { maxDecile: 6, combine: 'all', conditions: [] },
  'LPG-3KG': { maxDecile: 5, combine: 'all', conditions: [] },
  'PBI-JK': { maxDecile: 5, combine: 'all', conditions: [{ id: 'no_jkn' }] },
  PIP: { maxDecile: 4, combine: 'all', conditions: [{ id: 'school_age_child' }] },
  'PERMAKANAN-LANSIA': {
    maxDecile: 3,
    combine: 'all',
    conditions: [{ id: 'elderly_alone', params: { age: 60 } }],
  },
  RTLH: {
    maxDecile: 3,
    combine: 'any',
    conditions: [
      { id: 'female_head' },
      { id: 'elderly_member', params: { age: 70 } },
      { id: 'severe_disability' },
    ],
  },
};

/** Sets the demo eligibilities and ranks the regency's households into deciles; returns the run's id. */
export async function seedDemoTargeting(db: Db, regencyCode: string, startedBy: string) {
  const programs = await db.selectFrom('assistance_program').select(['id', 'code']).execute();
  for (const program of programs) {
    const eligibility = DEMO_ELIGIBILITIES[program.code];
    if (eligibility) await setEligibility(db, program.id, eligibility, startedBy);
  }
  const model = (await activeModels(db)).find((m) => m.kind === 'score');
  if (!model) throw new Error('no active welfare score model: prepareDatabase installs it first');
  const runId = randomUUID();
  await insertRun(db, { id: runId, modelId: model.id, areaCode: regencyCode, startedBy });
  const failures: unknown[] = [];
  await runRanking(
    db,
    { runId, modelId: model.id, areaCode: regencyCode },
    { error: (details: object) => failures.push(details) },
  );
  if (failures.length > 0) throw new Error('the demo ranking run failed', { cause: failures[0] });
  return runId;
}
