import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  conditionDefinition,
  CONDITIONS,
  evaluateEligibility,
  isEligibilityDefined,
  type ConditionId,
  type ConditionParams,
  type EligibilityMemberFacts,
  type EligibilityUnitFacts,
} from '../index.ts';

const asOf = '2026-12-03';
const context = { asOf };

function person(overrides: Partial<EligibilityMemberFacts> = {}): EligibilityMemberFacts {
  return {
    birthDate: '1985-05-01',
    sex: 1,
    pregnant: null,
    relationship: 1,
    disability: 7,
    insurance: 2,
    difficulty: null,
    chronicIllness: null,
    healthInsurance: null,
    ...overrides,
  };
}

function household(
  members: EligibilityMemberFacts[],
  overrides: Partial<EligibilityUnitFacts> = {},
): EligibilityUnitFacts {
  return {
    unit: 'household',
    decile: 3,
    members,
    roofMembers: members.length,
    head: members[0] ?? null,
    lostLivelihood: [false],
    programsReceived: [],
    ...overrides,
  };
}

const holds = (id: ConditionId, facts: EligibilityUnitFacts, params: ConditionParams = {}) =>
  conditionDefinition(id).holds(facts, params, context);

describe('the condition catalogue', () => {
  it('has one definition per id, each labelled in both languages for every unit', () => {
    const ids = CONDITIONS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CONDITIONS) {
      expect(c.label.id && c.label.en).toBeTruthy();
      for (const unit of ['household', 'family', 'resident'] as const)
        expect(c.readings[unit].id).toBeTruthy();
    }
  });
});

describe('member conditions', () => {
  it('a pregnant member: recorded pregnant; an empty or "not pregnant" record is no', () => {
    expect(holds('pregnant_member', household([person(), person({ sex: 2, pregnant: 1 })]))).toBe(true);
    expect(holds('pregnant_member', household([person({ sex: 2, pregnant: 2 })]))).toBe(false);
    expect(holds('pregnant_member', household([person({ sex: 2, pregnant: null })]))).toBe(false);
  });

  it('a child 0–6 and a school-age child 7–18, counted in whole years on the reference date', () => {
    const six = person({ birthDate: '2019-12-04' }); // 6 until tomorrow
    const seven = person({ birthDate: '2019-12-03' }); // 7 today
    expect(holds('young_child', household([six]))).toBe(true);
    expect(holds('young_child', household([seven]))).toBe(false);
    expect(holds('school_age_child', household([seven]))).toBe(true);
    expect(holds('school_age_child', household([person({ birthDate: '2007-12-03' })]))).toBe(false); // 19
    expect(holds('school_age_child', household([person({ birthDate: '2007-12-04' })]))).toBe(true); // 18
    // A birth date recorded after the reference date counts as a newborn, not an error.
    expect(holds('young_child', household([person({ birthDate: '2027-01-01' })]))).toBe(true);
  });

  it('a member aged 70 or more, or the age the program sets', () => {
    const seventy = person({ birthDate: '1956-12-03' });
    expect(holds('elderly_member', household([seventy]), { age: 70 })).toBe(true);
    expect(holds('elderly_member', household([person({ birthDate: '1956-12-04' })]), { age: 70 })).toBe(
      false,
    );
    expect(holds('elderly_member', household([person({ birthDate: '1961-01-01' })]), { age: 65 })).toBe(true);
  });

  it('a severely disabled member: Regsosek 428a–i answered 1 or 2, or a registry disability code', () => {
    const severe = person({ disability: null, difficulty: [4, 4, 2, 4, 4, 4, 4, 4, 4, 4] });
    const mild = person({ disability: null, difficulty: [3, 3, 3, 4, 4, 4, 4, 4, 4, 1] });
    expect(holds('severe_disability', household([severe]))).toBe(true);
    // 428j (how often sad) is not a functional difficulty.
    expect(holds('severe_disability', household([mild]))).toBe(false);
    expect(holds('severe_disability', household([person({ disability: 2 })]))).toBe(true);
    expect(holds('severe_disability', household([person({ disability: null })]))).toBeNull();
    expect(holds('severe_disability', household([person({ disability: null }), severe]))).toBe(true);
  });

  it('a chronically ill member: Regsosek 430 other than "none"; not asked is unknown', () => {
    expect(holds('chronic_illness', household([person({ chronicIllness: 5 })]))).toBe(true);
    expect(holds('chronic_illness', household([person({ chronicIllness: 18 })]))).toBe(false);
    expect(holds('chronic_illness', household([person(), person({ chronicIllness: 18 })]))).toBeNull();
  });

  it('a member without JKN: either source showing JKN is JKN; no source is unknown', () => {
    expect(holds('no_jkn', household([person({ insurance: 1 })]))).toBe(true);
    expect(holds('no_jkn', household([person({ insurance: 1, healthInsurance: 4 })]))).toBe(false);
    expect(holds('no_jkn', household([person({ insurance: null, healthInsurance: 0 })]))).toBe(true);
    expect(holds('no_jkn', household([person({ insurance: null, healthInsurance: 8 })]))).toBe(true);
    expect(holds('no_jkn', household([person({ insurance: null, healthInsurance: 99 })]))).toBeNull();
    expect(holds('no_jkn', household([person({ insurance: 3 })]))).toBe(false);
  });

  it('reads the person alone for a resident unit', () => {
    const child: EligibilityUnitFacts = {
      ...household([person({ birthDate: '2015-01-01' })]),
      unit: 'resident',
    };
    expect(holds('school_age_child', child)).toBe(true);
    expect(holds('elderly_member', child, { age: 70 })).toBe(false);
  });

  it('an empty household has no member who is anything', () => {
    expect(holds('young_child', household([]))).toBe(false);
    expect(holds('chronic_illness', household([]))).toBe(false);
  });
});

