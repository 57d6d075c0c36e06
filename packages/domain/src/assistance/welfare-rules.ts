// The rules of the Regsosek 2022 form on one member's section IV answers and one family's section V answers:
// each answer must be one the question allows, and a follow-up question may be answered only where the form
// asks it. From the workbook's cell notes and the BPS questionnaire:
// - 404 coded 2, 3, 4 or 6 (died, moved, not found): "lanjut ke anggota keluarga berikutnya", nothing else.
// - 410 pregnancy: only a woman aged 10–54 who has ever married (408 coded 2, 3 or 4).
// - 413–415 (school level, grade, diploma): only after 412 = 2 or 3 (in school, or was).
// - 416b, 417, 418 (hours, sector, status of the job): only after 416a = 1 (worked last week).
// - 420b–426 (the business): only after 420a = 1 (owns a business).
// - 427 (child nutrition at the posyandu): only for a child under five.
// An unanswered question contradicts nothing: villages fill what they know. The same rules check an import's
// lines and an operator's form.
import { isSumAnswer } from './regsosek-member-codes.ts';
import {
  MEMBER_WELFARE_FIELDS,
  MEMBER_WELFARE_VARIABLES,
  type MemberWelfare,
  type MemberWelfareField,
} from './regsosek-members.ts';
import {
  FAMILY_WELFARE_FIELDS,
  FAMILY_WELFARE_VARIABLES,
  type FamilyWelfare,
  type FamilyWelfareField,
} from './regsosek-family.ts';
import type { Label } from './program.ts';

export interface WelfareFieldProblem<F extends string> {
  field: F;
  /** Which question, for the import's report ("413"). */
  variable: string;
  kind: 'invalid' | 'follow_up';
  message: Label;
}

/** What the form knows of the member from the registry: sex (1 male, 2 female), age, marital status (1–4). */
export interface MemberPerson {
  sex: number | null;
  age: number | null;
  maritalStatus: number | null;
}

/** Members the form leaves after 404: died, moved within Indonesia, moved abroad, not found. */
export const PRESENCE_ENDS_INTERVIEW: readonly number[] = [2, 3, 4, 6];

interface MemberFollowUp {
  fields: readonly MemberWelfareField[];
  /** True when the form asks these questions of this member. */
  asked: (answers: Partial<MemberWelfare>, person: MemberPerson) => boolean | null;
  message: Label;
}

const between = (value: number | null | undefined, allowed: readonly number[]) =>
  value === null || value === undefined ? null : allowed.includes(value);

export const MEMBER_FOLLOW_UPS: readonly MemberFollowUp[] = [
  {
    fields: MEMBER_WELFARE_FIELDS.filter((field) => field !== 'presence'),
    asked: (answers) =>
      answers.presence === null || answers.presence === undefined
        ? null
        : !PRESENCE_ENDS_INTERVIEW.includes(answers.presence),
    message: {
      id: 'Anggota yang meninggal, pindah, atau tidak ditemukan (404 = 2, 3, 4, 6) tidak ditanya lebih lanjut.',
      en: 'A member who died, moved or was not found (404 = 2, 3, 4, 6) is asked nothing further.',
    },
  },
  {
    fields: ['pregnant'],
    asked: (_, person) => {
      if (person.sex === 1) return false;
      if (person.sex === null || person.age === null || person.maritalStatus === null) return null;
      return person.age >= 10 && person.age <= 54 && [2, 3, 4].includes(person.maritalStatus);
    },
    message: {
      id: 'Kehamilan (410) hanya ditanyakan kepada perempuan 10–54 tahun yang pernah kawin.',
      en: 'Pregnancy (410) is asked only of women aged 10–54 who have ever married.',
    },
  },
  {
    fields: ['education_level', 'highest_grade', 'highest_diploma'],
    asked: (answers) => between(answers.school_participation, [2, 3]),
    message: {
      id: 'Jenjang, kelas, dan ijazah (413–415) hanya diisi bila pernah atau masih sekolah (412 = 2 atau 3).',
      en: 'School level, grade and diploma (413–415) are asked only of those in school or who were (412 = 2 or 3).',
    },
  },
  {
    fields: ['work_hours', 'work_sector', 'work_sector_text', 'work_status'],
    asked: (answers) => between(answers.worked_last_week, [1]),
    message: {
      id: 'Jam kerja, lapangan usaha, dan status pekerjaan (416b–418) hanya diisi bila bekerja seminggu lalu (416a = 1).',
      en: 'Hours, sector and job status (416b–418) are asked only of those who worked last week (416a = 1).',
    },
  },
  {
    fields: [
      'business_count',
      'business_sector',
      'business_sector_text',
      'business_paid_workers',
      'business_unpaid_workers',
      'business_licence',
      'business_turnover',
      'business_internet',
    ],
    asked: (answers) => between(answers.owns_business, [1]),
    message: {
      id: 'Keterangan usaha (420b–426) hanya diisi bila memiliki usaha (420a = 1).',
      en: 'The business questions (420b–426) are asked only of business owners (420a = 1).',
    },
  },
  {
    fields: ['child_nutrition'],
    asked: (_, person) => (person.age === null ? null : person.age < 5),
    message: {
      id: 'Kondisi gizi anak (427) hanya diisi untuk anak di bawah lima tahun.',
      en: "A child's nutrition (427) is asked only for children under five.",
    },
  },
];

