// One variable of a scoring model: a yes/no question about a unit's facts, answered from the facts alone.
// `null` means the facts needed to answer it are missing; the score then lists it as missing, never guesses.
import type { MemberFacts, UnitFacts } from './facts.ts';

export type Bilingual = { readonly id: string; readonly en: string };

export type VariableGroup = 'housing' | 'members' | 'assets' | 'consumption';

export interface WelfareVariable {
  readonly id: string;
  readonly group: VariableGroup;
  /** What holds when it counts, e.g. "Lantai tanah" (shown as the reason, with its points). */
  readonly label: Bilingual;
  /** The facts it reads, for the missing-facts list and the rule sheet. */
  readonly reads: Bilingual;
  /** True for a BPS criterion no registry column records (meals a day, clothes …): always missing. */
  readonly unrecorded?: true;
  evaluate(facts: UnitFacts): boolean | null;
}

/** A code fact in a set: unknown when the code is unknown. */
export const codeIn = (code: number | null | undefined, codes: readonly number[]): boolean | null =>
  code === null || code === undefined ? null : codes.includes(code);

/** A housing code in a set; a unit without housing has it unknown. */
export const housingCodeIn =
  (key: keyof NonNullable<UnitFacts['housing']>, codes: readonly number[]) =>
  (facts: UnitFacts): boolean | null =>
    codeIn(facts.housing?.[key], codes);

/** True when some member has it, false when every member is known not to, otherwise unknown. */
export function anyMember(
  members: readonly MemberFacts[],
  test: (member: MemberFacts) => boolean | null,
): boolean | null {
  if (members.length === 0) return null;
  const answers = members.map(test);
  if (answers.some((answer) => answer === true)) return true;
  return answers.every((answer) => answer === false) ? false : null;
}

/** A fact of the unit's head; unknown without a head. */
export const ofHead =
  (test: (head: MemberFacts) => boolean | null) =>
  (facts: UnitFacts): boolean | null =>
    facts.head === null ? null : test(facts.head);

/** Floor area per present member below `limit` m² (unknown without the area or without members). */
export function floorAreaPerPersonBelow(facts: UnitFacts, limit: number): boolean | null {
  const area = facts.housing?.floorAreaM2;
  if (area === null || area === undefined || facts.members.length === 0) return null;
  return area / facts.members.length < limit;
}

/** Registry disability 1–6, or Regsosek 428a–i answered "cannot at all" or "a lot of difficulty". */
export function hasDisability(member: MemberFacts): boolean | null {
  const difficulty = member.welfare?.difficulty ?? null;
  const fromForm = difficulty === null ? null : difficulty.slice(0, 9).some((answer) => answer <= 2);
  const fromRegistry = member.disability === null ? null : member.disability !== 7;
  if (fromForm === true || fromRegistry === true) return true;
  if (fromForm === false || fromRegistry === false) return false;
  return null;
}

/** Occupations of casual and low-paid labour (OpenSID pekerjaan): day labourers, farm, fishing and
 * livestock labourers, domestic workers. */
export const INFORMAL_LABOUR_OCCUPATIONS = [19, 20, 21, 22, 23] as const;
/** Regsosek 418: casual worker in or outside agriculture, unpaid family worker. */
export const INFORMAL_WORK_STATUSES = [6, 7, 8] as const;

/** Not working: occupation "belum/tidak bekerja", or (occupation unrecorded) did not work last week. */
export function notWorking(member: MemberFacts): boolean | null {
  if (member.occupation !== null) return member.occupation === 1;
  const worked = member.welfare?.workedLastWeek ?? null;
  return worked === null ? null : worked === 2;
}

/** Working, but as a casual labourer or unpaid family worker. */
export function informalWork(member: MemberFacts): boolean | null {
  const idle = notWorking(member);
  if (idle === true) return false;
  if (member.occupation !== null && INFORMAL_LABOUR_OCCUPATIONS.some((c) => c === member.occupation))
    return true;
  const status = member.welfare?.workStatus ?? null;
  if (status !== null) return INFORMAL_WORK_STATUSES.some((code) => code === status);
  return member.occupation === null ? null : false;
}

/** Children under 15 and people of 65 or more per person of 15–64 (Infinity with no one of working age). */
export function dependencyRatio(members: readonly MemberFacts[]): number {
  const dependants = members.filter((m) => m.age < 15 || m.age >= 65).length;
  const working = members.length - dependants;
  if (working === 0) return dependants === 0 ? 0 : Number.POSITIVE_INFINITY;
  return dependants / working;
}