describe('an elderly person living alone', () => {
  const old = person({ birthDate: '1950-01-01' });
  it('holds for a single elderly person, not for a couple', () => {
    expect(holds('elderly_alone', household([old]), { age: 60 })).toBe(true);
    expect(holds('elderly_alone', household([old, person({ birthDate: '1952-01-01' })]), { age: 60 })).toBe(
      false,
    );
    expect(holds('elderly_alone', household([person()]), { age: 60 })).toBe(false);
  });
  it('does not hold for a one-person family that shares its house with another family', () => {
    const family: EligibilityUnitFacts = { ...household([old]), unit: 'family', roofMembers: 4 };
    expect(holds('elderly_alone', family, { age: 60 })).toBe(false);
    expect(holds('elderly_alone', { ...family, roofMembers: 1 }, { age: 60 })).toBe(true);
  });
});

describe('household and family conditions', () => {
  it('a female head: the head recorded; no head is unknown', () => {
    expect(holds('female_head', household([person({ sex: 2 })]))).toBe(true);
    expect(holds('female_head', household([person()]))).toBe(false);
    expect(holds('female_head', household([person({ sex: 2 })], { head: null }))).toBeNull();
    const resident = (p: EligibilityMemberFacts): EligibilityUnitFacts => ({
      ...household([p]),
      unit: 'resident',
      head: null,
    });
    expect(holds('female_head', resident(person({ sex: 2, relationship: 1 })))).toBe(true);
    expect(holds('female_head', resident(person({ sex: 2, relationship: 3 })))).toBe(false);
    expect(holds('female_head', resident(person({ sex: 2, relationship: null })))).toBeNull();
  });

  it('lost livelihood: any family under the roof; a family without section V is unknown', () => {
    expect(holds('lost_livelihood', household([person()], { lostLivelihood: [false, true] }))).toBe(true);
    expect(holds('lost_livelihood', household([person()], { lostLivelihood: [false, null] }))).toBeNull();
    expect(holds('lost_livelihood', household([person()], { lostLivelihood: [false, false] }))).toBe(false);
    // A family split across two households: each household reads only the families under its own roof.
    expect(holds('lost_livelihood', household([person()], { lostLivelihood: [] }))).toBe(false);
  });

  it('not receiving a program, and a decile at most N (unranked: unknown)', () => {
    const facts = household([person()], { programsReceived: ['PKH'], decile: null });
    expect(holds('not_receiving', facts, { program: 'PKH' })).toBe(false);
    expect(holds('not_receiving', facts, { program: 'SEMBAKO' })).toBe(true);
    expect(holds('decile_at_most', facts, { decile: 4 })).toBeNull();
    expect(holds('decile_at_most', { ...facts, decile: 4 }, { decile: 4 })).toBe(true);
    expect(holds('decile_at_most', { ...facts, decile: 5 }, { decile: 4 })).toBe(false);
  });
});