const MEMBER_VARIABLE = new Map(MEMBER_WELFARE_VARIABLES.map((v) => [v.field, v]));
const FAMILY_VARIABLE = new Map(FAMILY_WELFARE_VARIABLES.map((v) => [v.field, v]));

function answered(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '';
}

/** Is a value one the member question allows (a code of its list, a sum of its codes, a count in range). */
export function memberAnswerProblem(field: MemberWelfareField, value: number | string): Label | null {
  const variable = MEMBER_VARIABLE.get(field)!;
  const { answer } = variable;
  const q = variable.variable;
  switch (answer.kind) {
    case 'text':
      return typeof value === 'string' && value.trim().length <= answer.maxLength
        ? null
        : {
            id: `${q}: paling banyak ${answer.maxLength} huruf.`,
            en: `${q}: at most ${answer.maxLength} characters.`,
          };
    case 'count':
      return typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= answer.min &&
        value <= answer.max
        ? null
        : {
            id: `${q}: bilangan bulat ${answer.min} sampai ${answer.max}.`,
            en: `${q}: a whole number from ${answer.min} to ${answer.max}.`,
          };
    case 'sum':
      return typeof value === 'number' && isSumAnswer(answer.codes, value)
        ? null
        : {
            id: `${q}: jumlah kode ${answer.codes.flags.map((f) => f.code).join(', ')}${answer.codes.alone.length ? ` atau ${answer.codes.alone.map((f) => f.code).join(', ')}` : ''}; 0 bila tidak ada.`,
            en: `${q}: a sum of the codes ${answer.codes.flags.map((f) => f.code).join(', ')}${answer.codes.alone.length ? ` or ${answer.codes.alone.map((f) => f.code).join(', ')}` : ''}; 0 for none.`,
          };
    case 'code':
      return typeof value === 'number' && answer.codes.some((entry) => entry.code === value)
        ? null
        : {
            id: `${q}: kode ${answer.codes.map((entry) => entry.code).join(', ')}.`,
            en: `${q}: one of the codes ${answer.codes.map((entry) => entry.code).join(', ')}.`,
          };
  }
}

/** Every problem of one member's answers: values the questions do not allow, follow-ups the form skips. */
export function memberWelfareProblems(
  answers: Partial<MemberWelfare>,
  person: MemberPerson,
): WelfareFieldProblem<MemberWelfareField>[] {
  const problems: WelfareFieldProblem<MemberWelfareField>[] = [];
  for (const field of MEMBER_WELFARE_FIELDS) {
    const value = answers[field];
    if (!answered(value)) continue;
    const message = memberAnswerProblem(field, value!);
    if (message)
      problems.push({ field, variable: MEMBER_VARIABLE.get(field)!.variable, kind: 'invalid', message });
  }
  const flagged = new Set(problems.map((p) => p.field));
  for (const rule of MEMBER_FOLLOW_UPS) {
    if (rule.asked(answers, person) !== false) continue;
    for (const field of rule.fields) {
      if (!answered(answers[field]) || flagged.has(field)) continue;
      flagged.add(field);
      problems.push({
        field,
        variable: MEMBER_VARIABLE.get(field)!.variable,
        kind: 'follow_up',
        message: rule.message,
      });
    }
  }
  return problems;
}

/** Every problem of one family's answers (section V has no follow-ups: only values out of range). */
export function familyWelfareProblems(
  answers: Partial<FamilyWelfare>,
): WelfareFieldProblem<FamilyWelfareField>[] {
  const problems: WelfareFieldProblem<FamilyWelfareField>[] = [];
  for (const field of FAMILY_WELFARE_FIELDS) {
    const value: unknown = answers[field];
    if (!answered(value)) continue;
    const variable = FAMILY_VARIABLE.get(field as Exclude<FamilyWelfareField, 'lost_livelihood'>);
    if (!variable) {
      if (typeof value !== 'boolean')
        problems.push({
          field,
          variable: field,
          kind: 'invalid',
          message: { id: 'Isi ya atau tidak.', en: 'Answer yes or no.' },
        });
      continue;
    }
    const q = variable.variable;
    const { answer } = variable;
    const ok =
      answer.kind === 'yes_no'
        ? typeof value === 'boolean'
        : answer.kind === 'count'
          ? typeof value === 'number' && Number.isInteger(value) && value >= answer.min && value <= answer.max
          : typeof value === 'number' && answer.codes.some((entry) => entry.code === value);
    if (ok) continue;
    const message: Label =
      answer.kind === 'yes_no'
        ? { id: `${q}: isi ya atau tidak.`, en: `${q}: answer yes or no.` }
        : answer.kind === 'count'
          ? {
              id: `${q}: jumlah ekor, bilangan bulat ${answer.min} sampai ${answer.max}.`,
              en: `${q}: a number of animals, ${answer.min} to ${answer.max}.`,
            }
          : {
              id: `${q}: kode ${answer.codes.map((entry) => entry.code).join(', ')}.`,
              en: `${q}: one of the codes ${answer.codes.map((entry) => entry.code).join(', ')}.`,
            };
    problems.push({ field, variable: q, kind: 'invalid', message });
  }
  return problems;
}
