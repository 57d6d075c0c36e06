import { describe, expect, it } from 'vitest';
import {
  blankMemberWelfare,
  DIFFICULTY_FIELDS,
  EMPLOYMENT_INSURANCE,
  FAMILY_WELFARE_VARIABLES,
  familyWelfareProblems,
  flagsOfSum,
  HEALTH_INSURANCE,
  IDENTITY_DOCUMENTS,
  isSumAnswer,
  MEMBER_WELFARE_FIELDS,
  MEMBER_WELFARE_VARIABLES,
  memberWelfareProblems,
  programOfRegsosek501,
  REGSOSEK_501_LETTERS,
  startOf501,
  type MemberPerson,
  type MemberWelfare,
} from './index.ts';

const woman: MemberPerson = { sex: 2, age: 30, maritalStatus: 2 };
const problemsOf = (answers: Partial<MemberWelfare>, person: MemberPerson = woman) =>
  memberWelfareProblems(answers, person).map((p) => `${p.field}:${p.kind}`);

describe('section IV questions', () => {
  it('name every field once, in the order of the form, with the workbook question numbers', () => {
    expect(MEMBER_WELFARE_VARIABLES.map((v) => v.field)).toEqual(MEMBER_WELFARE_FIELDS);
    const numbers = MEMBER_WELFARE_VARIABLES.map((v) => v.variable);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toContain('404');
    expect(numbers).toContain('431f');
    expect(numbers.filter((n) => n.startsWith('428'))).toHaveLength(DIFFICULTY_FIELDS.length);
  });
  it('carry Indonesian and English labels for every code', () => {
    for (const variable of MEMBER_WELFARE_VARIABLES) {
      expect(variable.question.id).not.toBe('');
      expect(variable.question.en).not.toBe('');
      if (variable.answer.kind === 'code')
        for (const entry of variable.answer.codes) expect(entry.id && entry.en).toBeTruthy();
    }
  });
});

describe('summed answers (411, 426, 431a, 431f)', () => {
  it('accept none, any sum of distinct flags and the codes that stand alone', () => {
    expect(isSumAnswer(IDENTITY_DOCUMENTS, 0)).toBe(true);
    expect(isSumAnswer(IDENTITY_DOCUMENTS, 5)).toBe(true);
    expect(isSumAnswer(IDENTITY_DOCUMENTS, 7)).toBe(true);
    expect(isSumAnswer(HEALTH_INSURANCE, 99)).toBe(true);
    expect(isSumAnswer(EMPLOYMENT_INSURANCE, 31)).toBe(true);
  });
  it('refuse values no sum can make', () => {
    expect(isSumAnswer(IDENTITY_DOCUMENTS, 8)).toBe(false);
    expect(isSumAnswer(IDENTITY_DOCUMENTS, -1)).toBe(false);
    expect(isSumAnswer(HEALTH_INSURANCE, 16)).toBe(false);
    expect(isSumAnswer(HEALTH_INSURANCE, 1.5)).toBe(false);
  });
  it('split a sum into its flags', () => {
    expect(flagsOfSum(HEALTH_INSURANCE, 5)).toEqual([1, 4]);
    expect(flagsOfSum(HEALTH_INSURANCE, 99)).toEqual([]);
  });
});