describe('evaluating an eligibility', () => {
  const pkh = {
    maxDecile: 4,
    combine: 'any' as const,
    conditions: [{ id: 'young_child' as const }, { id: 'chronic_illness' as const }],
  };
  const child = person({ birthDate: '2022-01-01', chronicIllness: 18 });

  it('needs the threshold and the conditions', () => {
    expect(evaluateEligibility(pkh, household([child], { decile: 2 }), context).eligible).toBe(true);
    expect(evaluateEligibility(pkh, household([child], { decile: 6 }), context).eligible).toBe(false);
  });

  it('never guesses an unranked household eligible, but knows one that fails a condition is not', () => {
    expect(evaluateEligibility(pkh, household([child], { decile: null }), context).eligible).toBeNull();
    const none = household([person({ chronicIllness: 18 })], { decile: null });
    expect(evaluateEligibility(pkh, none, context).eligible).toBe(false);
  });

  it('an unanswered question decides only when the answer matters', () => {
    const unknown = household([person()], { decile: 1 });
    const verdict = evaluateEligibility(pkh, unknown, context);
    expect(verdict.eligible).toBeNull();
    expect(verdict.conditions.map((c) => c.holds)).toEqual([false, null]);
    expect(evaluateEligibility({ ...pkh, combine: 'all' }, unknown, context).eligible).toBe(false);
  });
});

describe('checking an eligibility', () => {
  it('reads the stored default as none, and fills parameters with their defaults', () => {
    const none = checkEligibility({ conditions: [] });
    expect(none).toEqual({ ok: true, eligibility: { maxDecile: null, conditions: [], combine: 'all' } });
    expect(none.ok && isEligibilityDefined(none.eligibility)).toBe(false);
    const filled = checkEligibility({ maxDecile: 4, conditions: [{ id: 'elderly_member' }] });
    expect(filled.ok && filled.eligibility.conditions[0]).toEqual({
      id: 'elderly_member',
      params: { age: 70 },
    });
  });

  it('names every wrong field in both languages', () => {
    const check = checkEligibility({
      maxDecile: 11,
      combine: 'some',
      conditions: [
        { id: 'flying' },
        { id: 'elderly_member', params: { age: 30 } },
        { id: 'not_receiving', params: {} },
        { id: 'school_age_child', params: { age: 3 } },
        { id: 'young_child' },
        { id: 'young_child' },
      ],
    });
    expect(check.ok).toBe(false);
    const fields = check.ok ? [] : check.errors.map((e) => e.field);
    expect(fields).toEqual([
      'maxDecile',
      'combine',
      'conditions.0.id',
      'conditions.1.params.age',
      'conditions.2.params.program',
      'conditions.3.params.age',
      'conditions.5',
    ]);
    if (!check.ok) for (const e of check.errors) expect(e.message.id && e.message.en).toBeTruthy();
  });

  it('refuses more than twelve conditions and a body that is not an object', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({
      id: 'not_receiving',
      params: { program: `P${i}` },
    }));
    expect(checkEligibility({ conditions: many }).ok).toBe(false);
    expect(checkEligibility('all').ok).toBe(false);
  });
});
