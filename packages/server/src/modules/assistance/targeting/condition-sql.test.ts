// Every condition of the catalogue answers alike in SQL (condition-sql.ts through units.ts) and in the domain
// (packages/domain/src/assistance/eligibility), unit by unit, on the same households, for every target unit.
import {
  conditionDefinition,
  evaluateEligibility,
  type Eligibility,
  type EligibilityCondition,
  type EligibilityUnit,
} from '@smart-kampung/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/test-app.ts';
import { evaluateAll } from './queries.ts';
import { factsOf } from './test-support/facts.ts';
import { AS_OF, sampleWorld } from './test-support/sample-world.ts';
import { insertWorld, type WorldIds } from './test-support/world.ts';

let t: TestApp;
let ids: WorldIds;
const programOf: Record<EligibilityUnit, string> = { household: 'RTLH', family: 'PKH', resident: 'PIP' };

beforeAll(async () => {
  t = await buildTestApp();
  ids = await insertWorld(t.database.db, sampleWorld);
});
afterAll(() => t.close());

async function sqlAnswers(unit: EligibilityUnit, eligibility: Eligibility) {
  const program = await t.database.db
    .selectFrom('assistance_program')
    .select('id')
    .where('code', '=', programOf[unit])
    .executeTakeFirstOrThrow();
  const rows = await evaluateAll(t.database.db, {
    programId: program.id,
    unit,
    eligibility,
    area: '35.10',
    asOf: AS_OF,
  });
  return new Map(rows.map((row) => [ids.key.get(row.unit_id)!, row]));
}

const CASES: EligibilityCondition[] = [
  { id: 'pregnant_member' },
  { id: 'young_child' },
  { id: 'school_age_child' },
  { id: 'elderly_member', params: { age: 70 } },
  { id: 'elderly_member', params: { age: 60 } },
  { id: 'severe_disability' },
  { id: 'elderly_alone', params: { age: 60 } },
  { id: 'elderly_alone', params: { age: 80 } },
  { id: 'female_head' },
  { id: 'lost_livelihood' },
  { id: 'chronic_illness' },
  { id: 'no_jkn' },
  { id: 'not_receiving', params: { program: 'SEMBAKO' } },
  { id: 'not_receiving', params: { program: 'PIP' } },
  { id: 'not_receiving', params: { program: 'RTLH' } },
  { id: 'not_receiving', params: { program: 'PKH' } },
  { id: 'decile_at_most', params: { decile: 4 } },
];

describe.each(['household', 'family', 'resident'] as const)('conditions read for a %s', (unit) => {
  const facts = factsOf(sampleWorld, unit);

  it.each(CASES.map((c) => [`${c.id} ${JSON.stringify(c.params ?? {})}`, c] as const))(
    '%s: SQL and the domain rule agree on every unit',
    async (_name, condition) => {
      const answers = await sqlAnswers(unit, { maxDecile: null, conditions: [condition], combine: 'all' });
      expect([...answers.keys()].sort()).toEqual([...facts.keys()].sort());
      const rule = conditionDefinition(condition.id);
      const domain = [...facts].map(([key, f]) => [
        key,
        rule.holds(f, condition.params ?? {}, { asOf: AS_OF }),
      ]);
      const fromSql = [...facts.keys()].map((key) => [key, answers.get(key)!.c0]);
      expect(fromSql).toEqual(domain);
    },
  );

  it('agrees on whole eligibilities: a threshold with all or any of several conditions', async () => {
    const eligibilities: Eligibility[] = [
      {
        maxDecile: 4,
        combine: 'any',
        conditions: [
          { id: 'young_child' },
          { id: 'pregnant_member' },
          { id: 'elderly_member', params: { age: 70 } },
        ],
      },
      {
        maxDecile: 5,
        combine: 'all',
        conditions: [{ id: 'no_jkn' }, { id: 'not_receiving', params: { program: 'SEMBAKO' } }],
      },
      { maxDecile: null, combine: 'any', conditions: [{ id: 'chronic_illness' }, { id: 'lost_livelihood' }] },
      { maxDecile: 3, combine: 'all', conditions: [] },
    ];
    for (const eligibility of eligibilities) {
      const answers = await sqlAnswers(unit, eligibility);
      for (const [key, f] of facts) {
        const verdict = evaluateEligibility(eligibility, f, { asOf: AS_OF });
        expect([key, answers.get(key)!.eligible], JSON.stringify(eligibility)).toEqual([
          key,
          verdict.eligible,
        ]);
      }
    }
  });
});

describe('the sample world holds the cases it is meant to', () => {
  it('gives unknown, true and false answers, so agreement is not agreement on one value', async () => {
    const answers = await sqlAnswers('household', {
      maxDecile: null,
      conditions: [{ id: 'chronic_illness' }],
      combine: 'all',
    });
    const values = new Set([...answers.values()].map((row) => row.c0));
    expect(values).toEqual(new Set([true, false, null]));
    const alone = await sqlAnswers('family', {
      maxDecile: null,
      conditions: [{ id: 'elderly_alone', params: { age: 60 } }],
      combine: 'all',
    });
    // The old woman alone in her KK shares her house with another family: not alone. The loose family's man is.
    expect(alone.get('fs1')!.c0).toBe(false);
    expect(alone.get('fl')!.c0).toBe(true);
    expect(alone.get('fe')!.c0).toBe(true);
  });
});
