import { SEX_FEMALE, SEX_MALE } from './code-lists.ts';

export type Sex = 'male' | 'female';

/** The SEX code list's code (1 LAKI-LAKI, 2 PEREMPUAN) as a Sex, or undefined for any other value. */
export function sexFromCode(code: number): Sex | undefined {
  if (code === SEX_MALE) return 'male';
  if (code === SEX_FEMALE) return 'female';
  return undefined;
}

export function sexToCode(sex: Sex): number {
  return sex === 'male' ? SEX_MALE : SEX_FEMALE;
}
