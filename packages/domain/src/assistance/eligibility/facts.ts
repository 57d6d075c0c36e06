// What eligibility reads about one unit (a household, a family or a resident), as the server's SQL reads it
// (modules/assistance/targeting/condition-sql.ts mirrors every rule here; a test runs both on the same
// households). Facts the registry or the Regsosek form does not hold are null: a rule that needs them answers
// null (unknown), never a guess.

/** A present resident (status HIDUP) as the rules see them: registry columns and Regsosek section IV. */
export interface EligibilityMemberFacts {
  /** ISO date. */
  birthDate: string;
  /** 1 male, 2 female (registry code). */
  sex: number;
  /** Registry "hamil": 1 pregnant, 2 not; empty for everyone not recorded pregnant. */
  pregnant: number | null;
  /** SHDK (kk_level): 1 head of family. */
  relationship: number | null;
  /** Registry cacat_id: 1–6 a disability, 7 none. */
  disability: number | null;
  /** Registry asuransi: 1 none, 2 BPJS PBI, 3 BPJS non-PBI, 4 BPJS by the local government, 99 other. */
  insurance: number | null;
  /** Regsosek 428a–j (1 cannot at all … 4 no difficulty); null: not asked. */
  difficulty: readonly number[] | null;
  /** Regsosek 430: 1–17 an illness, 18 none; null: not asked. */
  chronicIllness: number | null;
  /** Regsosek 431a, a sum: 1 PBI-JKN, 2 JKN independent, 4 JKN by employer, 8 other; 0 none; 99 unknown. */
  healthInsurance: number | null;
}

export type EligibilityUnit = 'household' | 'family' | 'resident';

export interface EligibilityUnitFacts {
  unit: EligibilityUnit;
  /** The current decile of the unit's household (latest finished ranking run); null: not ranked. */
  decile: number | null;
  /**
   * The people the unit's member conditions read: a household's present members (every active family under
   * its roof), a family's present members, a resident alone.
   */
  members: readonly EligibilityMemberFacts[];
  /** Present people under the unit's roof: its household's, or its family's when the family has no household. */
  roofMembers: number;
  /**
   * The unit's head: a household's recorded head while present, a family's present head (SHDK 1); null when
   * none is recorded. A resident's rules read the person (`members[0]`) instead.
   */
  head: EligibilityMemberFacts | null;
  /** Lost livelihood of each active family the unit reads (a household: every family under its roof; a family
   * or resident: its own family); null where the family's section V is missing or unanswered. */
  lostLivelihood: readonly (boolean | null)[];
  /** Program codes with an open enrolment that reaches the unit (of itself, its family or household, or a
   * member or family inside it). */
  programsReceived: readonly string[];
}

/** Three-valued logic (SQL's): true, false, or null when the facts do not decide. */
export type Truth = boolean | null;

/** Any of the values holds: true if one is true, false if all are false, else unknown (an empty list: false). */
export function anyOf(values: readonly Truth[]): Truth {
  if (values.some((v) => v === true)) return true;
  return values.every((v) => v === false) ? false : null;
}

/** All of the values hold: false if one is false, true if all are true, else unknown (an empty list: true). */
export function allOf(values: readonly Truth[]): Truth {
  if (values.some((v) => v === false)) return false;
  return values.every((v) => v === true) ? true : null;
}