describe('a member’s answers', () => {
  it('pass when every answer is allowed and every follow-up is asked', () => {
    expect(
      problemsOf({
        presence: 1,
        pregnant: 1,
        school_participation: 3,
        education_level: 13,
        highest_grade: 8,
        highest_diploma: 13,
        worked_last_week: 1,
        work_hours: 40,
        work_sector: 12,
        work_status: 1,
        owns_business: 1,
        business_count: 1,
        business_turnover: 1,
        health_insurance: 1,
        difficulty_walking: 4,
      }),
    ).toEqual([]);
  });
  it('refuse a code outside the list, a count out of range and a sum no flags make', () => {
    expect(problemsOf({ education_level: 23, school_participation: 3 })).toEqual(['education_level:invalid']);
    expect(problemsOf({ worked_last_week: 1, work_hours: 100 })).toEqual(['work_hours:invalid']);
    expect(problemsOf({ health_insurance: 16 })).toEqual(['health_insurance:invalid']);
    expect(problemsOf({ sadness: 5 })).toEqual(['sadness:invalid']);
  });
  it('ask nothing more of a member who died, moved or was not found', () => {
    expect(problemsOf({ presence: 2, school_participation: 3 })).toEqual(['school_participation:follow_up']);
    expect(problemsOf({ presence: 5, school_participation: 3 })).toEqual([]);
  });
  it('ask pregnancy only of women aged 10–54 who have ever married', () => {
    expect(problemsOf({ pregnant: 2 }, { sex: 1, age: 30, maritalStatus: 2 })).toEqual([
      'pregnant:follow_up',
    ]);
    expect(problemsOf({ pregnant: 2 }, { sex: 2, age: 30, maritalStatus: 1 })).toEqual([
      'pregnant:follow_up',
    ]);
    expect(problemsOf({ pregnant: 2 }, { sex: 2, age: 9, maritalStatus: 2 })).toEqual(['pregnant:follow_up']);
    expect(problemsOf({ pregnant: 2 }, { sex: 2, age: 55, maritalStatus: 4 })).toEqual([
      'pregnant:follow_up',
    ]);
    expect(problemsOf({ pregnant: 1 }, { sex: 2, age: 10, maritalStatus: 3 })).toEqual([]);
    expect(problemsOf({ pregnant: 1 }, { sex: 2, age: 54, maritalStatus: 4 })).toEqual([]);
  });
  it('judge no follow-up whose deciding answer is unknown', () => {
    expect(problemsOf({ pregnant: 1 }, { sex: 2, age: null, maritalStatus: 2 })).toEqual([]);
    expect(problemsOf({ highest_grade: 3 })).toEqual([]);
  });
  it('ask school level, grade and diploma only of those who went to school', () => {
    expect(problemsOf({ school_participation: 1, highest_grade: 3 })).toEqual(['highest_grade:follow_up']);
    expect(problemsOf({ school_participation: 2, highest_grade: 3 })).toEqual([]);
  });
  it('ask hours, sector and status only of those who worked last week', () => {
    expect(problemsOf({ worked_last_week: 2, work_hours: 10, work_sector_text: 'tani' })).toEqual([
      'work_hours:follow_up',
      'work_sector_text:follow_up',
    ]);
  });
  it('ask the business questions only of owners', () => {
    expect(problemsOf({ owns_business: 2, business_count: 1, business_internet: 3 })).toEqual([
      'business_count:follow_up',
      'business_internet:follow_up',
    ]);
  });
  it('ask child nutrition only for children under five', () => {
    expect(problemsOf({ child_nutrition: 2 }, { sex: 1, age: 4, maritalStatus: 1 })).toEqual([]);
    expect(problemsOf({ child_nutrition: 2 }, { sex: 1, age: 5, maritalStatus: 1 })).toEqual([
      'child_nutrition:follow_up',
    ]);
  });
  it('start blank', () => {
    expect(Object.values(blankMemberWelfare()).every((value) => value === null)).toBe(true);
  });
});

describe('a family’s answers (section V)', () => {
  it('list 502a–n, 503a–b, 504a–e, 505 and 506 in the sheet’s order', () => {
    expect(FAMILY_WELFARE_VARIABLES.map((v) => v.variable)).toEqual([
      ...'abcdefghijklmn'.split('').map((l) => `502${l}`),
      '503a',
      '503b',
      ...'abcde'.split('').map((l) => `504${l}`),
      '505',
      '506',
    ]);
  });
  it('refuse livestock out of range, unknown codes and assets that are not yes or no', () => {
    expect(familyWelfareProblems({ cattle: 2, goats: 10, internet_access: 3, has_car: false })).toEqual([]);
    expect(
      familyWelfareProblems({ cattle: -1, internet_access: 4, bank_account: 0, goats: 1.5 }).map(
        (p) => p.variable,
      ),
    ).toEqual(['504a', '504e', '505', '506']);
  });
});

describe('question 501', () => {
  it('names a catalogue program for every letter', () => {
    for (const letter of REGSOSEK_501_LETTERS) expect(programOfRegsosek501(letter)).toBeDefined();
  });
  it('dates an enrolment from the month and year last received, never in the future', () => {
    expect(startOf501(3, 2024, '2026-12-03')).toBe('2024-03-01');
    expect(startOf501(13, 2024, '2026-12-03')).toBeNull();
    expect(startOf501(1, 2027, '2026-12-03')).toBeNull();
    expect(startOf501(null, 2024, '2026-12-03')).toBeNull();
  });
});
